"""Site issues in the admin: the menu item, the URLs, the page header buttons (report an error; reviewed, still
correct) and the history label of a review."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button

from governance.upkeep import issues as upkeep
from governance.upkeep import views as issue_views
from governance.upkeep.models import SiteIssue


@hooks.register("register_admin_urls")
def site_issue_urls():
    return [
        path("site-issues/", issue_views.issue_list_view, name="governance_site_issues"),
        path("site-issues/<int:pk>/", issue_views.issue_view, name="governance_site_issue"),
        path("site-issues/report/<int:page_id>/", issue_views.report_page_view, name="governance_report_page"),
        path("site-issues/review/<int:page_id>/", issue_views.review_page_view, name="governance_review_page"),
    ]


class PageStaffMenuItem(MenuItem):
    def is_shown(self, request):
        from wagtail.admin.auth import user_has_any_page_permission

        return request.user.is_superuser or user_has_any_page_permission(request.user)


@hooks.register("register_admin_menu_item")
def site_issues_menu_item():
    return PageStaffMenuItem(
        _("Website errors"), reverse("governance_site_issues"), name="site-issues", icon_name="warning", order=260
    )


@hooks.register("register_page_header_buttons")
def upkeep_buttons(page, user, view_name, next_url=None):
    yield Button(
        _("Report an error"), reverse("governance_report_page", args=[page.pk]), icon_name="warning", priority=80
    )
    if page.depth > 1 and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Reviewed: still correct"),
            reverse("governance_review_page", args=[page.pk]),
            icon_name="tick",
            priority=81,
        )


@hooks.register("register_log_actions")
def review_log_action(actions):
    actions.register_action("sso.reviewed", _("Reviewed"), _("Reviewed: still correct"))


class OpenIssuesPanel(Component):
    """The dashboard's count of open site issues the user answers for, with the oldest few."""

    name = "sso_open_issues"
    order = 60
    template_name = "governance/upkeep/open_issues_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        issues = upkeep.issues_for_user(self.user).filter(status__in=SiteIssue.OPEN_STATUSES)
        return {"count": issues.count(), "oldest": list(issues.select_related("page").order_by("opened_at")[:5])}


@hooks.register("construct_homepage_panels")
def add_open_issues_panel(request, panels):
    panels.append(OpenIssuesPanel(request.user))
