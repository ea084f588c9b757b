"""The access slice's admin screens as a Wagtail viewset under its URL namespace, for สบท. (in the Settings menu):
``unit_accounts:issue``, ``unit_accounts:pending`` (roles waiting for a second administrator),
``unit_accounts:confirm`` / ``unit_accounts:refuse`` (one of them, by POST) and ``unit_accounts:resend_link``
(a new set-password link for an account never used)."""

from django.urls import path
from django.utils.translation import gettext_lazy

from core.admin_views import UserTestViewSet
from governance.access import views


class UnitAccountViewSet(UserTestViewSet):
    name = "unit_accounts"
    url_prefix = "governance/issue-account"
    icon = "user"
    menu_label = gettext_lazy("Issue an account")
    menu_order = 601
    add_to_settings_menu = True
    permission_policy = views.ACCOUNT_POLICY

    def get_urlpatterns(self):
        return [
            path("", views.issue_account_view, name="issue"),
            path("pending/", views.pending_roles_view, name="pending"),
            path("pending/<int:pk>/confirm/", views.decide_role_view, {"decision": "confirm"}, name="confirm"),
            path("pending/<int:pk>/refuse/", views.decide_role_view, {"decision": "refuse"}, name="refuse"),
            path("resend-link/<int:pk>/", views.resend_link_view, name="resend_link"),
        ]
