"""Admin screens of the 3- or 6-month report (seed §3.3): the list, a report with its figures and charts, the
steps from draft to acknowledgement, and the PDF and XLSX downloads.

Only ศสน. staff, the ศสน. director and superusers get in; anyone else gets a plain 403 on every URL (Wagtail's
admin would turn PermissionDenied into a redirect home). Each step checks the user's role again.
"""

from functools import wraps

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST
from django.views.defaults import permission_denied
from wagtail.models import ModelLogEntry

from governance.periodic_reports import access, exports, flow, labels
from governance.periodic_reports.drafts import draft_report
from governance.periodic_reports.models import PeriodicReport
from governance.periodic_reports.periods import LENGTHS, PeriodError, last_ended_period, local_today

LIST_TITLE = "รายงานผลการดำเนินงานเว็บไซต์ราย 3 หรือ 6 เดือน"
ACTION_LABELS = {action: label for action, label, _message in flow.LOG_ACTIONS}


def viewers_only(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not access.can_view(request.user):
            return permission_denied(request, PermissionDenied())
        return view(request, *args, **kwargs)

    return wrapped


class TextForm(forms.Form):
    problems = forms.CharField(label="ปัญหา", widget=forms.Textarea(attrs={"rows": 5}), required=False)
    obstacles = forms.CharField(label="อุปสรรค", widget=forms.Textarea(attrs={"rows": 5}), required=False)
    suggestions = forms.CharField(label="ข้อเสนอแนะ", widget=forms.Textarea(attrs={"rows": 5}), required=False)


@viewers_only
def report_list_view(request):
    reports = PeriodicReport.objects.select_related("prepared_by", "acknowledged_by")
    for report in reports:
        report.period_label = exports.period_label(report)
        report.status_label = labels.label(labels.STATUSES, report.status)
        report.prepared_by_name = exports.person(report.prepared_by)
        report.acknowledged_by_name = exports.person(report.acknowledged_by)
    context = {
        "title": LIST_TITLE,
        "reports": reports,
        "lengths": LENGTHS,
        "can_prepare": access.can_prepare(request.user),
    }
    return TemplateResponse(request, "governance/periodic_reports/list.html", context)


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
        messages.error(request, "เลือกรอบรายงาน 3 หรือ 6 เดือน")
        return redirect("governance_periodic_reports")
    report = PeriodicReport.objects.filter(months=months, period_start=start).first()
    if report is None:
        report, _created = draft_report(months, start, user=request.user)
        messages.success(request, "สร้างร่างรายงานพร้อมตัวเลขของงวดแล้ว")
    return redirect("governance_periodic_report", report.pk)


def _history(report) -> list[dict]:
    entries = ModelLogEntry.objects.for_instance(report).select_related("user").order_by("timestamp", "pk")
    return [
        {"at": entry.timestamp, "action": ACTION_LABELS.get(entry.action, entry.action),
         "user": exports.person(entry.user) or "ระบบ", "note": entry.data.get("note", "")}
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
            raise flow.ReportError("ข้อความไม่ถูกต้อง")
        flow.save_text(report, request.user, **form.cleaned_data)
        return "บันทึกปัญหา อุปสรรค และข้อเสนอแนะแล้ว"
    if action == "refresh":
        flow.refresh_figures(report, request.user)
        return "ปรับปรุงตัวเลขตามข้อมูลล่าสุดแล้ว"
    if action == "submit":
        flow.submit(report, request.user)
        return "เสนอรายงานต่อผู้บังคับบัญชาแล้ว"
    if action == "acknowledge":
        flow.acknowledge(report, request.user)
        return "บันทึกการรับทราบแล้ว"
    flow.return_to_draft(report, request.user, request.POST.get("note", ""))
    return "ส่งรายงานกลับไปแก้ไขแล้ว"


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
    return redirect("governance_periodic_report", report.pk)


@viewers_only
def report_download_view(request, pk, file_format):
    if file_format not in exports.CONTENT_TYPES:
        raise Http404
    report = get_object_or_404(PeriodicReport.objects.select_related("prepared_by", "acknowledged_by"), pk=pk)
    return exports.download(report, file_format)
