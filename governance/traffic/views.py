"""Admin screens of the traffic log, for the auditor group alone: the records (a Wagtail report: filters, pages,
CSV and XLSX downloads) and the legal holds (a Wagtail index view, a form to enter one, a button to lift one).
The act wants the log kept confidential, so superusers are not let in by their status, anyone else gets a plain
403 (Wagtail's admin would turn PermissionDenied into a redirect home), and every look at the records is written
to Wagtail's audit log. Records and seals can be read here, never changed or deleted.

The CSV download keeps its prescribed layout (a preamble with the period, the filters, the result of checking
the hash chain and the daily seals, then the records in chain order); the XLSX download holds the same rows.
``governance.traffic.viewsets`` gives the screens their URLs.
"""

from datetime import UTC, timedelta
from functools import partial, wraps
from itertools import islice
from zoneinfo import ZoneInfo

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseBadRequest, StreamingHttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views.decorators.http import require_POST
from django.views.defaults import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import AdminDateInput
from wagtail.log_actions import log

from core.admin_views import PlainForbiddenMixin, ThaiDateTimeColumn, UserTestPolicy
from core.spreadsheets import FORMULA_STARTS, csv_lines, neutralise_formula, xlsx_response
from core.thai_dates import format_thai_date
from governance.access.roles import TRAFFIC_AUDITORS
from governance.access.rules import group_names
from governance.traffic.chain import verify
from governance.traffic.models import LegalHold, TrafficChainHead, TrafficRecord, TrafficSeal

BANGKOK = ZoneInfo("Asia/Bangkok")
PAGE_SIZE = 100
MAX_PATH_FILTER = 200
MAX_USER_ID = 2**31 - 1
# A worksheet holds 1,048,576 rows: the XLSX stops at this many records and says so; the CSV has them all.
XLSX_MAX_RECORDS = 1_000_000
VIEW, EXPORT, HOLD, LIFT = (
    "sso.traffic_log.view",
    "sso.traffic_log.export",
    "sso.traffic_log.hold",
    "sso.traffic_log.lift",
)
LOG_ACTIONS = (
    (VIEW, gettext_lazy("Viewed the traffic log"), gettext_lazy("Viewed the traffic log")),
    (EXPORT, gettext_lazy("Exported the traffic log"), gettext_lazy("Exported the traffic log")),
    (
        HOLD,
        gettext_lazy("Ordered traffic records kept longer"),
        gettext_lazy("Entered an order to keep traffic records longer"),
    ),
    (LIFT, gettext_lazy("Lifted a traffic record hold"), gettext_lazy("Lifted an order to keep traffic records")),
)


def is_traffic_auditor(user) -> bool:
    """Active members of the auditor group only: unlike ``rules.in_any_group``, superusers are not let in."""
    return bool(user.is_authenticated and user.is_active and TRAFFIC_AUDITORS in group_names(user))


TRAFFIC_POLICY = UserTestPolicy(TrafficRecord, view=is_traffic_auditor, add=is_traffic_auditor)


def auditors_only(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_traffic_auditor(request.user):
            return permission_denied(request, PermissionDenied())
        return view(request, *args, **kwargs)

    return wrapped


# The records


class BangkokDateTimeField(forms.DateTimeField):
    """Read as Thai time whatever time zone the admin has activated."""

    def to_python(self, value):
        with timezone.override(BANGKOK):
            return super().to_python(value)


class BangkokDateTimeFilter(django_filters.Filter):
    field_class = BangkokDateTimeField


class IPAddressFilter(django_filters.Filter):
    field_class = forms.GenericIPAddressField


def _datetime_filter(label):
    return BangkokDateTimeFilter(label=label, widget=forms.DateTimeInput(attrs={"type": "datetime-local", "step": "1"}))


class TrafficFilterForm(forms.Form):
    """The checks across the filters: a user named by user name or number, a start before the end."""

    def clean_user(self):
        """A user name first; otherwise a number, which also finds the records of a user since deleted."""
        value = (self.cleaned_data["user"] or "").strip()
        if not value:
            return ""
        self.cleaned_data["user_id"] = _user_id(value)
        return value

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] >= data["end"]:
            raise ValidationError(_("The start must come before the end."))
        return data


