"""The 3- or 6-month report in the admin: its viewset (URLs and item in the Reports menu) and its audit-log
actions."""

from wagtail import hooks

from governance.periodic_reports import flow
from governance.periodic_reports.viewsets import PeriodicReportViewSet


@hooks.register("register_admin_viewset")
def register_periodic_report_viewset():
    return PeriodicReportViewSet()


@hooks.register("register_log_actions")
def periodic_report_log_actions(actions):
    for action, label, message in flow.LOG_ACTIONS:
        actions.register_action(action, label, message)
