"""The period a dataset covers: a month, a quarter or a year, named in the Buddhist era as the office names it.

A period's ``slug`` is part of the dataset's stable address (``…/data/2568-03.csv``), so it never changes.
"""

import calendar
import datetime
import re
from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.thai_dates import BUDDHIST_ERA_OFFSET, THAI_MONTHS_SHORT, format_thai_date


class PeriodKind(models.TextChoices):
    MONTH = "month", gettext_lazy("monthly")
    QUARTER = "quarter", gettext_lazy("quarterly")
    YEAR = "year", gettext_lazy("yearly")


_SLUG = re.compile(r"^(?P<year>\d{4})(?:-(?:(?P<month>\d{2})|q(?P<quarter>[1-4])))?$")


@dataclass(frozen=True, order=True)
class Period:
    """``year`` is the Christian-era year; ``number`` the month (1–12) or quarter (1–4), None for a year."""

    kind: str
    year: int
    number: int | None = None

    def __post_init__(self):
        limits = {PeriodKind.MONTH: range(1, 13), PeriodKind.QUARTER: range(1, 5)}
        if self.kind == PeriodKind.YEAR:
            if self.number is not None:
                raise ValueError("a year has no period number")
        elif self.kind not in limits or self.number not in limits[self.kind]:
            raise ValueError(f"no {self.kind} {self.number}")

    @property
    def be_year(self) -> int:
        return self.year + BUDDHIST_ERA_OFFSET

    @property
    def slug(self) -> str:
        if self.kind == PeriodKind.MONTH:
            return f"{self.be_year}-{self.number:02d}"
        if self.kind == PeriodKind.QUARTER:
            return f"{self.be_year}-q{self.number}"
        return str(self.be_year)

    @classmethod
    def from_slug(cls, slug: str) -> "Period | None":
        match = _SLUG.match(slug or "")
        if not match:
            return None
        year = int(match["year"]) - BUDDHIST_ERA_OFFSET
        if match["month"]:
            month = int(match["month"])
            return cls(PeriodKind.MONTH, year, month) if 1 <= month <= 12 else None
        if match["quarter"]:
            return cls(PeriodKind.QUARTER, year, int(match["quarter"]))
        return cls(PeriodKind.YEAR, year)

    @property
    def label(self) -> str:
        """``มีนาคม 2568``, ``ไตรมาสที่ 1 ปี 2568`` or ``ปี 2568``."""
        if self.kind == PeriodKind.MONTH:
            return format_thai_date(self.start, "month")
        if self.kind == PeriodKind.QUARTER:
            return _("Quarter %(number)s of %(year)s") % {"number": self.number, "year": self.be_year}
        return _("Year %(year)s") % {"year": self.be_year}

    @property
    def short_label(self) -> str:
        """``มี.ค. 68``, ``ไตรมาส 1/68`` or ``2568``: for chart axes."""
        short_year = f"{self.be_year % 100:02d}"
        if self.kind == PeriodKind.MONTH:
            return f"{THAI_MONTHS_SHORT[self.number - 1]} {short_year}"
        if self.kind == PeriodKind.QUARTER:
            return _("Q%(number)s/%(year)s") % {"number": self.number, "year": short_year}
        return str(self.be_year)

    @property
    def start(self) -> datetime.date:
        month = {PeriodKind.MONTH: self.number, PeriodKind.QUARTER: 3 * (self.number or 1) - 2}.get(self.kind, 1)
        return datetime.date(self.year, month, 1)

    @property
    def end(self) -> datetime.date:
        month = {PeriodKind.MONTH: self.number, PeriodKind.QUARTER: 3 * (self.number or 1)}.get(self.kind, 12)
        return datetime.date(self.year, month, calendar.monthrange(self.year, month)[1])