class TrafficFilterSet(WagtailFilterSet):
    start = _datetime_filter(gettext_lazy("from (Thailand time)"))
    end = _datetime_filter(gettext_lazy("before (Thailand time, not including it)"))
    ip = IPAddressFilter(label=pgettext_lazy("traffic log", "IP address"))
    path = django_filters.CharFilter(label=gettext_lazy("path contains"), max_length=MAX_PATH_FILTER)
    user = django_filters.CharFilter(label=gettext_lazy("user (user name or number)"), max_length=150)

    class Meta:
        model = TrafficRecord
        fields = []
        form = TrafficFilterForm

    def filter_queryset(self, queryset):
        data = self.form.cleaned_data
        if data.get("start"):
            queryset = queryset.filter(time__gte=data["start"])
        if data.get("end"):
            queryset = queryset.filter(time__lt=data["end"])
        if data.get("ip"):
            queryset = queryset.filter(client_ip=data["ip"])
        if data.get("path"):
            queryset = queryset.filter(path__contains=data["path"])
        if data.get("user_id") is not None:
            queryset = queryset.filter(user_id=data["user_id"])
        return queryset

    def described(self) -> dict:
        """The filters as the audit log and the export show them."""
        data = self.form.cleaned_data
        described = {name: data.get(name) or "" for name in ("ip", "path", "user")}
        described.update({name: data[name].isoformat() if data.get(name) else "" for name in ("start", "end")})
        described["user_id"] = data.get("user_id")
        return described


def _user_id(value: str) -> int:
    found = get_user_model().objects.filter(username=value).values_list("pk", flat=True).first()
    if found is not None:
        return found
    if value.isdigit() and int(value) <= MAX_USER_ID:
        return int(value)
    raise ValidationError(_("No user has this user name."))


def _usernames(user_ids) -> dict[int, str]:
    ids = {pk for pk in user_ids if pk is not None}
    if not ids:
        return {}
    return dict(get_user_model().objects.filter(pk__in=ids).values_list("pk", "username"))


# The audit log's entries and the download keep the Thai title the act's records have always had.
CSV_TITLE = "บันทึกการจราจรทางคอมพิวเตอร์"


def _audit(request, action, data, hold=None):
    """Write to Wagtail's audit log. Its entries are about a model instance: a legal hold, or for the records
    the chain's head (one row)."""
    instance = hold or TrafficChainHead.objects.get_or_create(pk=1)[0]
    log(instance=instance, action=action, user=request.user, title=str(hold) if hold else CSV_TITLE, data=data)


def _milliseconds(moment, tz) -> str:
    """``2025-01-02T10:04:05.123`` in ``tz`` (records keep milliseconds)."""
    local = moment.astimezone(tz)
    return f"{local:%Y-%m-%dT%H:%M:%S}.{local.microsecond // 1000:03d}"


def _thai_time(moment) -> str:
    """``2 ม.ค. 2568 10:04:05.123`` (Buddhist era, Bangkok time)."""
    local = moment.astimezone(BANGKOK)
    return f"{format_thai_date(local.date(), 'short')} {_milliseconds(moment, BANGKOK)[11:]}"


def _shortened(accessor: str, length: int):
    return lambda record: Truncator(getattr(record, accessor) or "").chars(length)


def _user_cell(record) -> str:
    if record.user_id is None:
        return ""
    return f"{record.username or _('(account deleted)')} #{record.user_id}"


