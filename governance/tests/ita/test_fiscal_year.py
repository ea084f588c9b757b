import datetime

import pytest
from django.utils import translation

from governance.ita.fiscal import FiscalYear, FiscalYearError, parse_fiscal_year

TODAY = datetime.date(2026, 11, 30)  # fiscal year 2570


def test_fiscal_year_2569_runs_from_1_october_2025_to_30_september_2026():
    year = FiscalYear(2569)

    assert (year.start, year.end) == (datetime.date(2025, 10, 1), datetime.date(2026, 9, 30))


@pytest.mark.parametrize("typed", ["2569", " 2569 ", "๒๕๖๙", "2026"])
def test_a_year_typed_in_either_era_or_thai_digits_is_read_back_in_the_buddhist_era(typed):
    assert parse_fiscal_year(typed, today=TODAY) == FiscalYear(2569)


@pytest.mark.parametrize("typed", ["", "25x9", "-2569", "2571", "1990", "99999"])
def test_a_bad_year_is_refused_with_a_thai_message(typed):
    with translation.override("th"), pytest.raises(FiscalYearError) as refused:
        parse_fiscal_year(typed, today=TODAY)

    assert "ปีงบประมาณ" in str(refused.value)
