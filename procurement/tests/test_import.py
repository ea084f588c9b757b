"""The import of procurement notices from the old website: CSV/XLSX, row by row, all or nothing, as drafts."""

import csv
import datetime
import io
import zipfile
from decimal import Decimal

import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from core.parsing import parse_date, parse_datetime, parse_decimal, parse_month
from governance.access.models import PageOwner
from governance.tests.factories import unit_user
from procurement import importer
from procurement.importer import COLUMNS, import_notices
from procurement.models import (
    ChangeNoticePage,
    InvitationNoticePage,
    NoticeKind,
    ProcurementProject,
    ReferencePriceNoticePage,
)
from procurement.tests.factories import ProjectFactory, ReferencePriceNoticeFactory, central_list, office_page

pytestmark = pytest.mark.django_db

HEADER = [
    *("kind", "title", "announced_on", "notice_number", "unit", "fiscal_year"),
    *("project_title", "egp_number", "method", "budget"),
    *("reference_price", "price_set_on", "bid_submission_starts", "bid_submission_ends", "documents_from"),
    *("change_type", "amends_notice_number", "what_changed", "reason", "new_bid_submission_ends"),
]


def reference_price_row(**values):
    row = {
        "kind": "reference_price",
        "title": "ประกาศราคากลาง จ้างบำรุงรักษาระบบคอมพิวเตอร์",
        "announced_on": "1/10/2569",
        "notice_number": "1/2570",
        "unit": "กค.",
        "fiscal_year": "2570",
        "project_title": "จ้างบำรุงรักษาระบบคอมพิวเตอร์",
        "egp_number": "69100000001",
        "method": "e_bidding",
        "budget": "500,000.00",
        "reference_price": "480,000.00",
        "price_set_on": "15/9/2569",
    }
    return {**row, **values}


def invitation_row(**values):
    row = {
        "kind": "invitation",
        "title": "ประกาศเชิญชวน จ้างทำความสะอาดสำนักงาน",
        "announced_on": "2/10/2569",
        "notice_number": "5/2570",
        "unit": "สปจ.เชียงใหม่",
        "fiscal_year": "2570",
        "project_title": "จ้างทำความสะอาดสำนักงานประกันสังคมจังหวัดเชียงใหม่",
        "egp_number": "69100000002",
        "method": "e_market",
        "budget": "240,000",
        "bid_submission_starts": "2/10/2569 09:00",
        "bid_submission_ends": "9/10/2569 16:30",
        "documents_from": "www.gprocurement.go.th",
    }
    return {**row, **values}


def csv_file(*rows, header=HEADER, name="notices.csv", bom=False):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    text = ("\ufeff" if bom else "") + out.getvalue()
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def xlsx_file(*rows, header=HEADER, name="notices.xlsx"):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append([row.get(column) for column in header])
    out = io.BytesIO()
    workbook.save(out)
    return SimpleUploadedFile(name, out.getvalue())


def saved_counts():
    return Page.objects.count(), ProcurementProject.objects.count()


@pytest.fixture
def central_editor():
    return unit_user("กค.", "editor")


@pytest.fixture
def chiang_mai_editor():
    return unit_user("สปจ.เชียงใหม่", "editor")


# Valid files


def test_valid_csv_creates_projects_and_draft_notices_under_the_right_parents(central_editor):
    result = import_notices(csv_file(reference_price_row(), invitation_row()), central_editor)

    assert result.ok, result.errors
    assert result.projects_created == 2
    reference, invitation = result.pages
    assert isinstance(reference, ReferencePriceNoticePage)
    assert reference.get_parent().specific == central_list(NoticeKind.REFERENCE_PRICE)
    assert reference.project.egp_number == "69100000001"
    assert isinstance(invitation, InvitationNoticePage)
    assert invitation.get_parent().specific == office_page("เชียงใหม่")
    assert invitation.unit.code == "สปจ.เชียงใหม่"


def test_imported_notices_are_drafts_with_a_revision_by_the_importer(central_editor):
    result = import_notices(csv_file(reference_price_row()), central_editor)

    page = ReferencePriceNoticePage.objects.get(pk=result.pages[0].pk)
    assert not page.live
    assert page.first_published_at is None
    assert page.latest_revision.user == central_editor


