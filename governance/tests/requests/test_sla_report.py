"""The 3-day report as a Wagtail report: the period filter (last 90 days by default), pages, and the CSV and XLSX
downloads from the same view with the command's columns, hostile text written as text and numbers as numbers."""

import csv
import datetime
import io
import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from core.tests.spreadsheets import FORMULA_SAMPLES, csv_rows, xlsx_formula_cells, xlsx_rows
from core.thai_dates import format_thai_date, format_thai_datetime
from governance.access.roles import EXECUTIVES
from governance.requests.models import SlaClock
from governance.requests.sla_report import HEADER
from governance.tests.factories import office_user, unit_user

pytestmark = pytest.mark.django_db

INDEX = "sla_report:index"


def _clock(unit, days_ago=1, live_after=datetime.timedelta(days=1)):
    approved = timezone.now() - datetime.timedelta(days=days_ago)
    return SlaClock.objects.create(
        unit=unit, approved_at=approved, due_at=approved + datetime.timedelta(days=3), live_at=approved + live_after
    )


@pytest.fixture
def hostile_clocks():
    return [_clock(text) for text in FORMULA_SAMPLES]


@pytest.fixture
def reader(client):
    client.force_login(unit_user("ศสน.", "director"))
    return client


def test_the_csv_has_the_commands_columns_and_rows(reader):
    _clock("กม.")
    rows = csv_rows(reader.get(reverse(INDEX), {"export": "csv"}))
    assert len(rows[0]) == len(HEADER) and rows[0][0] == "แหล่งที่มา"
    assert rows[1][:2] == ["regular", "กม."] and rows[1][-2:] == ["1.0", "yes"]


def test_the_csv_and_the_command_write_the_same_cells(reader):
    _clock("กม.", live_after=datetime.timedelta(days=5))
    start, end = (timezone.localdate() - datetime.timedelta(days=2)).isoformat(), timezone.localdate().isoformat()
    out = io.StringIO()
    call_command("sla_report", "--from", start, "--to", end, stdout=out)
    command_rows = list(csv.reader(io.StringIO(out.getvalue())))
    response = reader.get(reverse(INDEX), {"export": "csv", "period_from": start, "period_to": end})
    assert len(command_rows) == 2 and csv_rows(response)[1:] == command_rows[1:]


def test_the_csv_writes_text_that_could_start_a_formula_as_text(reader, hostile_clocks):
    units = [row[1] for row in csv_rows(reader.get(reverse(INDEX), {"export": "csv"}))[1:]]
    assert sorted(units) == sorted(FORMULA_SAMPLES.values())


def test_the_xlsx_writes_hostile_text_as_text_and_days_as_numbers(reader, hostile_clocks):
    response = reader.get(reverse(INDEX), {"export": "xlsx"})
    rows = xlsx_rows(response)
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert sorted(row[1] for row in rows[1:]) == sorted(FORMULA_SAMPLES.values())
    assert {row[7] for row in rows[1:]} == {1}
    assert xlsx_formula_cells(response) == []


def test_the_report_shows_the_last_90_days_by_default(reader):
    _clock("กม.", days_ago=10)
    _clock("กค.", days_ago=100)
    response = reader.get(reverse(INDEX))
    assert [row["unit"] for row in response.context["object_list"]] == ["กม."]


def test_the_period_filter_chooses_the_days(reader):
    _clock("กม.", days_ago=10)
    old = _clock("กค.", days_ago=100)
    day = timezone.localtime(old.approved_at).date().isoformat()
    response = reader.get(reverse(INDEX), {"period_from": day, "period_to": day})
    assert [row["unit"] for row in response.context["object_list"]] == ["กค."]


def test_a_period_that_does_not_parse_shows_the_default_period_not_every_clock(reader):
    _clock("กม.", days_ago=10)
    _clock("กค.", days_ago=100)
    response = reader.get(reverse(INDEX), {"period_from": "25/11/2569", "period_to": "x"})
    assert response.status_code == 200
    assert [row["unit"] for row in response.context["object_list"]] == ["กม."]


def test_the_report_pages_its_rows(reader):
    for _ in range(55):
        _clock("กม.")
    response = reader.get(reverse(INDEX), {"p": "2"})
    assert len(response.context["object_list"]) == 5


@pytest.mark.parametrize("user", [lambda: office_user(EXECUTIVES), lambda: unit_user("สบท.", "director")])
def test_matrix_readers_and_the_centres_directors_read_the_report_and_see_its_menu_item(client, user):
    client.force_login(user())
    assert client.get(reverse(INDEX)).status_code == 200
    assert reverse(INDEX) in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.parametrize("user", [lambda: unit_user("กม.", "director"), lambda: unit_user("ศสน.", "editor")])
def test_others_are_sent_back_and_download_nothing(client, user):
    client.force_login(user())
    for params in ({}, {"export": "csv"}, {"export": "xlsx"}):
        response = client.get(reverse(INDEX), params)
        assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert reverse(INDEX) not in client.get(reverse("wagtailadmin_home")).content.decode()


def _overdue_and_not_live(days_ago):
    approved = timezone.now() - datetime.timedelta(days=days_ago)
    return SlaClock.objects.create(unit="กม.", approved_at=approved, due_at=approved + datetime.timedelta(days=3))


def test_an_item_past_due_and_not_live_is_late_not_running(reader):
    _overdue_and_not_live(days_ago=5)
    rows = csv_rows(reader.get(reverse(INDEX), {"export": "csv"}))
    assert rows[1][-1] == "no"


def test_an_item_not_yet_due_and_not_live_is_running(reader):
    _overdue_and_not_live(days_ago=1)
    rows = csv_rows(reader.get(reverse(INDEX), {"export": "csv"}))
    assert rows[1][-1] == "running"


def test_the_period_filter_reads_buddhist_era_dates_as_the_picker_writes_them(reader):
    _clock("กม.", days_ago=10)
    old = _clock("กค.", days_ago=100)
    day = format_thai_date(old.approved_at)  # "22 สิงหาคม 2569"
    response = reader.get(reverse(INDEX), {"period_from": day, "period_to": day})
    assert [row["unit"] for row in response.context["object_list"]] == ["กค."]


def test_the_period_boxes_show_the_buddhist_era_not_a_western_date(reader):
    html = reader.get(reverse(INDEX)).content.decode()
    today = timezone.localdate()
    assert f'name="period_to" value="{format_thai_date(today)}"' in html
    assert 'type="date"' not in html


def test_the_rows_on_screen_name_the_source_and_timeliness_in_thai_and_moments_in_the_buddhist_era(reader):
    clock = _clock("กม.")
    html = reader.get(reverse(INDEX)).content.decode()
    assert "ภารกิจประจำ (ข้อ ๒.๑(๑))" in html and "ทัน" in html
    assert not re.search(r">\s*(regular|yes)\s*<", html)
    assert format_thai_datetime(clock.approved_at) in html
    assert timezone.localtime(clock.approved_at).isoformat(timespec="minutes") not in html
