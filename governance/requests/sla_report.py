"""The 3-day report: one row per clock approved in a period (command ``sla_report`` and the admin screen)."""

import datetime

from django.utils import timezone

from governance.requests.calendar import days_taken
from governance.requests.models import SlaClock

HEADER = ["source", "unit", "category", "page", "approved at", "due at", "live at", "days taken", "on time"]


def clocks_between(start: datetime.date, end: datetime.date):
    tz = timezone.get_current_timezone()
    since = datetime.datetime.combine(start, datetime.time.min, tzinfo=tz)
    until = datetime.datetime.combine(end + datetime.timedelta(days=1), datetime.time.min, tzinfo=tz)
    return (
        SlaClock.objects.filter(approved_at__gte=since, approved_at__lt=until)
        .select_related("category", "page", "request")
        .order_by("approved_at")
    )


def _stamp(value):
    return timezone.localtime(value).isoformat(timespec="minutes") if value else ""


def report_rows(clocks):
    for clock in clocks:
        yield [
            clock.source,
            clock.unit,
            clock.category.title if clock.category else "",
            clock.page.title if clock.page else (clock.request.subject if clock.request else ""),
            _stamp(clock.approved_at),
            _stamp(clock.due_at),
            _stamp(clock.live_at),
            days_taken(clock.approved_at, clock.live_at) if clock.live_at else "",
            {True: "yes", False: "no", None: "running"}[clock.on_time],
        ]
