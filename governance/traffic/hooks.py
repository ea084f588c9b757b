"""The traffic log in the admin (Computer Crime Act): auditors alone read and export it; no screen edits or
deletes records, seals or legal holds. The views check membership again and log every look in Wagtail's audit
log."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from governance.traffic import views


@hooks.register("register_admin_urls")
def traffic_log_urls():
    return [
        path("traffic-log/", views.traffic_log_view, name="governance_traffic_log"),
        path("traffic-log/export.csv", views.traffic_export_view, name="governance_traffic_log_export"),
        path("traffic-log/holds/", views.legal_holds_view, name="governance_traffic_holds"),
        path("traffic-log/holds/<int:pk>/lift/", views.lift_hold_view, name="governance_traffic_hold_lift"),
    ]


@hooks.register("register_log_actions")
def traffic_log_actions(actions):
    for action, label, message in views.LOG_ACTIONS:
        actions.register_action(action, label, message)


class TrafficAuditorMenuItem(MenuItem):
    """Shown to the auditor group only (superusers too must be members)."""

    def is_shown(self, request):
        return views.is_traffic_auditor(request.user)


@hooks.register("register_admin_menu_item")
def traffic_log_menu_item():
    return TrafficAuditorMenuItem(
        _("Computer traffic log"), reverse("governance_traffic_log"), name="traffic-log", icon_name="list-ul", order=270
    )
