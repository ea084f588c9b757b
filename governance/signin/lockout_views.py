"""The account administrators' screen of sign-in locks (``sign_in_locks:…``): which accounts and addresses are
locked after failed passwords, and unlocking one. ``governance.signin.viewsets`` gives it its URLs."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from core.admin_views import UserTestPolicy
from core.thai_dates import format_thai_datetime
from governance.access.views import can_issue_accounts
from governance.signin import lockout

LOCKS_POLICY = UserTestPolicy(get_user_model(), view=can_issue_accounts)


@never_cache
def locks_view(request):
    if not can_issue_accounts(request.user):
        raise PermissionDenied
    rows = [{**row, "last_text": format_thai_datetime(row["last"])} for row in lockout.current_locks()]
    context = {
        "rows": rows,
        "cooloff_minutes": lockout.cooloff_minutes(),
        "title": _("Sign-in locks"),
    }
    return TemplateResponse(request, "governance/signin/locks.html", context)


@require_POST
def unlock_view(request):
    if not can_issue_accounts(request.user):
        raise PermissionDenied
    kind = request.POST.get("kind", "")
    value = request.POST.get("value", "").strip()
    if lockout.unlock(kind=kind, value=value, by=request.user):
        messages.success(request, _("Unlocked %(value)s.") % {"value": value})
    else:
        messages.warning(request, _("Nothing to unlock for %(value)s.") % {"value": value})
    return redirect("sign_in_locks:index")
