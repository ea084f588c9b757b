"""Reading numbers and dates typed by Thai staff into spreadsheets (procurement import, fund-statistics upload).

Staff write years in the Buddhist era (1/10/2569), sometimes with Thai digits (๑/๑๐/๒๕๖๙), and money with
thousands separators (1,234,567.50). Spreadsheet cells may already hold numbers or dates; those are taken as
they are. Every parser returns None for a blank value and raises ``ValidationError`` with a Thai message.
"""

import datetime
import re
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.thai_dates import BUDDHIST_ERA_OFFSET, THAI_MONTHS, THAI_MONTHS_SHORT

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_NUMBER = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_INTEGER = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_FIRST_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_NAMED_MONTH_DATE = re.compile(r"^(\d{1,2})\s+(\S+)\s+(\d{4})$")
_MONTH_ONLY = re.compile(r"^(?:(\d{1,2})[/.-](\d{4})|(\d{4})-(\d{1,2})|(\S+)\s+(\d{4}))$")
_TIME_SUFFIX = re.compile(r"(?:\s+|T)(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(?:น\.?)?$")
_MONTH_NUMBERS = {name: i for i, name in enumerate(THAI_MONTHS, 1)} | {
    name: i for i, name in enumerate(THAI_MONTHS_SHORT, 1)
}
# A year above this is Buddhist era (2300 B.E. is 1757 A.D., earlier than anything on the old site).
_BUDDHIST_ERA_FROM = 2300
_YEARS = range(1900, 2201)

DATE_HINT = gettext_lazy("e.g. 1/10/2569 or 2026-10-01")
DATETIME_HINT = gettext_lazy("e.g. 1/10/2569 09:30 or 2026-10-01 09:30")


def thai_to_arabic_digits(text: str) -> str:
    """``๑๒๓`` → ``123``; other characters are left alone."""
    return text.translate(_THAI_DIGITS)


def _clean_text(value) -> str:
    return thai_to_arabic_digits(str(value)).strip()


def is_blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def parse_decimal(value) -> Decimal | None:
    """``1,234,567.50`` or ``๑,๒๓๔.๕๐`` → ``Decimal``; numeric spreadsheet cells as they are."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise ValidationError(_("Must be a number, e.g. 1,234,567.50"))
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    text = _clean_text(value).replace(" ", "")
    if not _NUMBER.match(text):
        raise ValidationError(_("“%(value)s” is not a number (e.g. 1,234,567.50)"), params={"value": value})
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation as exc:  # pragma: no cover - the pattern already rules this out
        raise ValidationError(_("“%(value)s” is not a number"), params={"value": value}) from exc


def parse_integer(value) -> int | None:
    """``2570``, ``๒๕๗๐`` or ``1,000`` → ``int``; a spreadsheet's ``2570.0`` too."""
    if is_blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = _clean_text(value).replace(" ", "")
    if not _INTEGER.match(text):
        raise ValidationError(_("“%(value)s” is not a whole number"), params={"value": value})
    return int(text.replace(",", ""))


def gregorian_year(year: int) -> int:
    """A year as written by staff, Buddhist era (2569) or Christian era (2026), as a Christian-era year."""
    if year > _BUDDHIST_ERA_FROM:
        year -= BUDDHIST_ERA_OFFSET
    if year not in _YEARS:
        raise ValidationError(
            _("The year %(year)s is not valid (write a B.E. year such as 2569 or an A.D. year such as 2026)"),
            params={"year": year},
        )
    return year


def _month_number(name: str) -> int | None:
    if name.isdigit():
        return int(name)
    return _MONTH_NUMBERS.get(name)


def _make_date(year: int, month: int | None, day: int, original) -> datetime.date:
    if month is None:
        raise ValidationError(_("Unknown month in “%(value)s”"), params={"value": original})
    try:
        return datetime.date(gregorian_year(year), month, day)
    except ValueError as exc:
        raise ValidationError(_("There is no date “%(value)s” in the calendar"), params={"value": original}) from exc


def _date_from_text(text: str, original) -> datetime.date:
    if match := _ISO_DATE.match(text):
        year, month, day = (int(part) for part in match.groups())
        return _make_date(year, month, day, original)
    if match := _DAY_FIRST_DATE.match(text):
        day, month, year = (int(part) for part in match.groups())
        return _make_date(year, month, day, original)
    if match := _NAMED_MONTH_DATE.match(text):
        day, month, year = match.groups()
        return _make_date(int(year), _month_number(month), int(day), original)
    raise ValidationError(_("“%(value)s” is not a date (%(hint)s)"), params={"value": original, "hint": DATE_HINT})


def parse_date(value) -> datetime.date | None:
    """``1/10/2569``, ``๑/๑๐/๒๕๖๙``, ``1/10/2026``, ``2026-10-01`` or ``1 ตุลาคม 2569`` → ``date``."""
    if is_blank(value):
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    return _date_from_text(_clean_text(value), value)


def parse_datetime(value) -> datetime.datetime | None:
    """``1/10/2569 09:30`` (or ``09.30 น.``) or ISO ``2026-10-01T09:30`` → an aware datetime in the site's time
    zone. A date alone is refused: a deadline without its time would silently mean midnight."""
    if is_blank(value):
        return None
    if isinstance(value, datetime.datetime):
        moment = value
    elif isinstance(value, datetime.date):
        raise ValidationError(_("A time is needed too (%(hint)s)"), params={"hint": DATETIME_HINT})
    else:
        text = _clean_text(value)
        match = _TIME_SUFFIX.search(text)
        if match is None:
            moment = _iso_datetime(text, value)
        else:
            day = _date_from_text(text[: match.start()].strip(), value)
            hour, minute, second = (int(part or 0) for part in match.groups())
            try:
                moment = datetime.datetime.combine(day, datetime.time(hour, minute, second))
            except ValueError as exc:
                raise ValidationError(_("The time in “%(value)s” is not valid"), params={"value": value}) from exc
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment, timezone.get_current_timezone())
    return moment


def _iso_datetime(text: str, original) -> datetime.datetime:
    """ISO date-times with a zone (``2026-10-01T09:30:00+07:00``), which the time pattern does not cover."""
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or len(text) <= len("2026-10-01"):
        problem = _("needs a time too") if _looks_like_date(text) else _("is not a date and time")
        params = {"value": original, "problem": problem, "hint": DATETIME_HINT}
        raise ValidationError("“%(value)s” %(problem)s (%(hint)s)", params=params)
    return moment.replace(year=gregorian_year(moment.year))


def _looks_like_date(text: str) -> bool:
    try:
        _date_from_text(text, text)
    except ValidationError:
        return False
    return True


def parse_month(value) -> datetime.date | None:
    """A month as its first day: ``10/2569``, ``2026-10``, ``ตุลาคม 2569``, or any date in it."""
    if is_blank(value):
        return None
    if isinstance(value, datetime.date):
        return parse_date(value).replace(day=1)
    text = _clean_text(value)
    match = _MONTH_ONLY.match(text)
    if match is None:
        try:
            return _date_from_text(text, value).replace(day=1)
        except ValidationError as exc:
            raise ValidationError(
                _("“%(value)s” is not a month (e.g. 10/2569 or ตุลาคม 2569)"), params={"value": value}
            ) from exc
    month_a, year_a, year_b, month_b, month_name, year_c = match.groups()
    if month_a:
        return _make_date(int(year_a), int(month_a), 1, value)
    if year_b:
        return _make_date(int(year_b), int(month_b), 1, value)
    return _make_date(int(year_c), _month_number(month_name), 1, value)
