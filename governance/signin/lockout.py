"""Lockout after failed passwords, on every login form (django-axes with its database handler, so the count is
shared by every worker and server using the database).

django-axes counts failures per account and per client address (``AXES_LOCKOUT_PARAMETERS``). While either is
locked, even the right password is refused with the Thai page this module renders. Locks end after
``AXES_COOLOFF_TIME`` or when an account administrator unlocks them. Both are written to Wagtail's audit log.
"""

from axes.helpers import get_failure_limit
from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Max, Q, Sum
from django.shortcuts import render
from django.utils import timezone
from wagtail.admin.views.account import get_user_login_form
from wagtail.log_actions import log

from governance.signin.audit import LOCKED_OUT, UNLOCKED


def cooloff_minutes() -> int:
    cooloff = settings.AXES_COOLOFF_TIME
    return int(cooloff.total_seconds() // 60) if cooloff else 0


def lockout_response(request, original_response=None, credentials=None):
    """The Wagtail login page again, with a Thai message saying why the password was refused and what to do."""

    context = {
        "form": get_user_login_form()(request),
        "locked_out": True,
        "cooloff_minutes": cooloff_minutes(),
        "next": request.POST.get("next") or request.GET.get("next", ""),
    }
    # Rendered here: axes' middleware hands this back after the view, where nothing renders a TemplateResponse.
    response = render(request, "governance/signin/locked_out.html", context, status=429)
    response["Cache-Control"] = "no-store"
    return response


def _user_named(username):
    if not username:
        return None
    return get_user_model().objects.filter(**{get_user_model().USERNAME_FIELD: username}).first()


def record_lockout(sender, request=None, username=None, ip_address=None, **kwargs):
    """Receiver of axes' ``user_locked_out``: write the moment a lock starts to the audit log.

    axes sends the signal on the failure that reaches the limit and again on every refused attempt while the
    lock lasts; only the first is recorded (the refused ones never reach the counting step, so
    ``axes_failures_since_start`` is still unset)."""
    if request is None or getattr(request, "axes_failures_since_start", None) is None:
        return
    data = {"username": username or "", "ip_address": ip_address or "", "failures": request.axes_failures_since_start}
    user = _user_named(username)
    if user is not None:
        log(user, LOCKED_OUT, user=None, data=data)
    else:
        attempt = AccessAttempt.objects.filter(username=username, ip_address=ip_address).first()
        if attempt is not None:
            log(attempt, LOCKED_OUT, user=None, data=data)


def current_locks():
    """Accounts and addresses locked now: rows of (kind, value, failures, last attempt)."""

    attempts = AccessAttempt.objects.all()
    if settings.AXES_COOLOFF_TIME:
        attempts = attempts.filter(attempt_time__gte=timezone.now() - settings.AXES_COOLOFF_TIME)
    limit = get_failure_limit(None, None)
    rows = []
    for kind, field in (("username", "username"), ("ip_address", "ip_address")):
        present = attempts.filter(**{f"{field}__isnull": False})
        if field == "username":  # (an empty address would be cast to NULL and match nothing at all)
            present = present.exclude(username="")
        totals = (
            present.values(field)
            .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
            .filter(failures__gte=limit)
            .order_by("-last")
        )
        rows += [
            {"kind": kind, "value": row[field], "failures": row["failures"], "last": row["last"]} for row in totals
        ]
    return rows


def unlock(*, kind: str, value: str, by) -> int:
    """Clear the failures of one account (``kind="username"``) or one address (``"ip_address"``); logged on the
    account when there is one. Returns the number of attempt rows removed."""

    if kind not in ("username", "ip_address") or not value:
        return 0
    matching = AccessAttempt.objects.filter(Q(**{kind: value}))
    subject = _user_named(value) if kind == "username" else None
    if subject is None:
        subject = matching.first()
    removed = reset(username=value) if kind == "username" else reset(ip=value)
    if subject is not None and removed:
        log(subject, UNLOCKED, user=by, data={kind: value, "attempts_removed": removed})
    return removed
