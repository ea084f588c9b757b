"""The life of a site issue (seed §3.2: check the site, fix errors at once, report to the supervisor):
open → in progress → fixed (with the revision that fixed it) or dismissed (with a reason). The directors of the
responsible units, the supervisors, are e-mailed when an issue is opened and when it is fixed. Also the review
stamp ("reviewed, still correct") that restarts a page's review interval.

Every path that opens or closes an issue goes through here: the site check, the staff's and the public's
reports, and the admin screens.
"""

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from categories.taxonomy import OWNING_UNIT, split_units
from core.mail import send_templated_mail
from governance.access.people import director_emails as unit_director_emails
from governance.access.roles import CENTRAL_UNIT
from governance.access.rules import category_for_page, owning_unit_code, user_unit_codes
from governance.upkeep.models import PageReview, SiteIssue

# A digest names this many issues of each list; the rest are counted and listed in the admin.
DIGEST_LIST = 30


class TransitionError(ValueError):
    """The issue is not in a state that allows this step; the message is Thai, for the admin."""


def responsible_units(page, category=None) -> str:
    """The checking units of the page's category, as the matrix writes them, the owning-unit rule resolved."""
    category = category or (category_for_page(page) if page is not None else None)
    if category is None:
        return ""
    codes = split_units(category.checking_units)
    if OWNING_UNIT in codes:
        owner = owning_unit_code(page) if page is not None else None
        codes = [owner if code == OWNING_UNIT else code for code in codes if code != OWNING_UNIT or owner]
    return "/".join(dict.fromkeys(codes))


def director_emails(units: str) -> list[str]:
    """The supervisors of the units: each unit's named director and the members of its director group."""
    return unit_director_emails(split_units(units))


def _notify(issue: SiteIssue, event: str) -> None:
    recipients = director_emails(issue.units)
    if not recipients:
        return
    send_templated_mail("governance/upkeep/email/site_issue", {"issue": issue, "event": event}, recipients)


def notify_digest(opened: list[SiteIssue], fixed: list[SiteIssue]) -> int:
    """One e-mail per director for a whole site check, listing what it opened and closed in their units: a first
    run may find hundreds of problems, which would otherwise be hundreds of e-mails. Returns e-mails sent."""
    emails_of: dict[str, list[str]] = {}
    per_recipient: dict[str, tuple[list, list]] = {}
    for issues, slot in ((opened, 0), (fixed, 1)):
        for issue in issues:
            if issue.units not in emails_of:
                emails_of[issue.units] = director_emails(issue.units)
            for email in emails_of[issue.units]:
                per_recipient.setdefault(email, ([], []))[slot].append(issue)
    for email, (new, closed) in per_recipient.items():
        context = {
            "opened": new[:DIGEST_LIST],
            "opened_count": len(new),
            "fixed": closed[:DIGEST_LIST],
            "fixed_count": len(closed),
        }
        send_templated_mail("governance/upkeep/email/site_check_digest", context, [email])
    return len(per_recipient)


def open_issue(
    *,
    kind,
    page=None,
    category=None,
    detail,
    location="",
    target="",
    source=SiteIssue.Source.CHECK,
    fingerprint="",
    reporter=None,
    reporter_contact="",
    now=None,
    notify=True,
) -> tuple[SiteIssue, bool]:
    """Open an issue, or for a finding already open (same ``fingerprint``) note that it was seen again.
    Returns (issue, created); the directors are told only of a new one (``notify=False``: the caller sends
    a digest, see ``notify_digest``)."""
    now = now or timezone.now()
    if page is not None and category is None:
        category = category_for_page(page)
    if fingerprint:
        existing = SiteIssue.objects.filter(fingerprint=fingerprint, status__in=SiteIssue.OPEN_STATUSES).first()
        if existing is not None:
            SiteIssue.objects.filter(pk=existing.pk).update(last_seen_at=now)
            return existing, False
    issue = SiteIssue(
        kind=kind,
        source=source,
        page=page,
        category=category,
        units=responsible_units(page, category),
        location=location[:500],
        target=target[:1000],
        detail=detail,
        fingerprint=fingerprint,
        reporter=reporter,
        reporter_contact=reporter_contact[:255],
        opened_at=now,
        last_seen_at=now,
    )
    try:
        with transaction.atomic():
            issue.save()
    except IntegrityError:  # another run opened the same finding a moment ago
        return SiteIssue.objects.get(fingerprint=fingerprint, status__in=SiteIssue.OPEN_STATUSES), False
    if notify:
        transaction.on_commit(lambda: _notify(issue, "opened"))
    return issue, True