def test_valid_xlsx_creates_the_same_drafts(central_editor):
    result = import_notices(xlsx_file(reference_price_row(), invitation_row()), central_editor)

    assert result.ok, result.errors
    assert [page.get_parent().specific for page in result.pages] == [
        central_list(NoticeKind.REFERENCE_PRICE),
        office_page("เชียงใหม่"),
    ]
    assert all(not page.live for page in result.pages)


def test_xlsx_cells_holding_dates_and_numbers_are_taken_as_they_are(central_editor):
    row = reference_price_row(announced_on=datetime.datetime(2026, 10, 1), budget=750000, egp_number=69100000009)

    result = import_notices(xlsx_file(row), central_editor)

    page = result.pages[0]
    assert page.announced_on == datetime.date(2026, 10, 1)
    assert page.project.budget == Decimal("750000")
    assert page.project.egp_number == "69100000009"


def test_csv_with_a_byte_order_mark_is_read(central_editor):
    result = import_notices(csv_file(reference_price_row(), bom=True), central_editor)

    assert result.ok, result.errors


def test_thai_digits_and_thousands_separators_are_read(central_editor):
    row = reference_price_row(budget="๑,๒๓๔,๕๖๗.๕๐", reference_price="1,200,000.00", fiscal_year="๒๕๗๐")

    result = import_notices(csv_file(row), central_editor)

    page = result.pages[0]
    assert page.project.budget == Decimal("1234567.50")
    assert page.project.fiscal_year == 2570
    assert page.reference_price == Decimal("1200000.00")


def test_buddhist_era_date_is_read(central_editor):
    result = import_notices(
        csv_file(reference_price_row(announced_on="1/10/2569", price_set_on="๑๕/๙/๒๕๖๙")), central_editor
    )

    page = result.pages[0]
    assert page.announced_on == datetime.date(2026, 10, 1)
    assert page.price_set_on == datetime.date(2026, 9, 15)


def test_datetimes_are_read_in_bangkok_time(central_editor):
    result = import_notices(csv_file(invitation_row(bid_submission_ends="๙/๑๐/๒๕๖๙ 16.30 น.")), central_editor)

    ends = timezone.localtime(result.pages[0].bid_submission_ends)
    assert (ends.date(), ends.hour, ends.minute) == (datetime.date(2026, 10, 9), 16, 30)
    assert str(ends.tzinfo) == "Asia/Bangkok"


def test_rows_of_one_project_share_it(central_editor):
    second = invitation_row(unit="กค.", project_title="", egp_number="69100000001", method="", budget="")

    result = import_notices(csv_file(reference_price_row(), second), central_editor)

    assert result.ok, result.errors
    assert result.projects_created == 1
    assert result.pages[0].project == result.pages[1].project


def test_an_existing_project_is_found_by_its_egp_number(central_editor):
    project = ProjectFactory(egp_number="69100000077")

    result = import_notices(csv_file(reference_price_row(egp_number="69100000077")), central_editor)

    assert result.projects_created == 0
    assert result.pages[0].project == project


def test_a_change_notice_amends_a_notice_of_an_earlier_row(central_editor):
    change = reference_price_row(
        kind="change",
        title="ประกาศแก้ไขราคากลาง",
        notice_number="2/2570",
        reference_price="",
        price_set_on="",
        change_type="change",
        amends_notice_number="๑/๒๕๗๐",
        what_changed="แก้ไขราคากลาง",
        reason="คำนวณใหม่",
    )

    result = import_notices(csv_file(reference_price_row(), change), central_editor)

    assert result.ok, result.errors
    amendment = ChangeNoticePage.objects.get(pk=result.pages[1].pk)
    assert amendment.amends.pk == result.pages[0].pk


