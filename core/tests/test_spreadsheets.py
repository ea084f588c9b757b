"""The helper every admin export passes its cells through: text that could start a formula is written as text,
numbers, dates and empty cells stay what they are."""

import datetime
from decimal import Decimal

import pytest

from core.spreadsheets import neutralise_formula, xlsx_cell, xlsx_response
from core.tests.spreadsheets import FORMULA_SAMPLES, xlsx_formula_cells, xlsx_rows


@pytest.mark.parametrize(("text", "written"), FORMULA_SAMPLES.items())
def test_text_that_could_start_a_formula_gets_a_leading_quote(text, written):
    assert neutralise_formula(text) == written


def test_a_carriage_return_before_a_formula_gets_a_leading_quote():
    assert neutralise_formula("\r=1+1") == "'\r=1+1"


@pytest.mark.parametrize("value", ["ประกาศ = 1", "ภาษี", "", None, 3, -2, Decimal("-1.50"), 2.5])
def test_plain_text_numbers_and_empty_cells_stay_as_they_are(value):
    assert neutralise_formula(value) == value


def test_a_dates_value_is_not_text_and_stays_a_date():
    moment = datetime.datetime(2026, 11, 30, 10, 4)
    assert neutralise_formula(moment) is moment


def test_control_characters_openpyxl_refuses_become_replacement_marks_then_are_neutralised():
    assert xlsx_cell("\x01=HYPERLINK(1)") == "\ufffd=HYPERLINK(1)"
    assert xlsx_cell("=1\x02") == "'=1\ufffd"


def test_an_xlsx_of_hostile_rows_has_no_formula_and_keeps_numbers_as_numbers():
    response = xlsx_response([["title", "count"], *([text, -2] for text in FORMULA_SAMPLES)], "x.xlsx")
    rows = xlsx_rows(response)
    assert [row[0] for row in rows[1:]] == list(FORMULA_SAMPLES.values())
    assert {row[1] for row in rows[1:]} == {-2}
    assert xlsx_formula_cells(xlsx_response([["=1+1"]], "y.xlsx")) == []
