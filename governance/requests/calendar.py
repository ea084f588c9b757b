"""The 3-day clock of seed §2.1 ("นำข้อมูลขึ้นเผยแพร่ภายใน ๓ วัน") on calendar days or on working days.

Working days skip Saturdays, Sundays, Thai public holidays (the ``holidays`` package's Thailand calendar) and
the extra days off that administrators enter (cabinet bridge days, announced year by year). Which kind of day
counts is ``settings.SSO_SLA_DAY_KIND``; the default is calendar days, the seed's literal "๓ วัน".
"""

import datetime
from functools import lru_cache

import holidays
from django.conf import settings
from django.utils import timezone

from governance.access.models import ExtraDayOff

CALENDAR_DAYS = "calendar"
WORKING_DAYS = "working"


@lru_cache(maxsize=32)
def thai_public_holidays(year: int) -> frozenset[datetime.date]:
    return frozenset(holidays.Thailand(years=year))


def extra_days_off() -> frozenset[datetime.date]:
    return frozenset(ExtraDayOff.objects.values_list("date", flat=True))


def is_working_day(day: datetime.date, days_off: frozenset[datetime.date]) -> bool:
    return day.weekday() < 5 and day not in thai_public_holidays(day.year) and day not in days_off


def due_at(start: datetime.datetime, days: int | None = None, kind: str | None = None) -> datetime.datetime:
    """When an item approved at ``start`` must be live: ``days`` calendar days later, or at the same time of
    day on the ``days``-th working day after the day of approval."""
    days = settings.SSO_SLA_DAYS if days is None else days
    kind = kind or settings.SSO_SLA_DAY_KIND
    if kind == CALENDAR_DAYS:
        return start + datetime.timedelta(days=days)
    local = timezone.localtime(start)
    days_off = extra_days_off()
    day, counted = local.date(), 0
    while counted < days:
        day += datetime.timedelta(days=1)
        if is_working_day(day, days_off):
            counted += 1
    return local.replace(year=day.year, month=day.month, day=day.day)


def days_taken(start: datetime.datetime, stop: datetime.datetime, kind: str | None = None) -> float:
    """Elapsed days between approval and going live: fractional calendar days, or the number of working days
    from the day after approval up to and including the day it went live."""
    kind = kind or settings.SSO_SLA_DAY_KIND
    if kind == CALENDAR_DAYS:
        return round((stop - start).total_seconds() / 86400, 2)
    first, last = timezone.localtime(start).date(), timezone.localtime(stop).date()
    days_off = extra_days_off()
    count, day = 0, first
    while day < last:
        day += datetime.timedelta(days=1)
        if is_working_day(day, days_off):
            count += 1
    return float(count)
