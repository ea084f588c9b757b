"""One calendar in the admin: every date and date-time box shows and takes the Buddhist era.

Wagtail's own boxes (``AdminDateInput``, ``AdminDateTimeInput``) are used by every model form (go-live and expiry
included), by StreamField date blocks and, built inline, by the date-range filters of listings and reports. So
the era is taught to those two classes rather than to subclasses that Wagtail's filters would never use:

- ``format_value`` writes the stored value as ``30 พฤศจิกายน 2569`` / ``30 พฤศจิกายน 2569 14:30``;
- ``get_config`` asks the picker (xdsoft datetimepicker) for the same format with a year offset of 543, so its
  calendar heading, its year list and the text it writes back are in the Buddhist era;
- ``value_from_datadict`` reads what came back (that text, ``30/11/2569``, ``2026-11-30`` or Thai digits, a
  year in either era, through ``core.parsing``) and hands the form field an ISO value in the Christian era,
  which Django's own date fields parse. The stored value is therefore unchanged; text that does not parse is
  passed on as typed so the field reports it.
"""

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import get_format
from django.utils.translation import get_language

from core.parsing import parse_date, parse_datetime
from core.thai_dates import BUDDHIST_ERA_OFFSET

# The picker's (PHP-style) formats and their Python twins: day, month name, year (the picker swaps in the
# Buddhist-era year), then the time.
PICKER_DATE_FORMAT = "j F Y"
PICKER_TIME_FORMAT = "H:i"
PICKER_DATETIME_FORMAT = f"{PICKER_DATE_FORMAT} {PICKER_TIME_FORMAT}"
ISO_DATE = "%Y-%m-%d"
ISO_DATETIME = "%Y-%m-%d %H:%M:%S"


def _month_names() -> list[str]:
    from django.utils.dates import MONTHS  # translated lazily: the language of the request

    return [str(MONTHS[number]) for number in range(1, 13)]


def be_date_text(day: datetime.date) -> str:
    """``30 พฤศจิกายน 2569``: what the date box shows (the month in the admin's language)."""
    return f"{day.day} {_month_names()[day.month - 1]} {day.year + BUDDHIST_ERA_OFFSET}"


def be_datetime_text(moment: datetime.datetime) -> str:
    """``30 พฤศจิกายน 2569 14:30`` in the current time zone: what the date-time box shows."""
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment)
    return f"{be_date_text(moment.date())} {moment:%H:%M}"


def _read_date(text) -> datetime.date | None:
    try:
        return parse_date(_english_month_to_number(text))
    except ValidationError:  # left for the form field to refuse
        return None


def _read_datetime(text) -> datetime.datetime | None:
    try:
        return parse_datetime(_english_month_to_number(text))
    except ValidationError:  # left for the form field to refuse
        return None


def _english_month_to_number(text):
    """``30 November 2569`` (the picker in an English admin) as ``30 11 2569``, which ``core.parsing`` reads."""
    if not isinstance(text, str) or get_language() == "th":
        return text
    for number, name in enumerate(_month_names(), 1):
        if name and name in text:
            return text.replace(f" {name} ", f"/{number}/")
    return text


def date_value_to_iso(value):
    """The date box's text as ``2026-11-30``; text that is no date is returned unchanged."""
    if not isinstance(value, str) or not value.strip():
        return value
    day = _read_date(value)
    return day.strftime(ISO_DATE) if day else value


def datetime_value_to_iso(value):
    """The date-time box's text as ``2026-11-30 14:30:00`` in the current time zone; else unchanged."""
    if not isinstance(value, str) or not value.strip():
        return value
    moment = _read_datetime(value)
    return timezone.localtime(moment).strftime(ISO_DATETIME) if moment else value


def format_date_value(value):
    if value in (None, ""):
        return None
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    if isinstance(value, str):
        value = _read_date(value) or value
    return be_date_text(value) if isinstance(value, datetime.date) else value


def format_datetime_value(value):
    if value in (None, ""):
        return None
    if isinstance(value, str):
        value = _read_datetime(value) or value
    elif isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        value = datetime.datetime.combine(value, datetime.time.min)
    return be_datetime_text(value) if isinstance(value, datetime.datetime) else value


def _picker_config(widget, original_get_config, picker_format: str) -> dict:
    config = original_get_config(widget)
    config.update(format=picker_format, yearOffset=BUDDHIST_ERA_OFFSET, dayOfWeekStart=get_format("FIRST_DAY_OF_WEEK"))
    # Typed text (30/11/2569, 2026-11-30) is read by the server: the picker must not replace it on blur.
    config["validateOnBlur"] = False
    return config


def install() -> None:
    """Teach Wagtail's date and date-time boxes the Buddhist era (called once from ``CoreConfig.ready``)."""
    from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput

    if getattr(AdminDateInput, "buddhist_era", False):
        return
    date_config, datetime_config = AdminDateInput.get_config, AdminDateTimeInput.get_config

    AdminDateInput.buddhist_era = AdminDateTimeInput.buddhist_era = True
    AdminDateInput.get_config = lambda self: _picker_config(self, date_config, PICKER_DATE_FORMAT)
    AdminDateInput.format_value = lambda self, value: format_date_value(value)
    AdminDateInput.value_from_datadict = lambda self, data, files, name: date_value_to_iso(data.get(name))
    AdminDateTimeInput.get_config = lambda self: _picker_config(self, datetime_config, PICKER_DATETIME_FORMAT)
    AdminDateTimeInput.format_value = lambda self, value: format_datetime_value(value)
    AdminDateTimeInput.value_from_datadict = lambda self, data, files, name: datetime_value_to_iso(data.get(name))