class TrafficLogView(PlainForbiddenMixin, ReportView):
    """Newest first, a page at a time. No total count and no numbered pages: COUNT(*) over months of requests
    costs more than the page, so the pager only says whether an older page exists. Filters that do not parse
    show no record at all (never an unfiltered list)."""

    page_title = gettext_lazy("Computer traffic log")
    header_icon = "list-ul"
    permission_policy = TRAFFIC_POLICY
    any_permission_required = ["view"]
    filterset_class = TrafficFilterSet
    template_name = "governance/traffic/index.html"
    results_template_name = "governance/traffic/index_results.html"
    context_object_name = "records"
    paginate_by = None  # pages are cut in get_filtered_queryset, without a count
    page_kwarg = "page"
    default_ordering = "-time"
    export_filename = "traffic-log"
    columns = [
        Column("seq", label=gettext_lazy("sequence")),
        Column("time", label=gettext_lazy("time"), accessor="shown_time", sort_key="time"),
        Column("client_ip", label=pgettext_lazy("traffic log", "IP address")),
        Column("method", label=gettext_lazy("method")),
        Column("where", label=gettext_lazy("host and path"), accessor=lambda r: r.host + Truncator(r.path).chars(120)),
        Column("status", label=gettext_lazy("status")),
        Column("response_size", label=gettext_lazy("size (bytes)")),
        Column("duration_ms", label=gettext_lazy("ms")),
        Column("user", label=gettext_lazy("user"), accessor=_user_cell),
        Column("user_agent", label=gettext_lazy("user agent"), accessor=_shortened("user_agent", 60)),
        Column("referrer", label=gettext_lazy("referrer"), accessor=_shortened("referrer", 60)),
    ]

    @cached_property
    def page_number(self) -> int:
        value = self.request.GET.get(self.page_kwarg, "1")
        return max(1, int(value)) if value.isdigit() and len(value) < 8 else 1

    @cached_property
    def filters_valid(self) -> bool:
        return self.filters.is_valid()

    @cached_property
    def show_export_buttons(self):
        return self.filters_valid

    def get_filtered_queryset(self):
        if not self.filters_valid:
            return []
        records = self.filters.filter_queryset(TrafficRecord.objects.all())
        if self.is_export:
            return records
        order = ("time", "seq") if self.ordering == "time" else ("-time", "-seq")
        offset = (self.page_number - 1) * PAGE_SIZE
        page = list(records.order_by(*order)[offset : offset + PAGE_SIZE + 1])
        self.has_next = len(page) > PAGE_SIZE
        return page[:PAGE_SIZE]

    def decorate_paginated_queryset(self, records):
        if self.is_export or not self.filters_valid:
            return records
        usernames = _usernames(record.user_id for record in records)
        for record in records:
            record.shown_time = _thai_time(record.time)
            record.username = usernames.get(record.user_id, "")
        _audit(self.request, VIEW, self.filters.described() | {"page": self.page_number, "shown": len(records)})
        return records

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["form"] = self.filters.form
        context["page"] = self.page_number
        context["has_next"] = getattr(self, "has_next", False)
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        response["Cache-Control"] = "no-store"
        return response

    def as_spreadsheet(self, queryset, spreadsheet_format):
        if not self.filters_valid:
            return HttpResponseBadRequest(_("The filters are not valid."), content_type="text/plain; charset=utf-8")
        _audit(self.request, EXPORT, self.filters.described() | {"format": spreadsheet_format})
        filename = f"traffic-log-{timezone.now():%Y%m%d-%H%M%S}"
        exported_by = self.request.user.get_username()
        if spreadsheet_format == self.FORMAT_XLSX:
            rows = _export_rows(self.filters, exported_by, max_records=XLSX_MAX_RECORDS)
            response = xlsx_response(rows, f"{filename}.xlsx", title="traffic-log")
        else:
            rows = _export_rows(self.filters, exported_by)
            response = StreamingHttpResponse(_csv_lines(rows), content_type="text/csv; charset=utf-8")
            response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
        return response


CSV_HEADER = (
    "seq", "เวลา (UTC)", "เวลา (Asia/Bangkok)", "IP", "method", "host", "path", "status", "ขนาด (ไบต์)",
    "ระยะเวลา (ms)", "user agent", "referrer", "user id", "ชื่อผู้ใช้", "prev_hash", "hash",
)  # fmt: skip
CSV_NOTE = "ข้อความที่ขึ้นต้นด้วย = + - @ หรือ ' มีเครื่องหมาย ' นำหน้า ให้ตัดออกหนึ่งตัวก่อนคำนวณแฮช"
VERIFIED = "ผลการตรวจสอบห่วงโซ่แฮช (ทุกบันทึกในช่วงเวลา)"
XLSX_TRUNCATED = "แสดง %(count)s รายการแรก บันทึกที่เหลือดูได้จากไฟล์ CSV"