def test_a_change_notice_can_move_the_bid_deadline_of_the_invitation_it_amends(chiang_mai_editor):
    extension = invitation_row(
        kind="change",
        title="ประกาศขยายเวลายื่นข้อเสนอ",
        notice_number="6/2570",
        bid_submission_starts="",
        bid_submission_ends="",
        documents_from="",
        change_type="change",
        amends_notice_number="5/2570",
        what_changed="ขยายเวลายื่นข้อเสนอ",
        reason="ผู้ประกอบการขอขยายเวลา",
        new_bid_submission_ends="16/10/2569 16:30",
    )

    result = import_notices(csv_file(invitation_row(), extension), chiang_mai_editor)

    assert result.ok, result.errors
    moved = ChangeNoticePage.objects.get(pk=result.pages[1].pk).new_bid_submission_ends
    assert timezone.localtime(moved).date() == datetime.date(2026, 10, 16)


def test_a_change_notice_may_amend_a_notice_already_on_the_site(central_editor):
    existing = ReferencePriceNoticeFactory(
        parent=central_list(NoticeKind.REFERENCE_PRICE), project__egp_number="69100000055", notice_number="9/2570"
    )
    change = reference_price_row(
        kind="change",
        egp_number="69100000055",
        reference_price="",
        price_set_on="",
        amends_notice_number="9/2570",
        what_changed="ขยายเวลา",
        reason="ผู้ประกอบการขอ",
    )

    result = import_notices(csv_file(change), central_editor)

    assert result.ok, result.errors
    assert ChangeNoticePage.objects.get(pk=result.pages[0].pk).amends.pk == existing.pk


# Bad rows: nothing is saved


def test_a_file_with_one_bad_row_saves_nothing_and_names_the_row(central_editor):
    before = saved_counts()
    rows = [reference_price_row(), invitation_row(unit="สปจ.ไม่มีจริง"), invitation_row(egp_number="69100000003")]

    result = import_notices(csv_file(*rows), central_editor)

    assert not result.ok
    assert saved_counts() == before
    assert len(result.errors) == 1
    assert result.errors[0].startswith("แถวที่ 3: unit:")
    assert result.pages == []


def test_a_bad_date_is_reported_with_its_row_and_column(central_editor):
    before = saved_counts()

    result = import_notices(
        csv_file(reference_price_row(), reference_price_row(announced_on="31/02/2569")), central_editor
    )

    assert saved_counts() == before
    assert result.errors == ["แถวที่ 3: announced_on: ไม่มีวันที่ “31/02/2569” ในปฏิทิน"]


def test_every_bad_row_is_reported(central_editor):
    rows = [reference_price_row(kind="notice"), reference_price_row(), reference_price_row(budget="ห้าแสน")]

    result = import_notices(csv_file(*rows), central_editor)

    assert [error.split(":")[0] for error in result.errors] == ["แถวที่ 2", "แถวที่ 4"]


def test_a_page_validation_error_is_reported_with_its_column(central_editor):
    row = invitation_row(bid_submission_starts="9/10/2569 09:00", bid_submission_ends="2/10/2569 09:00")

    result = import_notices(csv_file(row), central_editor)

    assert len(result.errors) == 1
    assert result.errors[0].startswith("แถวที่ 2: bid_submission_ends:")


def test_a_value_in_a_column_of_another_kind_is_refused(central_editor):
    result = import_notices(csv_file(reference_price_row(bid_submission_starts="2/10/2569 09:00")), central_editor)

    assert result.errors[0].startswith("แถวที่ 2: bid_submission_starts:")


def test_office_editor_cannot_import_for_another_province(chiang_mai_editor):
    before = saved_counts()
    rows = [invitation_row(), invitation_row(unit="สปจ.ขอนแก่น", egp_number="69100000004")]

    result = import_notices(csv_file(*rows), chiang_mai_editor)

    assert saved_counts() == before
    assert result.errors == ["แถวที่ 3: unit: คุณไม่มีสิทธิ์นำเข้าประกาศของหน่วยงาน สปจ.ขอนแก่น"]


def test_office_editor_cannot_import_central_notices(chiang_mai_editor):
    result = import_notices(csv_file(reference_price_row()), chiang_mai_editor)

    assert result.errors == ["แถวที่ 2: unit: คุณไม่มีสิทธิ์นำเข้าประกาศของหน่วยงาน กค."]


