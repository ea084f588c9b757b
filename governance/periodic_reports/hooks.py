"""The 3- or 6-month report in the admin: its URLs, its item in the Reports menu and its audit-log actions."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from governance.periodic_reports import access, flow
from governance.periodic_reports import views as report_views


@hooks.register("register_admin_urls")
def periodic_report_urls():
    return [
        path("periodic-reports/", report_views.report_list_view, name="governance_periodic_reports"),
        path("periodic-reports/new/", report_views.report_create_view, name="governance_periodic_report_create"),
        path("periodic-reports/<int:pk>/", report_views.report_detail_view, name="governance_periodic_report"),
        path(
            "periodic-reports/<int:pk>/act/<str:action>/",
            report_views.report_action_view,
            name="governance_periodic_report_action",
        ),
        path(
            "periodic-reports/<int:pk>/download.<str:file_format>",
            report_views.report_download_view,
            name="governance_periodic_report_download",
        ),
    ]


class ReportMenuItem(MenuItem):
    """Shown to those who may read the reports (the views check again)."""

    def is_shown(self, request):
        return access.can_view(request.user)


@hooks.register("register_reports_menu_item")
def periodic_report_menu_item():
    return ReportMenuItem(
        _("3/6-month performance report"),
        reverse("governance_periodic_reports"),
        name="periodic-reports",
        icon_name="doc-full",
        order=902,
    )


@hooks.register("register_log_actions")
def periodic_report_log_actions(actions):
    for action, label, message in flow.LOG_ACTIONS:
        actions.register_action(action, label, message)
