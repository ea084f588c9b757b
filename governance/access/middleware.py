from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from governance.access.models import Designation

ADMIN_PREFIX = "/admin/"
SIGN_IN_PREFIX = "/admin/sign-in/"


class ForcePasswordChangeMiddleware:
    """An account สบท. issued must change its one-time password before it can use the admin."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Only admin requests touch request.user: reading it on public pages would add "Vary: Cookie".
        user = getattr(request, "user", None) if request.path.startswith(ADMIN_PREFIX) else None
        if user is not None and user.is_authenticated:
            # The second factor's screens (governance.signin, which runs first) come before the new password.
            allowed = (
                reverse("wagtailadmin_account"),
                reverse("wagtailadmin_logout"),
                "/admin/jsi18n/",
                SIGN_IN_PREFIX,
            )
            if not request.path.startswith(allowed) and self._must_change(user):
                messages.warning(request, _("Please set a new password before you continue."))
                return redirect("wagtailadmin_account")
        return self.get_response(request)

    @staticmethod
    def _must_change(user) -> bool:
        return Designation.objects.filter(user=user, initial_password_hash=user.password).exists()