# Text a spreadsheet would run as a formula (a forged user agent "=HYPERLINK(…)") gets a leading "'". Values that
# start with "'" get one too, so taking off one leading "'" always restores the original (and its hash).
_cell = partial(neutralise_formula, starts=(*FORMULA_STARTS, "'"), keep_numbers=False)


def _record_row(record, usernames) -> list:
    return [
        record.seq, _milliseconds(record.time, UTC) + "Z", _milliseconds(record.time, BANGKOK) + "+07:00",
        record.client_ip or "", _cell(record.method), _cell(record.host), _cell(record.path), record.status,
        "" if record.response_size is None else record.response_size, record.duration_ms,
        _cell(record.user_agent), _cell(record.referrer), "" if record.user_id is None else record.user_id,
        _cell(usernames.get(record.user_id, "")), record.prev_hash, record.hash,
    ]  # fmt: skip


def _seals_in(start, end):
    seals = TrafficSeal.objects.order_by("day")
    if start is not None:
        seals = seals.filter(day__gte=timezone.localtime(start, BANGKOK).date())
    if end is not None:
        seals = seals.filter(day__lte=timezone.localtime(end - timedelta(microseconds=1), BANGKOK).date())
    return seals


def _export_rows(filters, exported_by: str, max_records: int | None = None):
    """The preamble (period, filters, verification, seals), then the records in chain order (at most
    ``max_records``, then a row that says more were left out). The chain is verified here rather than in the
    view, so the download starts at once however long the period."""
    data = filters.form.cleaned_data
    start, end = data.get("start"), data.get("end")
    yield [CSV_TITLE, "ส่งออกเมื่อ", timezone.now().isoformat(), "โดย", exported_by]
    described = filters.described()
    yield ["ช่วงเวลา", described["start"] or "ตั้งแต่ต้น", described["end"] or "ถึงปัจจุบัน"]
    yield ["ตัวกรอง", *(f"{name}={_cell(str(described[name]))}" for name in ("ip", "path", "user"))]
    result = verify(start, end)
    if result.ok:
        yield [VERIFIED, "OK", f"ตรวจแล้ว {result.checked} รายการ"]
    else:
        yield [VERIFIED, "พบปัญหา", f"record seq {result.record_seq}", result.problem]
    checked = {seal.pk for seal in result.seals_checked}
    for seal in _seals_in(start, end):
        state = "ลบบันทึกแล้ว" if seal.purged_at else ("ตรวจแล้ว" if seal.pk in checked else "ไม่ได้ตรวจ")
        yield ["ตราประทับรายวัน", seal.day.isoformat(), seal.count, seal.final_hash, state]
    yield ["หมายเหตุ", CSV_NOTE]
    yield []
    yield list(CSV_HEADER)
    records = filters.filter_queryset(TrafficRecord.objects.all()).order_by("seq")
    if max_records is not None:
        records = records[: max_records + 1]
    records = records.iterator(chunk_size=2000)
    written = 0
    while chunk := list(islice(records, 2000)):
        usernames = _usernames(record.user_id for record in chunk)
        for record in chunk:
            if written == max_records:
                yield [XLSX_TRUNCATED % {"count": max_records}]
                return
            yield _record_row(record, usernames)
            written += 1


def _csv_lines(rows):
    """The rows as CSV lines (the site's one CSV writer), after the byte-order mark Excel needs for Thai. The
    records' text is already neutralised by ``_cell`` (the hash rule above); the writer's own guard leaves text
    that starts with ``'`` as it is, so nothing is quoted twice."""
    return csv_lines(rows)


# The legal holds


class LegalHoldFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=gettext_lazy("state"),
        choices=[("active", gettext_lazy("in force")), ("lifted", gettext_lazy("lifted"))],
        empty_label=gettext_lazy("all"),
        method="filter_state",
        widget=forms.RadioSelect,
    )

    class Meta:
        model = LegalHold
        fields = []

    def filter_state(self, queryset, name, value):
        return queryset.filter(lifted_at__isnull=value == "active")


def _hold_period(hold) -> str:
    return f"{format_thai_date(hold.starts_on, 'short')} – {format_thai_date(hold.ends_on, 'short')}"


def _entered(hold) -> str:
    return hold.created_by.get_username() if hold.created_by else ""


class HoldStateColumn(Column):
    """In force (with a button that lifts the order) or lifted, with when."""

    cell_template_name = "governance/traffic/hold_state_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["csrf_token"] = get_token(parent_context["request"])
        return context


class LegalHoldIndexView(PlainForbiddenMixin, IndexView):
    """Holds are entered and lifted, never edited or deleted: the list is the history of the orders."""

    model = LegalHold
    permission_policy = TRAFFIC_POLICY
    any_permission_required = ["view"]
    filterset_class = LegalHoldFilterSet
    default_ordering = "-created_at"
    paginate_by = 50
    page_title = gettext_lazy("Orders to keep traffic records longer")
    header_icon = "lock"
    add_item_label = gettext_lazy("Enter an order")
    template_name = "governance/traffic/holds.html"
    columns = [
        Column("period", label=gettext_lazy("dates"), accessor=_hold_period, sort_key="starts_on"),
        Column("reference", label=gettext_lazy("order reference"), sort_key="reference"),
        Column("reason", label=gettext_lazy("reason")),
        Column("created_by", label=gettext_lazy("entered by"), accessor=_entered),
        ThaiDateTimeColumn("created_at", label=gettext_lazy("entered at"), sort_key="created_at"),
        HoldStateColumn("state", label=gettext_lazy("state")),
    ]

    def get_base_queryset(self):
        return LegalHold.objects.select_related("created_by")

    def order_queryset(self, queryset):
        queryset = super().order_queryset(queryset)
        return queryset.order_by(*queryset.query.order_by, "-pk")


class LegalHoldForm(forms.ModelForm):
    class Meta:
        model = LegalHold
        fields = ["starts_on", "ends_on", "reference", "reason"]
        labels = {
            "starts_on": gettext_lazy("keep the records from"),
            "ends_on": gettext_lazy("to"),
            "reference": gettext_lazy("letter or order number"),
            "reason": gettext_lazy("reason"),
        }
        widgets = {
            # Wagtail's box, which shows and takes the Buddhist era (core.admin_dates).
            "starts_on": AdminDateInput(),
            "ends_on": AdminDateInput(),
        }

    def clean(self):
        data = super().clean()
        if data.get("starts_on") and data.get("ends_on") and data["ends_on"] < data["starts_on"]:
            raise ValidationError(_("The last day must not come before the first."))
        return data


@auditors_only
def add_hold_view(request):
    form = LegalHoldForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        hold = form.save(commit=False)
        hold.created_by = request.user
        hold.save()
        _audit(request, HOLD, {"starts_on": str(hold.starts_on), "ends_on": str(hold.ends_on)}, hold=hold)
        messages.success(request, _("The order has been recorded."))
        return redirect("traffic_log:holds")
    context = {"title": _("Enter an order to keep traffic records longer"), "form": form}
    return TemplateResponse(request, "governance/traffic/hold_form.html", context)


@auditors_only
@require_POST
def lift_hold_view(request, pk):
    hold = get_object_or_404(LegalHold, pk=pk)
    if hold.lifted_at is None:
        hold.lifted_at = timezone.now()
        hold.save(update_fields=["lifted_at"])
        _audit(request, LIFT, {"starts_on": str(hold.starts_on), "ends_on": str(hold.ends_on)}, hold=hold)
        messages.success(
            request, _("The order has been lifted; its records will be deleted when their keeping period ends.")
        )
    return redirect("traffic_log:holds")
