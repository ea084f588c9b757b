"""The one-time link with which a new account holder sets their own password, so that the account administrator who
issued the account never knows it (docs/security/accounts.md).

The token is Django's password-reset token with its own salt: it works once, because it is derived from the
password hash and the last login, both of which change when it is used (and when a new link is mailed), and it
expires after
``SSO_SET_PASSWORD_LINK_HOURS`` (at most Django's ``PASSWORD_RESET_TIMEOUT``, which the parent class also applies).
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.urls import reverse, reverse_lazy
from django.utils.encoding import force_bytes
from django.utils.http import base36_to_int, urlsafe_base64_encode
from django.utils.translation import gettext_lazy

from core.mail import send_templated_mail


class SetPasswordTokenGenerator(PasswordResetTokenGenerator):
    key_salt = "governance.access.set_password.SetPasswordTokenGenerator"

    def check_token(self, user, token):
        if not super().check_token(user, token):
            return False
        issued = base36_to_int(token.split("-")[0])
        return self._num_seconds(self._now()) - issued <= settings.SSO_SET_PASSWORD_LINK_HOURS * 3600


set_password_token = SetPasswordTokenGenerator()


def set_password_url(user) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    path = reverse("account_set_password", args=(uid, set_password_token.make_token(user)))
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_set_password_link(user) -> None:
    """Mail the link to the account's own address: nobody else sees it, the issuer included.

    A new link cancels the ones mailed before (a mailbox read by someone else, a link forwarded by mistake): the
    token is derived from the password hash, and an account without a password gets a new random unusable one."""
    if not user.has_usable_password():
        user.set_unusable_password()
        user.save(update_fields=["password"])
    send_templated_mail(
        "governance/access/email/set_password",
        {"user": user, "url": set_password_url(user), "hours": settings.SSO_SET_PASSWORD_LINK_HOURS},
        [user.email],
    )


class SetPasswordView(auth_views.PasswordResetConfirmView):
    """The page the link opens, in Thai: the password is checked against the whole policy
    (``AUTH_PASSWORD_VALIDATORS``). Django moves the token into the session and redirects, so it does not leak in
    the Referer header; an expired or used link shows why and what to do."""

    template_name = "governance/access/set_password.html"
    token_generator = set_password_token
    success_url = reverse_lazy("wagtailadmin_login")
    title = gettext_lazy("Set your password")

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, gettext_lazy("Your password is set. Sign in with it."))
        return response