def test_office_editor_imports_for_own_office(chiang_mai_editor):
    result = import_notices(csv_file(invitation_row()), chiang_mai_editor)

    assert result.ok, result.errors
    assert result.pages[0].get_parent().specific == office_page("เชียงใหม่")


# Files refused as a whole


def test_unknown_column_is_refused_by_name(central_editor):
    result = import_notices(csv_file(header=[*HEADER, "remark"]), central_editor)

    assert len(result.errors) == 1
    assert "คอลัมน์ที่ไม่รู้จัก: remark" in result.errors[0]


def test_png_named_csv_is_refused(central_editor):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"

    result = import_notices(SimpleUploadedFile("notices.csv", png), central_editor)

    assert result.errors == ["ไฟล์ต้องเป็น CSV (UTF-8) หรือ Excel (.xlsx) เท่านั้น"]


def test_a_zip_that_is_not_a_workbook_is_refused(central_editor):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")

    result = import_notices(SimpleUploadedFile("notices.xlsx", out.getvalue()), central_editor)

    assert "ไฟล์ต้องเป็น CSV (UTF-8) หรือ Excel (.xlsx)" in result.errors[0]


def test_an_xlsx_that_unpacks_too_large_is_refused(central_editor, monkeypatch):
    monkeypatch.setattr(importer, "_MAX_UNPACKED_BYTES", 1000)

    result = import_notices(xlsx_file(reference_price_row()), central_editor)

    assert result.errors == ["ไฟล์ Excel นี้มีข้อมูลมากเกินไป กรุณาแบ่งเป็นหลายไฟล์"]


def test_a_csv_not_in_utf8_is_refused(central_editor):
    data = "kind,title,announced_on,unit\nplan,ประกาศจัดซื้อ,1/10/2569,กค.\n".encode("cp874")

    result = import_notices(SimpleUploadedFile("notices.csv", data), central_editor)

    assert "UTF-8" in result.errors[0]


def test_empty_file_is_refused(central_editor):
    result = import_notices(SimpleUploadedFile("notices.csv", b""), central_editor)

    assert result.errors == ["ไฟล์ว่างเปล่า"]


def test_a_header_only_file_is_refused(central_editor):
    result = import_notices(csv_file(), central_editor)

    assert result.errors == ["ไฟล์มีแต่หัวคอลัมน์ ไม่มีข้อมูลประกาศ"]


def test_a_file_without_the_header_row_is_refused(central_editor):
    data = "reference_price,ประกาศ,1/10/2569,1/2570,กค.\n".encode()

    result = import_notices(SimpleUploadedFile("notices.csv", data), central_editor)

    assert result.errors[0].startswith("แถวแรกของไฟล์ต้องเป็นหัวคอลัมน์")


def test_a_header_missing_a_required_column_is_refused(central_editor):
    result = import_notices(csv_file(header=["kind", "title", "announced_on"]), central_editor)

    assert result.errors == ["ไม่มีคอลัมน์ที่ต้องมี: unit"]


def test_too_many_rows_are_refused(central_editor, monkeypatch):
    monkeypatch.setattr(importer, "MAX_ROWS", 2)
    rows = [reference_price_row(egp_number=f"6910000010{i}") for i in range(3)]

    result = import_notices(csv_file(*rows), central_editor)

    assert result.errors == ["ไฟล์มีข้อมูลเกิน 2 แถว กรุณาแบ่งเป็นหลายไฟล์"]


def test_a_file_too_large_is_refused(central_editor, monkeypatch):
    monkeypatch.setattr(importer, "MAX_FILE_BYTES", 100)

    result = import_notices(csv_file(reference_price_row()), central_editor)

    assert result.errors[0].startswith("ไฟล์ใหญ่เกินไป")


# Number and date helpers (core.parsing)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1,234,567.50", Decimal("1234567.50")), ("๑,๒๓๔.๕", Decimal("1234.5")), ("480000", Decimal("480000"))],
)
def test_parse_decimal_reads_thai_and_grouped_numbers(text, expected):
    assert parse_decimal(text) == expected


@pytest.mark.parametrize("text", ["1,23", "12.3.4", "ห้าแสน"])
def test_parse_decimal_refuses_what_is_not_a_number(text):
    with pytest.raises(ValidationError):
        parse_decimal(text)


