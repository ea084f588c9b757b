"""The 3-day report: one row per clock approved in a period. The command ``sla_report`` prints the rows as CSV;
the admin's report (``governance.requests.sla_views``) shows and exports the same rows."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext_noop

from governance.requests.calendar import days_taken
from governance.requests.models import SlaClock

# English in the command's CSV and the keys of the admin's columns; the admin translates them.
HEADER = [
    gettext_noop("source"),
    gettext_noop("unit"),
    gettext_noop("category"),
    gettext_noop("page"),
    gettext_noop("approved at"),
    gettext_noop("due at"),
    gettext_noop("live at"),
    gettext_noop("days taken"),
    gettext_noop("on time"),
]
ON_TIME = {True: "yes", False: "no", None: "running"}


def report_clocks():
    return SlaClock.objects.select_related("category", "page", "request")


def approved_on_days(clocks, start: datetime.date | None, end: datetime.date | None):
    """The clocks approved from the first moment of ``start`` to the last of ``end`` (Bangkok days); either
    end may be open."""
    tz = timezone.get_current_timezone()
    if start is not None:
        clocks = clocks.filter(approved_at__gte=datetime.datetime.combine(start, datetime.time.min, tzinfo=tz))
    if end is not None:
        next_day = end + datetime.timedelta(days=1)
        clocks = clocks.filter(approved_at__lt=datetime.datetime.combine(next_day, datetime.time.min, tzinfo=tz))
    return clocks


def clocks_between(start: datetime.date, end: datetime.date):
    return approved_on_days(report_clocks(), start, end).order_by("approved_at")


def _stamp(value):
    return timezone.localtime(value).isoformat(timespec="minutes") if value else ""


def timeliness(clock, now=None) -> str:
    """ "yes" or "no" once live; "no" too while not live past its due time (it can no longer be on time), and
    "running" only while the clock can still be met."""
    if clock.on_time is None and clock.due_at < (now or timezone.now()):
        return ON_TIME[False]
    return ON_TIME[clock.on_time]


def report_row(clock) -> list:
    """The cells of one clock, in the order of ``HEADER``."""
    return [
        clock.source,
        clock.unit,
        clock.category.title if clock.category else "",
        clock.page.title if clock.page else (clock.request.subject if clock.request else ""),
        _stamp(clock.approved_at),
        _stamp(clock.due_at),
        _stamp(clock.live_at),
        days_taken(clock.approved_at, clock.live_at) if clock.live_at else "",
        timeliness(clock),
    ]


def report_rows(clocks):
    for clock in clocks:
        yield report_row(clock)
