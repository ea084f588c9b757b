"""The second factor, enforced on every admin page (``SSO_OTP_ENFORCED``).

After the password, a user with a confirmed device is sent to enter a code before any admin page; a user who
must have a second factor (``governance.signin.policy``) and has none is sent to enrol. Until then only the
sign-in screens themselves, logout, the admin's JavaScript catalogue and icon sprite are reachable. Must come
after django-otp's ``OTPMiddleware``, which tells whether the session is verified.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse

from governance.signin.policy import second_factor_required
from governance.signin.sessions import ADMIN_PREFIX
from governance.signin.two_factor import has_confirmed_device

OPEN_PATHS = (
    "/admin/sign-in/",
    "/admin/logout/",
    "/admin/login/",
    "/admin/jsi18n/",
    "/admin/sprite/",
    "/admin/password_reset/",
)


def second_factor_step(user) -> str | None:
    """The URL name of the step this user still owes ("signin:verify" or "signin:enrol"), or None."""
    if not user.is_authenticated or user.is_verified():
        return None
    if has_confirmed_device(user):
        return "signin:verify"
    if second_factor_required(user):
        return "signin:enrol"
    return None


class SecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path
        if settings.SSO_OTP_ENFORCED and path.startswith(ADMIN_PREFIX) and not path.startswith(OPEN_PATHS):
            step = second_factor_step(request.user)
            if step is not None:
                return redirect(f"{reverse(step)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)
