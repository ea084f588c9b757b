"""Publication requests and the 3-day clock in the admin: the request screens, the 3-day report (each a viewset
with its menu item) and the dashboard panel of items due."""

from wagtail import hooks

from governance.requests.panels import DueItemsPanel
from governance.requests.submissions_panel import SubmissionsPanel
from governance.requests.viewsets import PublicationRequestViewSet, SlaReportViewSet


@hooks.register("register_admin_viewset")
def register_request_viewsets():
    return [PublicationRequestViewSet(), SlaReportViewSet()]


@hooks.register("construct_homepage_panels")
def add_due_items_panel(request, panels):
    panels.insert(0, DueItemsPanel(request.user))
    panels.insert(1, SubmissionsPanel(request.user))
