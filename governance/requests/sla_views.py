"""The 3-day report in the admin (seed §2.1): one row per clock approved in a period (the last 90 days unless the
period filter says otherwise), a page at a time on screen, every row in the CSV or XLSX download."""

import datetime

import django_filters
from django.db.models import F
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from core.admin_views import DefaultFiltersMixin, RowsReportMixin, UserTestPolicy
from core.spreadsheets import SafeSpreadsheetExportMixin
from core.thai_dates import format_thai_datetime
from governance.access.roles import DIRECTOR, MATRIX_READERS, group_name
from governance.access.rules import in_any_group
from governance.requests.flow import CENTRES
from governance.requests.models import SlaClock
from governance.requests.sla_report import HEADER, approved_on_days, report_clocks, report_row

DEFAULT_DAYS = 90
COLUMN_LABELS = {key: gettext_lazy(key) for key in HEADER}  # the msgids come from sla_report.HEADER
ON_TIME_LABELS = {"yes": gettext_lazy("yes"), "no": gettext_lazy("no"), "running": gettext_lazy("running")}
SOURCE_LABELS = dict(SlaClock.Source.choices)
MOMENTS = {"approved at", "due at", "live at"}


def screen_cell(key: str, value):
    """A cell as the screen shows it: the source and timeliness by their Thai names, moments in the Buddhist era.
    The downloads keep the command's cells (codes and ISO moments) so that they can be compared and sorted."""
    if key == "source":
        return SOURCE_LABELS.get(value, value)
    if key == "on time":
        return ON_TIME_LABELS[value]
    if key in MOMENTS and value:
        return format_thai_datetime(datetime.datetime.fromisoformat(value))
    return value


def report_reader_groups() -> list[str]:
    """The directors of ศสน. and สบท. read the 3-day report besides the matrix readers."""
    return [group_name(code, DIRECTOR) for code in CENTRES]


def can_read_report(user) -> bool:
    return in_any_group(user, MATRIX_READERS + tuple(report_reader_groups()))


SLA_REPORT_POLICY = UserTestPolicy(SlaClock, view=can_read_report)


def _days(value: slice | None) -> tuple[datetime.date | None, datetime.date | None]:
    """The first and last day of the period filter's value (django-filter gives the first and last moment)."""
    if value is None:
        return None, None
    return (value.start.date() if value.start else None, value.stop.date() if value.stop else None)


class SlaReportFilterSet(WagtailFilterSet):
    period = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("approved between"), widget=DateRangePickerWidget, method="filter_period"
    )

    class Meta:
        model = SlaClock
        fields = []

    def filter_period(self, queryset, name, value):
        return approved_on_days(queryset, *_days(value))


class SlaReportView(RowsReportMixin, DefaultFiltersMixin, SafeSpreadsheetExportMixin, ReportView):
    page_title = gettext_lazy("3-day report")
    header_icon = "time"
    permission_policy = SLA_REPORT_POLICY
    any_permission_required = ["view"]
    filterset_class = SlaReportFilterSet
    default_ordering = "approved_at"
    results_template_name = "governance/requests/sla_report_results.html"
    list_export = HEADER
    export_headings = COLUMN_LABELS
    columns = [
        Column(key, label=COLUMN_LABELS[key], accessor=lambda row, key=key: screen_cell(key, row[key]))
        for key in HEADER
    ]

    def get_default_filters(self):
        today = timezone.localdate()
        return {"period_from": str(today - datetime.timedelta(days=DEFAULT_DAYS)), "period_to": str(today)}

    def get_queryset(self):
        return report_clocks().order_by("approved_at", "pk")

    def filter_queryset(self, queryset):
        """A period that does not parse shows its error beside the default period's rows, never every clock."""
        if self.filters and not self.filters.is_valid():
            defaults = self.get_default_filters()
            start, end = (datetime.date.fromisoformat(defaults[key]) for key in ("period_from", "period_to"))
            return approved_on_days(queryset, start, end)
        return super().filter_queryset(queryset)

    def build_rows(self, clocks):
        return [dict(zip(HEADER, report_row(clock), strict=True)) for clock in clocks]

    def to_row_dict(self, item):
        return item

    @cached_property
    def period(self) -> tuple[datetime.date | None, datetime.date | None]:
        if self.filters and self.filters.is_valid():
            return _days(self.filters.form.cleaned_data.get("period"))
        defaults = self.get_default_filters()
        return datetime.date.fromisoformat(defaults["period_from"]), datetime.date.fromisoformat(defaults["period_to"])

    def get_filename(self):
        start, end = self.period
        return f"sla-{start or 'start'}-{end or 'today'}"

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["start"], context["end"] = self.period
        context["late"] = self.object_list.filter(live_at__gt=F("due_at")).count()
        return context
