"""The sign-in slice in the admin: its screens (see ``governance.signin.viewsets``), the account page's link to
two-step verification, and the audit-log actions it writes (``governance.signin.audit``)."""

from wagtail import hooks

from governance.signin import audit, restricted, two_factor_views
from governance.signin.viewsets import SecondFactorResetViewSet, SignInLocksViewSet, SignInViewSet


@hooks.register("register_admin_viewset")
def register_signin_viewsets():
    return [SignInViewSet(), SecondFactorResetViewSet(), SignInLocksViewSet()]


@hooks.register("register_account_menu_item")
def two_step_verification_menu_item(request):
    return two_factor_views.account_menu_item(request)


@hooks.register("register_log_actions")
def register_signin_log_actions(actions):
    for action, label, message in audit.LOG_ACTIONS:
        actions.register_action(action, label, message)


hooks.register("before_serve_page", restricted.check_restricted_page)
hooks.register("before_serve_document", restricted.check_restricted_document)
