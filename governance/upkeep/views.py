"""Admin screens for site issues (seed §3.2): the list of issues a user answers for, an issue with its history and
the steps open → in progress → fixed / dismissed, a staff report of an error on any page, and the "reviewed,
still correct" stamp. Every view checks on the server who may see and act (``governance.upkeep.issues.issues_for_user``
and the page's permission tester)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.defaults import permission_denied
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.models import Page

from governance.access.rules import category_for_page
from governance.upkeep import issues as upkeep
from governance.upkeep.models import SiteIssue

PER_PAGE = 50


class IssueFilterForm(forms.Form):
    status = forms.ChoiceField(
        label="สถานะ",
        required=False,
        choices=[("", "ยังไม่ปิด"), ("all", "ทั้งหมด"), *SiteIssue.Status.choices],
    )
    kind = forms.ChoiceField(label="ประเภท", required=False, choices=[("", "ทุกประเภท"), *SiteIssue.Kind.choices])
    source = forms.ChoiceField(label="พบโดย", required=False, choices=[("", "ทุกแหล่ง"), *SiteIssue.Source.choices])


def issue_list_view(request):
    if not user_has_any_page_permission(request.user) and not request.user.is_superuser:
        return permission_denied(request, PermissionDenied())
    form = IssueFilterForm(request.GET or None)
    issues = upkeep.issues_for_user(request.user).select_related("page", "category")
    data = form.cleaned_data if form.is_valid() else {}
    status = data.get("status", "")
    if status == "":
        issues = issues.filter(status__in=SiteIssue.OPEN_STATUSES)
    elif status != "all":
        issues = issues.filter(status=status)
    if data.get("kind"):
        issues = issues.filter(kind=data["kind"])
    if data.get("source"):
        issues = issues.filter(source=data["source"])
    page_of_issues = Paginator(issues, PER_PAGE).get_page(request.GET.get("p"))
    query = request.GET.copy()
    query.pop("p", None)
    return TemplateResponse(
        request,
        "governance/upkeep/issue_index.html",
        {"title": "ข้อผิดพลาดบนเว็บไซต์", "form": form, "issues": page_of_issues, "query": query.urlencode()},
    )


def _visible_issue(request, pk) -> SiteIssue:
    issue = get_object_or_404(SiteIssue.objects.select_related("page", "category", "fixed_revision"), pk=pk)
    if not upkeep.issues_for_user(request.user).filter(pk=issue.pk).exists():
        raise PermissionDenied
    return issue


class DismissForm(forms.Form):
    reason = forms.CharField(label="เหตุผลที่ไม่ดำเนินการ", widget=forms.Textarea(attrs={"rows": 3}), max_length=2000)


def issue_view(request, pk):
    try:
        issue = _visible_issue(request, pk)
    except PermissionDenied as denied:
        return permission_denied(request, denied)
    dismiss_form = DismissForm(request.POST or None)
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "start":
                upkeep.start(issue, request.user)
                messages.success(request, "บันทึกว่าเริ่มแก้ไขแล้ว")
            elif action == "fix":
                upkeep.fix(issue, request.user)
                messages.success(request, "ปิดเรื่องว่าแก้ไขแล้ว และแจ้งผู้อำนวยการแล้ว")
            elif action == "dismiss" and dismiss_form.is_valid():
                upkeep.dismiss(issue, request.user, dismiss_form.cleaned_data["reason"])
                messages.success(request, "ปิดเรื่องว่าไม่ดำเนินการแล้ว")
            else:
                return _issue_page(request, issue, dismiss_form, status=400)
        except upkeep.TransitionError as refused:
            messages.error(request, str(refused))
        return redirect("governance_site_issue", issue.pk)
    return _issue_page(request, issue, dismiss_form)


def _issue_page(request, issue, dismiss_form, status=200):
    return TemplateResponse(
        request,
        "governance/upkeep/issue_detail.html",
        {"title": f"ข้อผิดพลาด #{issue.pk}", "issue": issue, "dismiss_form": dismiss_form},
        status=status,
    )


class StaffReportForm(forms.Form):
    detail = forms.CharField(label="ข้อผิดพลาดที่พบ", widget=forms.Textarea(attrs={"rows": 4}), max_length=2000)
    location = forms.CharField(
        label="ตำแหน่งในหน้า", required=False, max_length=300, help_text="เช่น ย่อหน้าที่ 2 หรือชื่อไฟล์แนบ"
    )


def _page_for_staff(request, page_id) -> Page:
    page = get_object_or_404(Page, pk=page_id).specific
    if not request.user.is_superuser and not user_has_any_page_permission(request.user):
        raise PermissionDenied
    return page


def report_page_view(request, page_id):
    """Any member of staff who works in the page tree may report an error on any page."""
    try:
        page = _page_for_staff(request, page_id)
    except PermissionDenied as denied:
        return permission_denied(request, denied)
    form = StaffReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        issue, _ = upkeep.open_issue(
            kind=SiteIssue.Kind.REPORTED,
            page=page,
            detail=form.cleaned_data["detail"],
            location=form.cleaned_data["location"],
            source=SiteIssue.Source.STAFF,
            reporter=request.user,
        )
        messages.success(request, f"บันทึกข้อผิดพลาด #{issue.pk} และแจ้งผู้อำนวยการของหน่วยงานที่ตรวจสอบหมวดนี้แล้ว")
        return redirect("wagtailadmin_explore", page.get_parent().pk if page.depth > 1 else page.pk)
    return TemplateResponse(
        request,
        "governance/upkeep/report_page.html",
        {"title": "แจ้งข้อผิดพลาดในหน้า", "page": page, "form": form},
    )


def review_page_view(request, page_id):
    """ "Reviewed, still correct" (a confirmation, then the stamp): only those who may edit the page may say so."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        return permission_denied(request, PermissionDenied())
    if request.method == "POST":
        upkeep.review(page, request.user)
        messages.success(request, f"บันทึกว่าทบทวน “{page.title}” แล้ว ข้อมูลยังถูกต้อง")
        return redirect("wagtailadmin_pages:edit", page.pk)
    category = category_for_page(page)
    return TemplateResponse(
        request,
        "governance/upkeep/review_page.html",
        {
            "title": "ทบทวนความถูกต้องของหน้า",
            "page": page,
            "last_reviewed_at": upkeep.last_reviewed_at(page),
            "review_days": category.review_days if category else None,
        },
    )
