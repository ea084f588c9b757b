"""Publication requests and the 3-day clock in the admin: the request screens, the 3-day report and the
dashboard panel of items due."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks

from governance.access.menu import GroupMenuItem
from governance.access.views import MATRIX_READERS
from governance.requests import sla_views
from governance.requests import views as request_views
from governance.requests.panels import DueItemsPanel
from governance.requests.views import READER_GROUPS


@hooks.register("register_admin_urls")
def request_urls():
    return [
        path("governance/sla-report/", sla_views.sla_report_view, name="governance_sla_report"),
        path("governance/requests/", request_views.request_list_view, name="governance_request_list"),
        path("governance/requests/new/", request_views.request_create_view, name="governance_request_create"),
        path("governance/requests/<int:pk>/", request_views.request_detail_view, name="governance_request_detail"),
        path(
            "governance/requests/<int:pk>/act/<str:action>/",
            request_views.request_action_view,
            name="governance_request_action",
        ),
        path("governance/requests/<int:pk>/letter/", request_views.request_file_view, name="governance_request_letter"),
        path(
            "governance/requests/<int:pk>/attachments/<int:attachment_pk>/",
            request_views.request_file_view,
            name="governance_request_attachment",
        ),
        path("governance/requests/<int:pk>/form/", request_views.request_form_view, name="governance_request_form"),
    ]


@hooks.register("register_reports_menu_item")
def sla_report_menu_item():
    return GroupMenuItem(
        gettext_lazy("3-day report"),
        reverse("governance_sla_report"),
        icon_name="time",
        order=901,
        groups=MATRIX_READERS + tuple(sla_views.report_reader_groups()),
    )


@hooks.register("register_admin_menu_item")
def publication_requests_menu_item():
    return GroupMenuItem(
        gettext_lazy("Publication requests"),
        reverse("governance_request_list"),
        icon_name="mail",
        order=260,
        groups=tuple(READER_GROUPS),
    )


@hooks.register("construct_homepage_panels")
def add_due_items_panel(request, panels):
    panels.insert(0, DueItemsPanel(request.user))
