"""Site issues in the admin: the viewsets (site issues; outgoing e-mail for สบท.), the page header buttons
(report an error; reviewed, still correct), the history label of a review and the dashboard panel of open issues."""

from django.urls import reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button

from governance.upkeep import issues as upkeep
from governance.upkeep.models import SiteIssue
from governance.upkeep.viewsets import OutboxViewSet, SiteIssueViewSet


@hooks.register("register_admin_viewset")
def register_site_issue_viewset():
    return SiteIssueViewSet()


@hooks.register("register_admin_viewset")
def register_outbox_viewset():
    return OutboxViewSet()


@hooks.register("register_page_header_buttons")
def upkeep_buttons(page, user, view_name, next_url=None):
    yield Button(
        gettext_lazy("Report an error"), reverse("site_issues:report_page", args=[page.pk]), icon_name="warning",
        priority=80,
    )  # fmt: skip
    if page.depth > 1 and page.permissions_for_user(user).can_edit():
        yield Button(
            gettext_lazy("Reviewed, still correct"),
            reverse("site_issues:review_page", args=[page.pk]),
            icon_name="tick",
            priority=81,
        )


@hooks.register("register_log_actions")
def review_log_action(actions):
    actions.register_action("sso.reviewed", gettext_lazy("Reviewed"), gettext_lazy("Reviewed, still correct"))


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
