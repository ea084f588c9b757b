"""The 3-day clock on calendar days and on working days (weekends, Thai public holidays, extra days off)."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from governance.access.models import ExtraDayOff
from governance.requests.calendar import CALENDAR_DAYS, WORKING_DAYS, days_taken, due_at

BANGKOK = ZoneInfo("Asia/Bangkok")
pytestmark = pytest.mark.django_db


def at(day, hour=10):
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=BANGKOK)


def test_three_calendar_days_run_through_the_weekend():
    friday = at(datetime.date(2026, 11, 20))
    assert due_at(friday, 3, CALENDAR_DAYS) == at(datetime.date(2026, 11, 23))


def test_three_working_days_skip_the_weekend():
    friday = at(datetime.date(2026, 11, 20))
    assert due_at(friday, 3, WORKING_DAYS) == at(datetime.date(2026, 11, 25))  # Mon, Tue, Wed


def test_working_days_skip_a_thai_public_holiday():
    # Friday 4 Dec 2026: Mon 7 Dec is the substitute for Father's Day (Sat 5), Thu 10 Dec is Constitution Day,
    # so the three working days are Tue 8, Wed 9 and Fri 11.
    friday = at(datetime.date(2026, 12, 4))
    assert due_at(friday, 3, WORKING_DAYS) == at(datetime.date(2026, 12, 11))


def test_working_days_skip_an_extra_day_off_entered_by_an_administrator():
    ExtraDayOff.objects.create(date=datetime.date(2026, 11, 24), name="วันหยุดพิเศษตามมติคณะรัฐมนตรี")
    monday = at(datetime.date(2026, 11, 23))
    assert due_at(monday, 3, WORKING_DAYS) == at(datetime.date(2026, 11, 27))


def test_days_taken_on_calendar_days_is_fractional():
    assert days_taken(at(datetime.date(2026, 11, 20), 10), at(datetime.date(2026, 11, 22), 22), CALENDAR_DAYS) == 2.5


def test_days_taken_on_working_days_ignores_the_weekend():
    friday, monday = at(datetime.date(2026, 11, 20)), at(datetime.date(2026, 11, 23))
    assert days_taken(friday, monday, WORKING_DAYS) == 1.0


def test_the_default_is_the_seeds_literal_calendar_days(settings):
    assert settings.SSO_SLA_DAY_KIND == CALENDAR_DAYS and settings.SSO_SLA_DAYS == 3
    friday = at(datetime.date(2026, 11, 20))
    assert due_at(friday) == at(datetime.date(2026, 11, 23))