@pytest.mark.parametrize("text", ["1/10/2569", "01/10/2026", "2026-10-01", "๑/๑๐/๒๕๖๙", "1 ตุลาคม 2569", "1 ต.ค. 2569"])
def test_parse_date_reads_the_ways_staff_write_a_date(text):
    assert parse_date(text) == datetime.date(2026, 10, 1)


def test_parse_datetime_needs_a_time():
    with pytest.raises(ValidationError):
        parse_datetime("1/10/2569")


@pytest.mark.parametrize("text", ["10/2569", "2026-10", "ตุลาคม 2569", "15/10/2569"])
def test_parse_month_gives_the_first_day(text):
    assert parse_month(text) == datetime.date(2026, 10, 1)


# The admin view


def test_office_editor_imports_through_the_admin_and_sees_the_success_message(client, chiang_mai_editor):
    client.force_login(chiang_mai_editor)

    response = client.post(reverse("procurement_import"), {"file": csv_file(invitation_row())})

    assert response.status_code == 200
    content = response.content.decode()
    assert "นำเข้าประกาศ 1 รายการแล้ว" in content
    page = InvitationNoticePage.objects.get(project__egp_number="69100000002")
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in content


def test_notices_imported_through_the_admin_belong_to_the_importers_unit(client, chiang_mai_editor):
    client.force_login(chiang_mai_editor)

    client.post(reverse("procurement_import"), {"file": csv_file(invitation_row())})

    page = InvitationNoticePage.objects.get(project__egp_number="69100000002")
    assert PageOwner.objects.get(page=page).unit.code == "สปจ.เชียงใหม่"


def test_a_bad_file_posted_through_the_admin_changes_nothing_and_shows_the_row(client, chiang_mai_editor):
    client.force_login(chiang_mai_editor)
    before = saved_counts()
    bad = csv_file(invitation_row(), invitation_row(egp_number="69100000005", announced_on="32/10/2569"))

    response = client.post(reverse("procurement_import"), {"file": bad})

    assert saved_counts() == before
    assert "แถวที่ 3: announced_on" in response.content.decode()


def test_a_user_without_a_procurement_unit_gets_403(client):
    client.force_login(unit_user("กม.", "editor"))
    ajax = {"headers": {"x-requested-with": "XMLHttpRequest"}}

    assert client.get(reverse("procurement_import"), **ajax).status_code == 403
    assert client.get(reverse("procurement_import_template"), **ajax).status_code == 403


def test_a_user_without_a_procurement_unit_is_sent_back_to_the_dashboard_and_imports_nothing(client):
    """Wagtail's admin answers a refused page (not an XHR) with its "no permission" message on the dashboard."""
    client.force_login(unit_user("กม.", "editor"))
    before = saved_counts()

    response = client.post(reverse("procurement_import"), {"file": csv_file(reference_price_row())})

    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    assert saved_counts() == before


def test_the_csv_template_has_every_column_and_an_example_that_imports(client, chiang_mai_editor):
    client.force_login(chiang_mai_editor)

    response = client.get(reverse("procurement_import_template"))

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith("\ufeff".encode())
    header, example = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert header == list(COLUMNS)
    template = SimpleUploadedFile("template.csv", response.content)
    result = import_notices(template, chiang_mai_editor)
    assert result.ok, result.errors
    assert result.pages[0].get_parent().specific == office_page("เชียงใหม่")


def test_the_import_page_offers_the_form_and_the_template(client, chiang_mai_editor):
    client.force_login(chiang_mai_editor)

    response = client.get(reverse("procurement_import"))

    assert response.status_code == 200
    assert 'type="file"' in response.content.decode()
    assert reverse("procurement_import_template") in response.content.decode()


def test_the_procurement_menu_links_the_import_for_procurement_staff_only(client, chiang_mai_editor):
    client.force_login(chiang_mai_editor)
    assert reverse("procurement_import") in client.get(reverse("wagtailadmin_home")).content.decode()

    client.force_login(unit_user("กม.", "editor"))
    assert reverse("procurement_import") not in client.get(reverse("wagtailadmin_home")).content.decode()
