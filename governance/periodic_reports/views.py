"""Admin screens of the 3- or 6-month report (seed §3.3): the list, a report with its figures and charts, the
steps from draft to acknowledgement, and the PDF and XLSX downloads.

Only ศสน. staff, the ศสน. director and superusers get in; anyone else gets a plain 403 on every URL (Wagtail's
admin would turn PermissionDenied into a redirect home). Each step checks the user's role again.
``governance.periodic_reports.viewsets`` gives them their URLs.
"""

from functools import wraps

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.defaults import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.models import ModelLogEntry

from core.admin_views import PlainForbiddenMixin, UserTestPolicy
from core.thai_dates import format_thai_datetime
from governance.access.people import display_name
from governance.periodic_reports import access, exports, flow
from governance.periodic_reports.drafts import draft_report
from governance.periodic_reports.models import PeriodicReport
from governance.periodic_reports.periods import LENGTHS, PeriodError, last_ended_period, local_today

LIST_TITLE = gettext_lazy("Website performance reports (3 or 6 months)")
ACTION_LABELS = {action: label for action, label, _message in flow.LOG_ACTIONS}


def viewers_only(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not access.can_view(request.user):
            return permission_denied(request, PermissionDenied())
        return view(request, *args, **kwargs)

    return wrapped


REPORT_POLICY = UserTestPolicy(PeriodicReport, view=access.can_view, add=access.can_prepare)


class TextForm(forms.Form):
    problems = forms.CharField(label=gettext_lazy("problems"), widget=forms.Textarea(attrs={"rows": 5}), required=False)
    obstacles = forms.CharField(
        label=gettext_lazy("obstacles"), widget=forms.Textarea(attrs={"rows": 5}), required=False
    )
    suggestions = forms.CharField(
        label=gettext_lazy("suggestions"), widget=forms.Textarea(attrs={"rows": 5}), required=False
    )


class PeriodicReportFilterSet(WagtailFilterSet):
    class Meta:
        model = PeriodicReport
        fields = ["months", "status"]


class PeriodicReportIndexView(PlainForbiddenMixin, IndexView):
    """Every report, the latest period first; the form above the list opens the report of the period that ended
    last (``periodic_reports:add``)."""

    model = PeriodicReport
    permission_policy = REPORT_POLICY
    any_permission_required = ["view"]
    filterset_class = PeriodicReportFilterSet
    default_ordering = "-period_start"
    paginate_by = 50
    page_title = LIST_TITLE
    header_icon = "doc-full"
    template_name = "governance/periodic_reports/index.html"

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "period", label=gettext_lazy("period"), accessor=exports.period_label,
                url_name="periodic_reports:detail", sort_key="period_start",
            ),
            Column("status", label=gettext_lazy("status"), accessor="get_status_display", sort_key="status"),
            Column("prepared_by", label=gettext_lazy("prepared by"), accessor=lambda r: display_name(r.prepared_by)),
            Column("acknowledged", label=gettext_lazy("acknowledged by the supervisor"), accessor=_acknowledged),
        ]  # fmt: skip

    def get_base_queryset(self):
        return PeriodicReport.objects.select_related("prepared_by", "acknowledged_by")

    def order_queryset(self, queryset):
        queryset = super().order_queryset(queryset)
        return queryset.order_by(*queryset.query.order_by, "-months", "-pk")

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["lengths"] = LENGTHS
        context["can_prepare"] = access.can_prepare(self.request.user)
        return context


def _acknowledged(report) -> str:
    if not report.acknowledged_at:
        return "-"
    who = display_name(report.acknowledged_by, with_position=True) or "-"
    return f"{who} {format_thai_datetime(report.acknowledged_at)}"


@viewers_only
@require_POST
def report_create_view(request):
    """The draft of the period that ended last (made now if the daily job has not made it yet)."""
    if not access.can_prepare(request.user):
        return permission_denied(request, PermissionDenied())
    try:
        months = int(request.POST.get("months", ""))
        start, _end = last_ended_period(local_today(), months)
    except (ValueError, PeriodError):
        messages.error(request, _("Choose a report of 3 or 6 months."))
        return redirect("periodic_reports:index")
    report = PeriodicReport.objects.filter(months=months, period_start=start).first()
    if report is None:
        report, _created = draft_report(months, start, user=request.user)
        messages.success(request, _("The draft report has been made with the figures of its period."))
    return redirect("periodic_reports:detail", report.pk)


def _history(report) -> list[dict]:
    entries = ModelLogEntry.objects.for_instance(report).select_related("user").order_by("timestamp", "pk")
    return [
        {"at": entry.timestamp, "action": ACTION_LABELS.get(entry.action, entry.action),
         "user": display_name(entry.user) or _("the system"), "note": entry.data.get("note", "")}
        for entry in entries
    ]  # fmt: skip


@viewers_only
def report_detail_view(request, pk):
    report = get_object_or_404(PeriodicReport.objects.select_related("prepared_by", "acknowledged_by"), pk=pk)
    user = request.user
    is_draft = report.status == PeriodicReport.Status.DRAFT
    submitted = report.status == PeriodicReport.Status.SUBMITTED
    context = exports.context(report) | {
        "title": LIST_TITLE,
        "report_title": exports.TITLE,
        "text_form": TextForm(initial={name: getattr(report, name) for name in TextForm.base_fields}),
        "can_prepare": is_draft and access.can_prepare(user),
        "can_acknowledge": submitted and access.can_acknowledge(user, report),
        "can_return": submitted and access.can_supervise(user),
        "is_preparer": submitted and access.can_supervise(user) and access.prepared(user, report),
        "history": _history(report),
    }
    return TemplateResponse(request, "governance/periodic_reports/detail.html", context)


def _allowed(action: str, user, report) -> bool:
    if action in ("text", "refresh", "submit"):
        return access.can_prepare(user)
    if action == "acknowledge":
        return access.can_acknowledge(user, report)
    return action == "return" and access.can_supervise(user)


def _act(action: str, request, report) -> str:
    """Take the step; returns the message that says it was taken."""
    if action == "text":
        form = TextForm(request.POST)
        if not form.is_valid():
            raise flow.ReportError(_("The text is not valid."))
        flow.save_text(report, request.user, **form.cleaned_data)
        return _("The problems, obstacles and suggestions have been saved.")
    if action == "refresh":
        flow.refresh_figures(report, request.user)
        return _("The figures have been brought up to date.")
    if action == "submit":
        flow.submit(report, request.user)
        return _("The report has been submitted to the supervisor.")
    if action == "acknowledge":
        flow.acknowledge(report, request.user)
        return _("The acknowledgement has been recorded.")
    flow.return_to_draft(report, request.user, request.POST.get("note", ""))
    return _("The report has been returned for changes.")


@viewers_only
@require_POST
def report_action_view(request, pk, action):
    report = get_object_or_404(PeriodicReport, pk=pk)
    if not _allowed(action, request.user, report):
        return permission_denied(request, PermissionDenied())
    try:
        messages.success(request, _act(action, request, report))
    except flow.ReportError as error:
        messages.error(request, str(error))
    return redirect("periodic_reports:detail", report.pk)


@viewers_only
def report_download_view(request, pk, file_format):
    if file_format not in exports.CONTENT_TYPES:
        raise Http404
    report = get_object_or_404(PeriodicReport.objects.select_related("prepared_by", "acknowledged_by"), pk=pk)
    return exports.download(report, file_format)
