"""Admin screens for site issues (seed §3.2): the list of issues a user answers for (a Wagtail index view), an
issue with its history and the steps open → in progress → fixed / dismissed, a staff report of an error on any
page, and the "reviewed, still correct" stamp. Every view checks on the server who may see and act
(``governance.upkeep.issues.issues_for_user`` and the page's permission tester) and refuses with a plain 403.
``governance.upkeep.viewsets`` gives them their URLs."""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.defaults import permission_denied
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.models import Page

from core.admin_views import DefaultFiltersMixin, PlainForbiddenMixin, ThaiDateTimeColumn, UserTestPolicy
from governance.access.rules import category_for_page
from governance.upkeep import issues as upkeep
from governance.upkeep.models import SiteIssue

NOT_CLOSED, ALL = "not_closed", "all"  # not values of SiteIssue.Status


def works_in_page_tree(user) -> bool:
    """Staff with any page permission (and superusers) see the issues they answer for and report errors."""
    return user.is_superuser or user_has_any_page_permission(user)


ISSUE_POLICY = UserTestPolicy(SiteIssue, view=works_in_page_tree)


class SiteIssueFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("status"),
        choices=[(NOT_CLOSED, gettext_lazy("not closed")), (ALL, gettext_lazy("all")), *SiteIssue.Status.choices],
        empty_label=None,
        method="filter_status",
        widget=forms.RadioSelect,
    )

    class Meta:
        model = SiteIssue
        fields = ["kind", "source"]

    def filter_status(self, queryset, name, value):
        if value == NOT_CLOSED:
            return queryset.filter(status__in=SiteIssue.OPEN_STATUSES)
        return queryset if value == ALL else queryset.filter(status=value)


def _number(issue) -> str:
    return f"#{issue.pk}"


def _page_or_target(issue) -> str:
    return issue.page.title if issue.page else (issue.target[:60] or "-")


def _page_edit_url(issue) -> str | None:
    return reverse("wagtailadmin_pages:edit", args=[issue.page_id]) if issue.page_id else None


class SiteIssueIndexView(PlainForbiddenMixin, DefaultFiltersMixin, IndexView):
    """The issues of the units the user belongs to (all for ศสน.), open ones first look, newest first."""

    model = SiteIssue
    permission_policy = ISSUE_POLICY
    any_permission_required = ["view"]
    filterset_class = SiteIssueFilterSet
    default_filters = {"status": NOT_CLOSED}
    default_ordering = "-opened_at"
    paginate_by = 50
    page_title = gettext_lazy("Site issues")
    header_icon = "warning"
    template_name = "governance/upkeep/issue_index.html"

    @cached_property
    def columns(self):
        return [
            TitleColumn("pk", label="#", accessor=_number, url_name="site_issues:edit", sort_key="pk"),
            Column("kind", label=gettext_lazy("kind"), accessor="get_kind_display", sort_key="kind"),
            Column("source", label=gettext_lazy("found by"), accessor="get_source_display", sort_key="source"),
            TitleColumn(
                "page", label=gettext_lazy("page"), accessor=_page_or_target,
                get_url=_page_edit_url,
            ),
            Column("location", label=gettext_lazy("location")),
            Column("units", label=gettext_lazy("responsible units"), sort_key="units"),
            Column("status", label=gettext_lazy("status"), accessor="get_status_display", sort_key="status"),
            ThaiDateTimeColumn("opened_at", label=gettext_lazy("opened at"), sort_key="opened_at"),
        ]  # fmt: skip

    def get_base_queryset(self):
        return upkeep.issues_for_user(self.request.user).select_related("page", "category")

    def order_queryset(self, queryset):
        """The primary key breaks ties, so that no issue shows on two pages or on none."""
        queryset = super().order_queryset(queryset)
        return queryset.order_by(*queryset.query.order_by, "-pk")


def _visible_issue(request, pk) -> SiteIssue:
    issue = get_object_or_404(SiteIssue.objects.select_related("page", "category", "fixed_revision"), pk=pk)
    if not upkeep.issues_for_user(request.user).filter(pk=issue.pk).exists():
        raise PermissionDenied
    return issue


class DismissForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("reason for taking no action"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )


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
                messages.success(request, _("Recorded that work on the issue has started."))
            elif action == "fix":
                upkeep.fix(issue, request.user)
                messages.success(request, _("Closed as fixed; the directors have been told."))
            elif action == "dismiss" and dismiss_form.is_valid():
                upkeep.dismiss(issue, request.user, dismiss_form.cleaned_data["reason"])
                messages.success(request, _("Closed with no action taken."))
            else:
                return _issue_page(request, issue, dismiss_form, status=400)
        except upkeep.TransitionError as refused:
            messages.error(request, str(refused))
        return redirect("site_issues:edit", issue.pk)
    return _issue_page(request, issue, dismiss_form)


def _issue_page(request, issue, dismiss_form, status=200):
    return TemplateResponse(
        request,
        "governance/upkeep/issue_detail.html",
        {"title": _("Issue #%(number)s") % {"number": issue.pk}, "issue": issue, "dismiss_form": dismiss_form},
        status=status,
    )


class StaffReportForm(forms.Form):
    detail = forms.CharField(
        label=gettext_lazy("error found"), widget=forms.Textarea(attrs={"rows": 4}), max_length=2000
    )
    location = forms.CharField(
        label=gettext_lazy("where on the page"),
        required=False,
        max_length=300,
        help_text=gettext_lazy("For example the second paragraph, or the name of an attached file."),
    )


def _page_for_staff(request, page_id) -> Page:
    page = get_object_or_404(Page, pk=page_id).specific
    if not works_in_page_tree(request.user):
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
        issue, _created = upkeep.open_issue(
            kind=SiteIssue.Kind.REPORTED,
            page=page,
            detail=form.cleaned_data["detail"],
            location=form.cleaned_data["location"],
            source=SiteIssue.Source.STAFF,
            reporter=request.user,
        )
        messages.success(
            request,
            _("Issue #%(number)s recorded; the directors of the units that check this category have been told.")
            % {"number": issue.pk},
        )
        return redirect("wagtailadmin_explore", page.get_parent().pk if page.depth > 1 else page.pk)
    return TemplateResponse(
        request,
        "governance/upkeep/report_page.html",
        {"title": _("Report an error on a page"), "page": page, "form": form},
    )


def review_page_view(request, page_id):
    """ "Reviewed, still correct" (a confirmation, then the stamp): only those who may edit the page may say so."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        return permission_denied(request, PermissionDenied())
    if request.method == "POST":
        upkeep.review(page, request.user)
        messages.success(
            request, _("Recorded that “%(title)s” was reviewed and is still correct.") % {"title": page.title}
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    category = category_for_page(page)
    return TemplateResponse(
        request,
        "governance/upkeep/review_page.html",
        {
            "title": _("Review a page"),
            "page": page,
            "last_reviewed_at": upkeep.last_reviewed_at(page),
            "review_days": category.review_days if category else None,
        },
    )
