"""The monthly summary (แบบ สขร.1): built from a unit's live notices, shown as a notice, downloaded as XLSX and
PDF, and started as a draft notice from the admin builder."""

import datetime
import re
from decimal import Decimal
from io import BytesIO

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from pypdf import PdfReader

from core.thai_dates import format_thai_date
from governance.access.models import Unit
from governance.access.roles import group_name
from governance.tests.factories import UserFactory, unit_user
from procurement.models import MonthlySummaryNoticePage, NoticeKind
from procurement.models.monthly_summary import build_monthly_summary
from procurement.summary import HEADINGS, NOTHING_BOUGHT, MonthlySummary
from procurement.summary_exports import MONEY_FORMAT, SHEET_TITLE, summary_pdf, summary_pdf_html, summary_xlsx
from procurement.tests import factories as f

pytestmark = pytest.mark.django_db

NOVEMBER = datetime.date(2026, 11, 1)
BUILDER = "procurement_monthly_summary"


def _central(kind):
    return f.central_list(kind)


def _office(province):
    return lambda kind: f.office_page(province)


def _bought(unit, parent, *, budget, reference, agreed, bids, signed, publish_contract=True):
    """One procurement with its reference price, result and contract notices (all live unless told)."""
    project = f.ProjectFactory(unit=unit, budget=budget)
    f.publish(
        f.ReferencePriceNoticeFactory(
            parent=parent(NoticeKind.REFERENCE_PRICE), project=project, reference_price=reference
        )
    )
    f.publish(
        f.WinnerNoticeFactory(
            parent=parent(NoticeKind.WINNER),
            project=project,
            agreed_price=agreed,
            bids=[("bid", {"name": name, "tax_id": "", "price": price}) for name, price in bids],
        )
    )
    contract = f.ContractNoticeFactory(
        parent=parent(NoticeKind.CONTRACT),
        project=project,
        contract_date=signed,
        contract_value=agreed,
        live=False,  # pages are made live by default; a draft stays as saved
    )
    return f.publish(contract) if publish_contract else contract


def _two_purchases_in_november():
    unit = Unit.objects.get(code="กค.")
    figures = [
        {
            "budget": Decimal("500000.00"),
            "reference": Decimal("480000.00"),
            "agreed": Decimal("455000.00"),
            "bids": [("บริษัท ก จำกัด", Decimal("455000.00")), ("บริษัท ข จำกัด", Decimal("470500.50"))],
            "signed": datetime.date(2026, 11, 3),
        },
        {
            "budget": Decimal("120000.00"),
            "reference": Decimal("118250.75"),
            "agreed": Decimal("99999.99"),
            "bids": [("ห้างหุ้นส่วนจำกัด ค", Decimal("99999.99"))],
            "signed": datetime.date(2026, 11, 28),
        },
    ]
    contracts = [_bought(unit, _central, **figure) for figure in figures]
    return unit, figures, contracts


def _publish_summary(unit, parent, month=NOVEMBER):
    return f.publish(f.MonthlySummaryNoticeFactory(parent=parent, unit=unit, summary_month=month))


def _pdf_text(pdf: bytes) -> str:
    """The PDF's text as pypdf extracts it. Sarabun draws ำ as a nikhahit glyph with no Unicode mapping plus า,
    so ำ may read as า; ``_squeezed`` evens that out."""
    return "".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("ำ", "า")


# Building the summary


def test_the_summary_has_a_line_per_contract_of_the_month_and_totals_equal_its_notices():
    unit, figures, contracts = _two_purchases_in_november()

    summary = build_monthly_summary(unit, 2026, 11)

    assert [line.contract_number for line in summary.lines] == [c.contract_number for c in contracts]
    assert summary.total_budget == sum(fig["budget"] for fig in figures)
    assert summary.total_reference_price == sum(fig["reference"] for fig in figures)
    assert summary.total_agreed_price == sum(fig["agreed"] for fig in figures)
    assert [line.bids for line in summary.lines] == [
        [{"name": name, "price": price} for name, price in fig["bids"]] for fig in figures
    ]


def test_contracts_of_another_month_or_another_unit_are_not_in_the_summary():
    unit = Unit.objects.get(code="กค.")
    figure = {"budget": Decimal("1000"), "reference": Decimal("900"), "agreed": Decimal("800"), "bids": []}
    _bought(unit, _central, signed=datetime.date(2026, 10, 31), **figure)
    _bought(unit, _central, signed=datetime.date(2026, 12, 1), **figure)
    _bought(f.office_unit("เชียงใหม่"), _office("เชียงใหม่"), signed=datetime.date(2026, 11, 10), **figure)

    assert build_monthly_summary(unit, 2026, 11).lines == []


def test_a_draft_contract_is_not_in_the_summary():
    unit = Unit.objects.get(code="กค.")
    _bought(
        unit,
        _central,
        budget=Decimal("1000"),
        reference=Decimal("900"),
        agreed=Decimal("800"),
        bids=[],
        signed=datetime.date(2026, 11, 10),
        publish_contract=False,
    )

    assert build_monthly_summary(unit, 2026, 11).lines == []


