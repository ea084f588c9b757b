"""How long an admin session lives, and how it ends.

- ``SSO_ADMIN_IDLE_TIMEOUT_SECONDS`` (default 30 minutes): an admin session unused that long is ended on its
  next request.
- ``SSO_SESSION_MAX_AGE_SECONDS`` (default 12 hours): a session older than that since sign-in is ended however
  busy it is (``SESSION_COOKIE_AGE`` is set to the same, so the server drops the row too).
- Logout only by POST, and it ends the server session. Wagtail 8's own logout answers a GET with 405 but still
  deletes the cookie, leaving the session valid on the server for whoever copied the cookie; here a GET only asks
  for confirmation.

Both limits are checked on admin requests only: public pages never read the session (they stay cacheable).
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

ADMIN_PREFIX = "/admin/"
SIGNED_IN_AT = "sso_signed_in_at"
LAST_SEEN_AT = "sso_last_seen_at"
# The last-seen stamp is written at most this often, so that browsing the admin does not save the session on
# every request; the idle limit is therefore exact to within this many seconds.
TOUCH_INTERVAL_SECONDS = 60


def stamp_sign_in(sender, request, user, **kwargs):
    """Receiver of ``user_logged_in``: the session's clocks start at sign-in."""
    if request is not None and hasattr(request, "session"):
        now = time.time()
        request.session[SIGNED_IN_AT] = now
        request.session[LAST_SEEN_AT] = now


def session_expired(session, now: float) -> bool:
    """A session without the sign-in stamp (made before these limits existed) counts as expired."""
    signed_in_at = session.get(SIGNED_IN_AT)
    last_seen_at = session.get(LAST_SEEN_AT, signed_in_at)
    if signed_in_at is None or last_seen_at is None:
        return True
    return (
        now - signed_in_at > settings.SSO_SESSION_MAX_AGE_SECONDS
        or now - last_seen_at > settings.SSO_ADMIN_IDLE_TIMEOUT_SECONDS
    )


class AdminSessionLimitsMiddleware:
    """Ends an admin session that has been idle too long or has lived past its maximum, then asks for the
    password again (with a message saying why)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(ADMIN_PREFIX) and request.user.is_authenticated:
            now = time.time()
            if session_expired(request.session, now):
                logout(request)
                messages.info(request, _("Your session has ended. Please sign in again."))
                return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
            if now - request.session.get(LAST_SEEN_AT, 0) >= TOUCH_INTERVAL_SECONDS:
                request.session[LAST_SEEN_AT] = now
        return self.get_response(request)


@never_cache
@require_http_methods(["GET", "POST"])
def logout_view(request):
    """GET asks "sign out?" with a button; POST signs out: the server session is deleted (``logout`` flushes
    it), then the cookie."""
    if request.method == "POST":
        logout(request)
        messages.success(request, _("You have signed out."))
        response = redirect("wagtailadmin_login")
        response.delete_cookie(
            settings.SESSION_COOKIE_NAME, domain=settings.SESSION_COOKIE_DOMAIN, path=settings.SESSION_COOKIE_PATH
        )
        # The flushed session must not be written back as a new (empty) cookie either.
        request.session.modified = False
        return response
    if not request.user.is_authenticated:
        return redirect("wagtailadmin_login")
    return TemplateResponse(request, "governance/signin/logout_confirm.html", {"title": _("Sign out")})
