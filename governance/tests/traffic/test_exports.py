"""The traffic log's downloads come from the report's own view: the CSV keeps its prescribed layout (tested in
test_access), the XLSX holds the same rows, hostile text as text and numbers as numbers, and each is audited."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from core.tests.spreadsheets import FORMULA_SAMPLES, csv_rows, xlsx_formula_cells, xlsx_rows
from governance.access.roles import TRAFFIC_AUDITORS
from governance.tests.factories import office_user, traffic_entry
from governance.traffic.chain import append
from governance.traffic.models import LegalHold

pytestmark = pytest.mark.django_db

INDEX = "traffic_log:index"
AT = datetime.datetime(2025, 1, 2, 9, 0, tzinfo=ZoneInfo("Asia/Bangkok"))


@pytest.fixture
def auditor_client(client):
    client.force_login(office_user(TRAFFIC_AUDITORS))
    return client


@pytest.fixture
def hostile_records():
    append(
        [traffic_entry(AT + datetime.timedelta(seconds=n), user_agent=text) for n, text in enumerate(FORMULA_SAMPLES)]
    )


def _records(rows):
    header = next(index for index, row in enumerate(rows) if row and row[0] == "seq")
    return rows[header + 1 :]


def test_the_xlsx_holds_the_csvs_rows(auditor_client, hostile_records):
    csv_records = _records(csv_rows(auditor_client.get(reverse(INDEX), {"export": "csv"})))
    xlsx_records = _records(xlsx_rows(auditor_client.get(reverse(INDEX), {"export": "xlsx"})))
    assert [["" if cell is None else str(cell) for cell in row] for row in xlsx_records] == csv_records


def test_the_xlsx_has_the_chain_check_and_numbers_as_numbers(auditor_client, hostile_records):
    rows = xlsx_rows(auditor_client.get(reverse(INDEX), {"export": "xlsx"}))
    assert next(row for row in rows if row[0] and row[0].startswith("ผลการตรวจสอบ"))[1] == "OK"
    assert [row[0] for row in _records(rows)] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_each_download_writes_hostile_text_as_text(auditor_client, hostile_records, export):
    response = auditor_client.get(reverse(INDEX), {"export": export})
    rows = csv_rows(response) if export == "csv" else xlsx_rows(response)
    assert [row[10] for row in _records(rows)] == list(FORMULA_SAMPLES.values())
    if export == "xlsx":
        assert xlsx_formula_cells(response) == []


def test_an_xlsx_download_is_audited_with_its_format(auditor_client):
    auditor_client.get(reverse(INDEX), {"export": "xlsx", "ip": "203.0.113.7"})
    entry = ModelLogEntry.objects.get(action="sso.traffic_log.export")
    assert (entry.data["format"], entry.data["ip"]) == ("xlsx", "203.0.113.7")


def test_the_screen_offers_both_downloads_only_for_valid_filters(auditor_client):
    html = auditor_client.get(reverse(INDEX)).content.decode()
    assert "export=csv" in html and "export=xlsx" in html
    bad = auditor_client.get(reverse(INDEX), {"start": "2025-01-03T00:00", "end": "2025-01-02T00:00"})
    assert "export=csv" not in bad.content.decode()


def test_the_holds_list_shows_each_order_with_a_lift_button_while_in_force(auditor_client):
    LegalHold.objects.create(starts_on=AT.date(), ends_on=AT.date(), reference="คำสั่ง 1/2568")
    response = auditor_client.get(reverse("traffic_log:holds"))
    assert "คำสั่ง 1/2568" in response.content.decode()
    assert reverse("traffic_log:lift_hold", args=[LegalHold.objects.get().pk]) in response.content.decode()


def test_the_holds_list_filters_lifted_orders(auditor_client):
    LegalHold.objects.create(starts_on=AT.date(), ends_on=AT.date(), reference="คำสั่ง 1/2568")
    LegalHold.objects.create(starts_on=AT.date(), ends_on=AT.date(), reference="คำสั่ง 2/2568", lifted_at=AT)
    response = auditor_client.get(reverse("traffic_log:holds"), {"state": "lifted"})
    assert [hold.reference for hold in response.context["object_list"]] == ["คำสั่ง 2/2568"]