def test_the_snapshot_reads_back_as_the_same_summary():
    unit, _, _ = _two_purchases_in_november()
    summary = build_monthly_summary(unit, 2026, 11)

    assert MonthlySummary.from_json(summary.as_json()) == summary


# Files


def test_the_xlsx_holds_the_thai_headings_and_the_same_figures_as_numbers():
    unit, figures, _ = _two_purchases_in_november()
    summary = build_monthly_summary(unit, 2026, 11)

    sheet = load_workbook(BytesIO(summary_xlsx(summary, "สรุปผลทดสอบ")))[SHEET_TITLE]

    texts = [cell.value for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]
    assert set(HEADINGS) <= set(texts)
    assert any(text.endswith(" ลงวันที่ 3 พฤศจิกายน 2569") for text in texts)
    rows = list(sheet.iter_rows(values_only=True))
    total = next(row for row in rows if row[0] == "รวม")
    assert total[2] == pytest.approx(float(sum(fig["budget"] for fig in figures)))
    assert total[3] == pytest.approx(float(sum(fig["reference"] for fig in figures)))
    assert total[8] == pytest.approx(float(sum(fig["agreed"] for fig in figures)))
    bid_prices = [row[6] for row in rows if isinstance(row[6], int | float)]
    assert bid_prices == pytest.approx([float(price) for fig in figures for _, price in fig["bids"]])
    assert sheet.cell(6, 3).number_format == MONEY_FORMAT


def test_the_xlsx_of_a_month_with_nothing_bought_says_so():
    summary = build_monthly_summary(Unit.objects.get(code="กค."), 2026, 11)

    sheet = load_workbook(BytesIO(summary_xlsx(summary, "สรุปผลทดสอบ")))[SHEET_TITLE]

    assert sheet.cell(6, 1).value == NOTHING_BOUGHT


def test_the_pdf_is_printed_with_the_thai_headings_and_figures():
    unit, figures, _ = _two_purchases_in_november()
    summary = build_monthly_summary(unit, 2026, 11)
    title = "สรุปผลการจัดซื้อจัดจ้างประจำเดือนพฤศจิกายน 2569 กค."

    pdf = summary_pdf(summary, title)

    assert pdf.startswith(b"%PDF")
    html = summary_pdf_html(summary, title)
    assert all(heading in html for heading in HEADINGS) and title in html
    text = _squeezed(_pdf_text(pdf))
    assert all(_squeezed(heading) in text for heading in HEADINGS)
    assert _squeezed(title) in text and f"{sum(fig['agreed'] for fig in figures):,.2f}" in text


# The published notice


def test_the_published_summary_shows_its_lines_and_totals(client):
    unit, figures, contracts = _two_purchases_in_november()
    page = _publish_summary(unit, _central(NoticeKind.MONTHLY_SUMMARY))

    content = client.get(page.url).content.decode()

    assert "พฤศจิกายน 2569" in content
    assert all(contract.contract_number in content for contract in contracts)
    assert f"{sum(fig['agreed'] for fig in figures):,.2f}" in content
    assert f"{sum(fig['reference'] for fig in figures):,.2f}" in content
    assert all(heading in content for heading in HEADINGS)


def test_the_published_summary_shows_the_nothing_bought_line_for_an_empty_month(client):
    page = _publish_summary(f.office_unit("เชียงใหม่"), f.office_page("เชียงใหม่"))

    content = client.get(page.url).content.decode()

    assert NOTHING_BOUGHT in content and "<tfoot>" not in content


def test_the_published_summary_keeps_its_snapshot_when_later_contracts_appear(client):
    unit = Unit.objects.get(code="กค.")
    page = _publish_summary(unit, _central(NoticeKind.MONTHLY_SUMMARY))
    late = _bought(
        unit,
        _central,
        budget=Decimal("1000"),
        reference=Decimal("900"),
        agreed=Decimal("800"),
        bids=[],
        signed=datetime.date(2026, 11, 20),
    )

    content = client.get(page.url).content.decode()

    assert NOTHING_BOUGHT in content and late.contract_number not in content


def test_the_published_summary_downloads_as_xlsx_and_pdf(client):
    unit, figures, _ = _two_purchases_in_november()
    page = _publish_summary(unit, _central(NoticeKind.MONTHLY_SUMMARY))

    xlsx = client.get(page.url + "xlsx/")
    pdf = client.get(page.url + "pdf/")

    assert xlsx.status_code == 200 and pdf.status_code == 200
    assert f'filename="sor-kor-ror-1-unit-{unit.pk}-2026-11.xlsx"' in xlsx["Content-Disposition"]
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    rows = list(load_workbook(BytesIO(xlsx.content))[SHEET_TITLE].iter_rows(values_only=True))
    total = next(row for row in rows if row[0] == "รวม")
    assert total[8] == pytest.approx(float(sum(fig["agreed"] for fig in figures)))


