"""Every CSV and XLSX the site produces writes text that a spreadsheet would run (``=HYPERLINK(…)``, ``+1``,
``@SUM(A1)``, ``-2+3``, a tab before ``=``) as text, and keeps numbers (a negative one too) as numbers.

Each export is built through its real view (or, for the procurement summary, the function its views call) with
the hostile text in a text cell; the file is then read back: no XLSX cell is a formula, no CSV cell starts with a
formula character unless it is a plain number, and each hostile text is there with its leading apostrophe.
"""

import csv
import datetime
import io
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from categories.tests.factories import ContentPageFactory
from core.tests.spreadsheets import FORMULA_SAMPLES
from governance.access.roles import TRAFFIC_AUDITORS
from governance.periodic_reports.drafts import draft_report
from governance.periodic_reports.models import PeriodicReport
from governance.requests.models import SlaClock
from governance.tests.factories import office_user, traffic_entry, unit_user
from governance.traffic.chain import append
from procurement.summary import MonthlySummary, SummaryLine
from procurement.summary_exports import summary_xlsx
from sso_statistics.periods import Period, PeriodKind
from sso_statistics.tests.factories import make_dataset, part_page, publish_datasets

pytestmark = pytest.mark.django_db

SAMPLES = list(FORMULA_SAMPLES)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def _body(response) -> bytes:
    assert response.status_code == 200, response.status_code
    return b"".join(response.streaming_content) if response.streaming else response.content


def _statistics_page():
    page = part_page("wcf", 1)
    rows = [[text, -5] for text in SAMPLES]
    return publish_datasets(page, [make_dataset(page.schema, Period(PeriodKind.YEAR, 2024), rows)])


def statistics_csv(client):
    return "csv", _body(client.get(f"{_statistics_page().url}data/2567.csv"))


def statistics_xlsx(client):
    return "xlsx", _body(client.get(f"{_statistics_page().url}data/2567.xlsx"))


def open_data_csv(client):
    page = part_page("wcf", 1)
    datasets = [
        make_dataset(page.schema, Period(PeriodKind.YEAR, 2015 + i), [["x", 1]], title=text)
        for i, text in enumerate(SAMPLES)
    ]
    publish_datasets(page, datasets)
    return "csv", _body(client.get(reverse("open_data_datasets_csv")))


def _sla_clocks(client):
    approved = timezone.now() - datetime.timedelta(days=1)
    for text in SAMPLES:
        SlaClock.objects.create(unit=text, approved_at=approved, due_at=approved + datetime.timedelta(days=3))
    client.force_login(unit_user("ศสน.", "director"))


def sla_report_csv(client):
    _sla_clocks(client)
    return "csv", _body(client.get(reverse("sla_report:index"), {"export": "csv"}))


def sla_report_xlsx(client):
    _sla_clocks(client)
    return "xlsx", _body(client.get(reverse("sla_report:index"), {"export": "xlsx"}))


def periodic_report_xlsx(client):
    report, _ = draft_report(3, datetime.date(2025, 4, 1))
    texts = {"problems": SAMPLES[0], "obstacles": SAMPLES[1], "suggestions": SAMPLES[2]}
    PeriodicReport.objects.filter(pk=report.pk).update(**texts)
    client.force_login(unit_user("ศสน.", "director"))
    return "xlsx", _body(client.get(reverse("periodic_reports:download", args=[report.pk, "xlsx"])))


def procurement_summary_xlsx(client):
    line = {
        "budget": Decimal("100.00"),
        "reference_price": Decimal("-1.00"),
        "agreed_price": Decimal("90.00"),
        "contract_date": datetime.date(2026, 11, 3),
        "bids": [{"name": SAMPLES[3], "price": Decimal("90.00")}],
    }
    lines = [
        SummaryLine(work=text, method=SAMPLES[1], selected=SAMPLES[2], reason=SAMPLES[4], contract_number=text, **line)
        for text in SAMPLES
    ]
    return "xlsx", summary_xlsx(MonthlySummary(unit_code=SAMPLES[0], year=2026, month=11, lines=lines), SAMPLES[0])


def _traffic(client):
    append([traffic_entry(timezone.now() - datetime.timedelta(minutes=1), user_agent=text) for text in SAMPLES])
    client.force_login(office_user(TRAFFIC_AUDITORS))


def traffic_log_csv(client):
    _traffic(client)
    return "csv", _body(client.get(reverse("traffic_log:index"), {"export": "csv"}))


def traffic_log_xlsx(client):
    _traffic(client)
    return "xlsx", _body(client.get(reverse("traffic_log:index"), {"export": "xlsx"}))


def _locked_pages(client, home_page):
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_superuser("root", "root@example.invalid", "pw")
    for number, text in enumerate(SAMPLES):
        page = ContentPageFactory(parent=home_page, title=text, slug=f"locked-{number}")
        page.locked, page.locked_by, page.locked_at = True, admin, timezone.now()
        page.save()
    client.force_login(admin)


def wagtail_locked_pages_csv(client, home_page):
    _locked_pages(client, home_page)
    return "csv", _body(client.get(reverse("wagtailadmin_reports:locked_pages"), {"export": "csv"}))


def wagtail_locked_pages_xlsx(client, home_page):
    _locked_pages(client, home_page)
    return "xlsx", _body(client.get(reverse("wagtailadmin_reports:locked_pages"), {"export": "xlsx"}))


EXPORTS = [
    statistics_csv,
    statistics_xlsx,
    open_data_csv,
    sla_report_csv,
    sla_report_xlsx,
    periodic_report_xlsx,
    procurement_summary_xlsx,
    traffic_log_csv,
    traffic_log_xlsx,
    wagtail_locked_pages_csv,
    wagtail_locked_pages_xlsx,
]


def _cells(kind: str, content: bytes) -> list:
    if kind == "csv":
        text = content.decode("utf-8").removeprefix("\ufeff")
        return [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    workbook = load_workbook(io.BytesIO(content))
    cells = [cell for sheet in workbook for row in sheet.iter_rows() for cell in row]
    assert [cell.coordinate for cell in cells if cell.data_type == "f"] == []
    return [cell.value for cell in cells]


@pytest.mark.parametrize("export", EXPORTS, ids=lambda export: export.__name__)
def test_no_export_writes_a_formula(client, home_page, export):
    arguments = (client, home_page) if export.__name__.startswith("wagtail_") else (client,)
    kind, content = export(*arguments)

    cells = _cells(kind, content)

    texts = [cell for cell in cells if isinstance(cell, str)]
    runnable = [text for text in texts if text.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.fullmatch(text)]
    assert runnable == []
    assert any(FORMULA_SAMPLES[text] in texts for text in SAMPLES), "the hostile text should be there, neutralised"


def test_a_negative_number_stays_a_number_in_the_statistics_csv_and_xlsx(client):
    page = _statistics_page()
    csv_text = client.get(f"{page.url}data/2567.csv").content.decode("utf-8")
    assert ",-5\r\n" in csv_text
    workbook = load_workbook(io.BytesIO(client.get(f"{page.url}data/2567.xlsx").content))
    assert -5 in [cell.value for row in workbook.active.iter_rows() for cell in row]
