"""The Thai government's fiscal year, named in the Buddhist era: ปีงบประมาณ 2569 runs from 1 October 2568
(2025) to 30 September 2569 (2026). Staff type a year in either era (or in Thai digits); it is read back in B.E."""

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext as _

from core.thai_dates import BUDDHIST_ERA_OFFSET, format_thai_date
from governance.periodic_reports.periods import bounds, local_today
from procurement.models import fiscal_year_be

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
FIRST_YEAR = 2540  # before any record this system can hold


class FiscalYearError(ValueError):
    """A year the pack cannot be built for; the message is for the person who typed it."""


@dataclass(frozen=True)
class FiscalYear:
    year: int  # Buddhist era

    @property
    def start(self) -> datetime.date:
        return datetime.date(self.year - BUDDHIST_ERA_OFFSET - 1, 10, 1)

    @property
    def end(self) -> datetime.date:
        return datetime.date(self.year - BUDDHIST_ERA_OFFSET, 9, 30)

    @property
    def label(self) -> str:
        return _("fiscal year %(year)s") % {"year": self.year}

    @property
    def span(self) -> str:
        return _("%(start)s to %(end)s") % {"start": format_thai_date(self.start), "end": format_thai_date(self.end)}

    def bounds(self) -> tuple[datetime.datetime, datetime.datetime]:
        """[since, until): midnight of 1 October to midnight after 30 September, Bangkok time."""
        return bounds(self.start, self.end)

    def contains(self, day: datetime.date) -> bool:
        return self.start <= day <= self.end


def current_fiscal_year(today: datetime.date | None = None) -> int:
    return fiscal_year_be(today or local_today())


def parse_fiscal_year(value, today: datetime.date | None = None) -> FiscalYear:
    """The fiscal year ``value`` names (2569, ๒๕๖๙ or 2026 all name ปีงบประมาณ 2569), or ``FiscalYearError``."""
    text = str(value if value is not None else "").strip().translate(THAI_DIGITS)
    if not text.isdigit():
        raise FiscalYearError(_("Enter the fiscal year as a Buddhist-era year of four digits, e.g. 2569."))
    year = int(text)
    if 1900 <= year < 2200:  # a Western year: the fiscal year that ends in it
        year += BUDDHIST_ERA_OFFSET
    latest = current_fiscal_year(today)
    if not FIRST_YEAR <= year <= latest:
        raise FiscalYearError(
            _("Fiscal year %(year)s is out of range: choose one from %(first)s to %(latest)s.")
            % {"year": year, "first": FIRST_YEAR, "latest": latest}
        )
    return FiscalYear(year)