def test_a_provincial_offices_summary_file_is_named_for_its_province(client):
    page = _publish_summary(f.office_unit("เชียงใหม่"), f.office_page("เชียงใหม่"))

    response = client.get(page.url + "pdf/")

    assert 'filename="sor-kor-ror-1-chiang-mai-2026-11.pdf"' in response["Content-Disposition"]


# The admin builder


def _this_month():
    return timezone.localdate().replace(day=1)


def _build(client, user, unit, month=None):
    client.force_login(user)
    month = month or _this_month()
    return client.post(reverse(BUILDER), {"unit": unit.code, "month": f"{month:%Y-%m}"})


def test_the_builder_previews_the_table_with_buddhist_era_months(client):
    unit = Unit.objects.get(code="กค.")
    _bought(
        unit,
        _central,
        budget=Decimal("2500"),
        reference=Decimal("2400"),
        agreed=Decimal("2300.5"),
        bids=[],
        signed=_this_month(),
    )
    client.force_login(unit_user("กค.", "editor"))

    response = client.get(reverse(BUILDER), {"unit": unit.code, "month": f"{_this_month():%Y-%m}"})

    content = response.content.decode()
    assert response.status_code == 200
    label = format_thai_date(_this_month(), "month")
    assert re.search(rf'<option value="{_this_month():%Y-%m}"[^>]*>{label}</option>', content)
    assert "2,300.50" in content
    assert "สร้างประกาศสรุปผลประจำเดือน" in content


def test_the_builder_downloads_the_previewed_summary(client):
    client.force_login(unit_user("กค.", "editor"))
    query = {"unit": "กค.", "month": f"{_this_month():%Y-%m}"}

    response = client.get(reverse(BUILDER), {**query, "format": "xlsx"})

    assert response.status_code == 200
    assert load_workbook(BytesIO(response.content))[SHEET_TITLE].cell(6, 1).value == NOTHING_BOUGHT


def test_the_builder_creates_one_draft_notice_in_the_central_list_for_a_central_unit(client):
    unit = Unit.objects.get(code="กค.")

    response = _build(client, unit_user("กค.", "editor"), unit)

    notice = MonthlySummaryNoticePage.objects.get(unit=unit)
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_pages:edit", args=[notice.pk])
    assert client.get(response["Location"]).status_code == 200
    assert not notice.live and notice.get_latest_revision() is not None
    assert notice.get_parent().pk == _central(NoticeKind.MONTHLY_SUMMARY).pk
    assert notice.summary_month == _this_month() and unit.code in notice.title


def test_the_builder_creates_one_draft_notice_under_the_office_for_a_provincial_office(client):
    unit = f.office_unit("เชียงใหม่")
    editor = UserFactory(groups=[group_name(unit.code, "editor")])

    _build(client, editor, unit)

    notice = MonthlySummaryNoticePage.objects.get(unit=unit)
    assert not notice.live and notice.get_parent().pk == f.office_page("เชียงใหม่").pk


def test_the_builder_links_to_the_months_notice_instead_of_making_a_second(client):
    unit = Unit.objects.get(code="กค.")
    editor = unit_user("กค.", "editor")
    _build(client, editor, unit)

    response = _build(client, editor, unit)

    assert MonthlySummaryNoticePage.objects.filter(unit=unit).count() == 1
    page = client.get(response["Location"]).content.decode()
    existing = MonthlySummaryNoticePage.objects.get(unit=unit)
    assert reverse("wagtailadmin_pages:edit", args=[existing.pk]) in page


def test_an_office_editor_of_chiang_mai_cannot_build_for_khon_kaen(client):
    editor = UserFactory(groups=[group_name(f.office_unit("เชียงใหม่").code, "editor")])
    khon_kaen = f.office_unit("ขอนแก่น")
    client.force_login(editor)

    offered = client.get(reverse(BUILDER)).content.decode()
    response = _build(client, editor, khon_kaen)

    assert khon_kaen.code not in offered
    assert response.status_code == 200 and not MonthlySummaryNoticePage.objects.filter(unit=khon_kaen).exists()


@pytest.mark.parametrize("method, query", [("get", {}), ("get", {"unit": "กค.", "format": "pdf"}), ("post", {})])
def test_a_user_with_no_procurement_unit_is_refused(client, method, query):
    client.force_login(unit_user("กม.", "editor"))

    response = getattr(client, method)(reverse(BUILDER), query)

    assert response.status_code == 403


def test_the_builder_is_in_the_admin_menu_of_procurement_staff_only(client):
    url = reverse(BUILDER)

    client.force_login(unit_user("กค.", "editor"))
    shown = url in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(unit_user("กม.", "editor"))
    hidden = url not in client.get(reverse("wagtailadmin_home")).content.decode()

    assert shown and hidden
