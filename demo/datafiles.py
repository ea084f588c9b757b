"""Reading the demo's data files (``data/demo/*.yaml``): the YAML itself, the places of entries for error
messages, and the dates written relative to today.

A malformed file stops the load before anything is written, with a ``DemoDataError`` that names the file and the
entry (``pages.yaml, news/press-releases › flood-relief-measures › date: …``), the way ``TaxonomyError`` names a
node of the taxonomy file.

Dates (see ``data/demo/README.md``): a calendar date (``2025-08-15``) stays fixed; ``today``, ``today - 12 days``,
``today + 5 days``, ``last month + 8 days`` (from the first day of last month) and ``this month + 9 days`` move with
the day the demo is loaded, so the demo always looks current. A date and time adds ``at 16:30``.
"""

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from django.conf import settings
from django.utils import timezone

DATA_DIR = Path(settings.BASE_DIR) / "data" / "demo"

_RELATIVE = re.compile(
    r"^(?P<base>[a-z][a-z ]*?)(?:\s*(?P<sign>[+-])\s*(?P<days>\d+)\s+days?)?(?:\s+at\s+(?P<time>\S+))?$"
)
_TIME = re.compile(r"^(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)$")


class DemoDataError(ValueError):
    """A demo data file is missing or malformed; the message names the file and the entry at fault."""


@dataclass(frozen=True)
class Where:
    """The place of a value in a data file, for error messages: the file name and the path of keys to the entry."""

    file: str
    path: tuple[str, ...] = ()

    def __truediv__(self, part) -> "Where":
        return Where(self.file, (*self.path, str(part)))

    def error(self, problem: str) -> DemoDataError:
        place = self.file + (", " + " › ".join(self.path) if self.path else "")
        return DemoDataError(f"{place}: {problem}")


def read(name: str, directory: Path | None = None) -> tuple[object, Where]:
    """The parsed content of ``data/demo/<name>`` (or of ``directory/<name>``) and its place for errors."""
    path = Path(directory or DATA_DIR) / name
    where = Where(name)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise where.error(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        return yaml.safe_load(text), where
    except yaml.YAMLError as exc:
        raise where.error(f"not valid YAML: {exc}") from None


# Checking shapes ------------------------------------------------------------------------------------------


def mapping(value, where: Where, *, required=(), optional=()) -> dict:
    """``value`` as a mapping with string keys; with ``required``/``optional`` given, other keys are refused."""
    if not isinstance(value, dict):
        raise where.error(f"expected a mapping (key: value lines), found {_shown(value)}")
    if required or optional:
        missing = [key for key in required if key not in value]
        if missing:
            raise where.error(f"missing {', '.join(repr(key) for key in missing)}")
        unknown = [str(key) for key in value if key not in required and key not in optional]
        if unknown:
            allowed = ", ".join(repr(key) for key in (*required, *optional))
            raise where.error(f"unknown key(s) {', '.join(repr(k) for k in unknown)} (allowed: {allowed})")
    return value


def sequence(value, where: Where) -> list:
    if not isinstance(value, list):
        raise where.error(f"expected a list (lines starting with '- '), found {_shown(value)}")
    return value


def text(value, where: Where, *, allow_empty: bool = True) -> str:
    if not isinstance(value, str):
        raise where.error(f"expected text, found {_shown(value)} (put it in quotes to keep it as text)")
    if not allow_empty and not value.strip():
        raise where.error("must not be empty")
    return value


def texts(value, where: Where) -> list[str]:
    return [text(item, where / f"#{number}") for number, item in enumerate(sequence(value, where), start=1)]


def integer(value, where: Where) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise where.error(f"expected a whole number, found {_shown(value)}")
    return value


def _shown(value) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"{type(value).__name__} {value!r}"


# Dates and times -------------------------------------------------------------------------------------------


def date_bases(today: datetime.date) -> dict[str, datetime.date]:
    """The days a relative date may count from."""
    this_month = today.replace(day=1)
    return {
        "today": today,
        "this month": this_month,
        "last month": (this_month - datetime.timedelta(days=1)).replace(day=1),
    }


def parse_time(value, where: Where) -> datetime.time:
    if isinstance(value, int) and not isinstance(value, bool):
        # YAML reads an unquoted 13:30 as the number 810 (base 60).
        raise where.error(f'write the time in quotes, e.g. "13:30" (found the number {value})')
    match = _TIME.match(value) if isinstance(value, str) else None
    if match is None:
        raise where.error(f'expected a time like "09:00", found {_shown(value)}')
    return datetime.time(int(match["hour"]), int(match["minute"]))


def _relative(value, where: Where, bases: dict[str, datetime.date]):
    match = _RELATIVE.match(value.strip()) if isinstance(value, str) else None
    if match is None or match["base"] not in bases:
        shown = ", ".join(f"'{base}'" for base in bases)
        raise where.error(
            f"expected a date: a calendar date like 2025-08-15, or {shown} with an optional "
            f"'+ N days' or '- N days' (found {_shown(value)})"
        )
    days = int(match["days"] or 0) * (-1 if match["sign"] == "-" else 1)
    return bases[match["base"]] + datetime.timedelta(days=days), match["time"]


def parse_date(value, where: Where, bases: dict[str, datetime.date]) -> datetime.date:
    """A fixed calendar date, or one counted from a base day (``today - 12 days``)."""
    if isinstance(value, datetime.datetime):
        raise where.error("expected a date without a time")
    if isinstance(value, datetime.date):
        return value
    day, time = _relative(value, where, bases)
    if time is not None:
        raise where.error(f"expected a date without a time (remove 'at {time}')")
    return day


def parse_datetime(value, where: Where, bases: dict[str, datetime.date]) -> datetime.datetime:
    """A date as ``parse_date`` reads it followed by ``at HH:MM``, in the site's time zone."""
    if isinstance(value, datetime.date):
        raise where.error(f"expected a date and a time, e.g. 'today + 4 days at 16:30' (found {value})")
    day, time = _relative(value, where, bases)
    if time is None:
        raise where.error(f"expected a time after the date, e.g. '{value} at 16:30'")
    return timezone.make_aware(datetime.datetime.combine(day, parse_time(time, where)))
