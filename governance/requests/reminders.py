"""The daily reminder of 3-day items due within a day or overdue: to the assignee and the unit's directors (its
named director and its director group, each address once, as site-issue mail does)."""

from django.utils import timezone

from categories.taxonomy import split_units
from core.mail import send_templated_mail
from governance.access.people import director_emails
from governance.requests.models import SlaClock
from governance.requests.panels import DUE_SOON


def _recipients(clock) -> set[str]:
    emails = set()
    if clock.request_id and clock.request.assignee_id:
        emails.add(clock.request.assignee.email)
    if clock.request_id and clock.request.assigned_centre_id:
        codes = [clock.request.assigned_centre.code]
    else:
        codes = split_units(clock.unit)
    emails.update(director_emails(codes))
    return {email for email in emails if email}


def send_sla_reminders(now=None) -> int:
    now = now or timezone.now()
    clocks = SlaClock.objects.filter(live_at__isnull=True, due_at__lte=now + DUE_SOON).select_related(
        "page", "request__assignee", "request__assigned_centre"
    )
    sent = 0
    for clock in clocks:
        recipients = sorted(_recipients(clock))
        if not recipients:
            continue
        send_templated_mail(
            "governance/requests/email/sla_reminder", {"clock": clock, "overdue": clock.due_at < now}, recipients
        )
        sent += 1
    return sent
