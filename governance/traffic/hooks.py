"""The traffic log in the admin (Computer Crime Act): auditors alone read and export it; no screen edits or
deletes records, seals or legal holds. The viewset's views check membership again and log every look in
Wagtail's audit log; its menu item is shown to the auditor group only (superusers too must be members)."""

from wagtail import hooks

from governance.traffic import views
from governance.traffic.viewsets import TrafficLogViewSet


@hooks.register("register_admin_viewset")
def register_traffic_log_viewset():
    return TrafficLogViewSet()


@hooks.register("register_log_actions")
def traffic_log_actions(actions):
    for action, label, message in views.LOG_ACTIONS:
        actions.register_action(action, label, message)