def start(issue: SiteIssue, user) -> None:
    if issue.status != SiteIssue.Status.OPEN:
        raise TransitionError(_("Work can start only on an open issue"))
    issue.status, issue.started_at = SiteIssue.Status.IN_PROGRESS, timezone.now()
    issue.save(update_fields=["status", "started_at"])


def fix(issue: SiteIssue, user=None, revision=None, now=None, notify=True) -> None:
    """Close as fixed, linked to the page revision that fixed it (the page's latest when not given)."""
    if not issue.is_open:
        raise TransitionError(_("This issue is already closed"))
    now = now or timezone.now()
    if revision is None and issue.page_id:
        revision = issue.page.get_latest_revision()
    issue.status, issue.closed_at, issue.closed_by, issue.fixed_revision = SiteIssue.Status.FIXED, now, user, revision
    issue.time_to_fix = now - issue.opened_at
    issue.save(update_fields=["status", "closed_at", "closed_by", "fixed_revision", "time_to_fix"])
    if notify:
        transaction.on_commit(lambda: _notify(issue, "fixed"))


def dismiss(issue: SiteIssue, user, reason: str) -> None:
    if not issue.is_open:
        raise TransitionError(_("This issue is already closed"))
    if not reason.strip():
        raise TransitionError(_("Give the reason for not acting"))
    issue.status, issue.closed_at, issue.closed_by = SiteIssue.Status.DISMISSED, timezone.now(), user
    issue.dismiss_reason = reason.strip()
    issue.save(update_fields=["status", "closed_at", "closed_by", "dismiss_reason"])


def review(page, user, now=None) -> PageReview:
    """Stamp the page "reviewed, still correct" (also in its history); an open overdue-review issue is fixed."""
    now = now or timezone.now()
    stamp, _ = PageReview.objects.update_or_create(page=page, defaults={"reviewed_at": now, "reviewed_by": user})
    log(instance=page, action="sso.reviewed", user=user)
    for issue in SiteIssue.objects.filter(
        page=page, kind=SiteIssue.Kind.REVIEW_OVERDUE, status__in=SiteIssue.OPEN_STATUSES
    ):
        fix(issue, user, now=now)
    return stamp


def last_reviewed_at(page, stamps=None):
    """When the page was last confirmed correct: its review stamp or its last publication, whichever is later.
    ``stamps`` (page id → reviewed_at, read in bulk) spares the query, for the site check's batches."""
    if stamps is None:
        stamp = PageReview.objects.filter(page_id=page.pk).values_list("reviewed_at", flat=True).first()
    else:
        stamp = stamps.get(page.pk)
    candidates = [moment for moment in (stamp, page.last_published_at) if moment]
    return max(candidates) if candidates else None


def issues_for_user(user):
    """The issues a user answers for: those of the units they belong to (any role); all for ศสน. and superusers."""
    if user.is_superuser:
        return SiteIssue.objects.all()
    codes = user_unit_codes(user)
    if CENTRAL_UNIT in codes:
        return SiteIssue.objects.all()
    condition = Q(pk__in=[])
    for code in codes:
        condition |= Q(units=code) | Q(units__startswith=f"{code}/") | Q(units__endswith=f"/{code}")
        condition |= Q(units__contains=f"/{code}/")
    return SiteIssue.objects.filter(condition)
