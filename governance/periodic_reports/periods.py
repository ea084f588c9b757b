"""Report periods: calendar quarters (3 months) and halves, January–June and July–December (6 months), in the
site's time zone (Asia/Bangkok)."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

LENGTHS = (3, 6)
FIRST_DAYS = {
    3: gettext_lazy("1 January, 1 April, 1 July or 1 October"),
    6: gettext_lazy("1 January or 1 July"),
}


class PeriodError(ValueError):
    """Not a period the report knows; the message is Thai, for the admin and the command."""


def _check_length(months: int) -> None:
    if months not in LENGTHS:
        raise PeriodError(_("A report period is 3 or 6 months"))


def period_end(start: datetime.date, months: int) -> datetime.date:
    """The last day of the period that begins on ``start``."""
    _check_length(months)
    if start.day != 1 or (start.month - 1) % months:
        raise PeriodError(
            _("A %(months)s-month period starts on %(days)s") % {"months": months, "days": FIRST_DAYS[months]}
        )
    following = start.month + months
    first_after = datetime.date(start.year + (following - 1) // 12, (following - 1) % 12 + 1, 1)
    return first_after - datetime.timedelta(days=1)


def period_containing(day: datetime.date, months: int) -> tuple[datetime.date, datetime.date]:
    _check_length(months)
    start = datetime.date(day.year, (day.month - 1) // months * months + 1, 1)
    return start, period_end(start, months)


def local_today() -> datetime.date:
    """Today in the site's time zone, whatever zone an admin user has activated."""
    return timezone.localdate(timezone=timezone.get_default_timezone())


def last_ended_period(today: datetime.date, months: int) -> tuple[datetime.date, datetime.date]:
    """The latest period that ended before ``today``."""
    start, _ = period_containing(today, months)
    return period_containing(start - datetime.timedelta(days=1), months)


def bounds(start: datetime.date, end: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    """The period as [since, until): midnight of its first day to midnight after its last, in local time."""
    tz = timezone.get_default_timezone()
    since = datetime.datetime.combine(start, datetime.time.min, tzinfo=tz)
    until = datetime.datetime.combine(end + datetime.timedelta(days=1), datetime.time.min, tzinfo=tz)
    return since, until
