import datetime
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template

from core.thai_dates import format_thai_date, format_thai_datetime


@pytest.mark.parametrize(
    ("style", "expected"),
    [("long", "25 พฤศจิกายน 2569"), ("short", "25 พ.ย. 2569"), ("month", "พฤศจิกายน 2569"), ("year", "2569")],
)
def test_dates_are_shown_in_the_buddhist_era(style, expected):
    assert format_thai_date(datetime.date(2026, 11, 25), style) == expected


def test_an_aware_datetime_is_shown_in_bangkok_time():
    late_evening_utc = datetime.datetime(2026, 11, 24, 20, 0, tzinfo=datetime.UTC)  # 03.00 on the 25th in Bangkok
    assert format_thai_date(late_evening_utc) == "25 พฤศจิกายน 2569"
    assert format_thai_datetime(late_evening_utc) == "25 พฤศจิกายน 2569 เวลา 03.00 น."


def test_a_naive_datetime_is_taken_as_it_is():
    assert format_thai_datetime(datetime.datetime(2026, 1, 1, 8, 5)) == "1 มกราคม 2569 เวลา 08.05 น."


def test_an_empty_value_shows_nothing():
    assert format_thai_date(None) == ""
    assert format_thai_datetime("") == ""


def test_the_template_filter_formats_a_date():
    rendered = Template("{% load sso_tags %}{{ d|thai_date }}|{{ d|thai_date:'short' }}").render(
        Context({"d": datetime.datetime(2027, 2, 1, 1, 0, tzinfo=ZoneInfo("Asia/Bangkok"))})
    )
    assert rendered == "1 กุมภาพันธ์ 2570|1 ก.พ. 2570"
