"""Thai calendar helpers: the public sees dates in the Buddhist era (พ.ศ. = ค.ศ. + 543)."""

import datetime

from django.utils import timezone

BUDDHIST_ERA_OFFSET = 543

THAI_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
THAI_MONTHS_SHORT = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)


def to_local_date(value):
    """A date for a date or datetime (aware datetimes are shown in the site's time zone)."""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.date()
    return value


def format_thai_date(value, style: str = "long") -> str:
    """``25 พฤศจิกายน 2569`` (long), ``25 พ.ย. 2569`` (short), ``พฤศจิกายน 2569`` (month) or ``2569`` (year)."""
    if value in (None, ""):
        return ""
    day = to_local_date(value)
    year = day.year + BUDDHIST_ERA_OFFSET
    if style == "year":
        return str(year)
    if style == "month":
        return f"{THAI_MONTHS[day.month - 1]} {year}"
    months = THAI_MONTHS_SHORT if style == "short" else THAI_MONTHS
    return f"{day.day} {months[day.month - 1]} {year}"


def format_thai_datetime(value) -> str:
    """``25 พฤศจิกายน 2569 เวลา 14.30 น.`` in the site's time zone."""
    if value in (None, ""):
        return ""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return f"{format_thai_date(value)} เวลา {value:%H.%M} น."
