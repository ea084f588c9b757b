"""Pages and documents restricted to signed-in staff ask for the same sign-in as the admin.

Wagtail lets a page (or a collection of documents) be seen only by signed-in users or by some groups, and checks
only that the visitor is authenticated. A session that has given the password but not yet the code from the
authenticator app is authenticated, and Wagtail's own front-end login (``/_util/login/``) asks for no code at all,
so without this a stolen password would open restricted pages; and a session past the admin's idle or absolute
limit would still read them. Here such a visitor is sent to the step they still owe, as the admin does:
one sign-in, one second factor, one set of session limits.
"""

import time
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from wagtail.models import BaseViewRestriction

from governance.signin.middleware import second_factor_step
from governance.signin.sessions import session_expired

# Restrictions that rest on who the visitor is (a page password or a public page needs no sign-in).
SIGNED_IN_RESTRICTIONS = (BaseViewRestriction.LOGIN, BaseViewRestriction.GROUPS)


def owed_sign_in_step(request):
    """A redirect to the sign-in step this signed-in visitor still owes, or None when they owe nothing."""
    if not request.user.is_authenticated:
        return None  # Wagtail sends anonymous visitors to the sign-in page itself
    if session_expired(request.session, time.time()):
        logout(request)
        return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
    step = second_factor_step(request.user) if settings.SSO_OTP_ENFORCED else None
    if step is not None:
        return redirect(f"{reverse(step)}?{urlencode({'next': request.get_full_path()})}")
    return None


def restricted_to_signed_in(restrictions) -> bool:
    return any(restriction.restriction_type in SIGNED_IN_RESTRICTIONS for restriction in restrictions)


def check_restricted_page(page, request, serve_args, serve_kwargs):
    """``before_serve_page``: a restricted page asks for the whole sign-in first."""
    if restricted_to_signed_in(page.get_view_restrictions()):
        return owed_sign_in_step(request)
    return None


def check_restricted_document(document, request):
    """``before_serve_document``: the same for documents in a restricted collection."""
    if restricted_to_signed_in(document.collection.get_view_restrictions()):
        return owed_sign_in_step(request)
    return None


def frontend_login_view(request):
    """Wagtail's front-end login page, replaced: the admin's sign-in (password, then the code) with the same
    ``next``."""
    query = urlencode({"next": request.GET["next"]}) if request.GET.get("next") else ""
    return redirect(reverse("wagtailadmin_login") + (f"?{query}" if query else ""))
