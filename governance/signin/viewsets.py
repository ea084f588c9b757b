"""The sign-in slice's admin URLs, each under its namespace:

- ``signin:enrol``, ``signin:verify``, ``signin:backup_codes`` (``/admin/sign-in/…``): every signed-in user's own
  second-factor screens, reachable before the second factor is given (see ``middleware.OPEN_PATHS``);
- ``second_factor_reset:index``, ``:confirm``, ``:reset`` (Settings menu, account administrators only);
- ``sign_in_locks:index``, ``:unlock`` (Settings menu, account administrators only).
"""

from django.urls import path
from django.utils.translation import gettext_lazy
from wagtail.admin.viewsets.base import ViewSet

from core.admin_views import UserTestViewSet
from governance.signin import lockout_views, two_factor_views


class SignInViewSet(ViewSet):
    name = "signin"
    url_prefix = "sign-in"

    def get_urlpatterns(self):
        return [
            path("enrol/", two_factor_views.enrol_view, name="enrol"),
            path("verify/", two_factor_views.verify_view, name="verify"),
            path("backup-codes/", two_factor_views.backup_codes_view, name="backup_codes"),
        ]


class SecondFactorResetViewSet(UserTestViewSet):
    name = "second_factor_reset"
    url_prefix = "governance/two-step-verification"
    icon = "key"
    menu_label = gettext_lazy("Reset two-step verification")
    menu_order = 602
    add_to_settings_menu = True
    permission_policy = two_factor_views.RESET_POLICY

    def get_urlpatterns(self):
        return [
            path("", two_factor_views.reset_list_view, name="index"),
            path("<int:user_id>/", two_factor_views.reset_confirm_view, name="confirm"),
            path("<int:user_id>/reset/", two_factor_views.reset_view, name="reset"),
        ]


class SignInLocksViewSet(UserTestViewSet):
    name = "sign_in_locks"
    url_prefix = "governance/sign-in-locks"
    icon = "lock"
    menu_label = gettext_lazy("Sign-in locks")
    menu_order = 603
    add_to_settings_menu = True
    permission_policy = lockout_views.LOCKS_POLICY

    def get_urlpatterns(self):
        return [
            path("", lockout_views.locks_view, name="index"),
            path("unlock/", lockout_views.unlock_view, name="unlock"),
        ]
