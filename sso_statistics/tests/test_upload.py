"""Uploading a dataset: every part accepts a well-formed file and shows its numbers; bad files are refused with
the row and column of each problem, in Thai, and leave the database as it was; a second upload of a period
replaces the first as a new revision."""

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Revision

from core.tests.html_tables import html_tables
from sso_statistics.models import Dataset
from sso_statistics.schemas import DECIMAL, INTEGER, PERCENT, load_schemas
from sso_statistics.tests.factories import all_parts, csv_upload, header, part_page, table_rows, xlsx_upload

pytestmark = pytest.mark.django_db

MARCH_2568 = {"period_kind": "month", "year": "2568", "month": "3", "updated_on": "10/4/2568"}


def upload(client, page, file, **fields):
    data = {**MARCH_2568, **fields, "file": file}
    return client.post(reverse("sso_statistics:upload", args=[page.pk]), data)


def publish_latest(page):
    page.refresh_from_db()
    page.get_latest_revision().publish()
    return type(page).objects.get(pk=page.pk)


def draft(page):
    """The page as its latest revision has it (read afresh: the upload changed it in the database)."""
    return type(page).objects.get(pk=page.pk).get_latest_revision_as_object()


def expected_text(value, column_type) -> str:
    """How the public table writes a cell, spelt out independently of the app's formatting code."""
    if column_type == INTEGER:
        return f"{value:,}"
    if column_type == PERCENT:
        return f"{value}%"
    if column_type == DECIMAL:
        return f"{value:,.2f}"
    return value


def snapshot(page):
    """What an upload may change: the page's revisions and its published datasets."""
    page.refresh_from_db()
    return (
        Revision.page_revisions.filter(object_id=str(page.pk)).count(),
        page.latest_revision_id,
        Dataset.objects.count(),
    )


@pytest.mark.parametrize(("fund", "part"), all_parts(), ids=lambda value: str(value))
def test_each_part_accepts_a_well_formed_file_and_shows_every_number(admin_client, client, fund, part):
    page = part_page(fund, part)
    schema = load_schemas()[(fund, part)]
    rows = table_rows(schema, 6)

    response = upload(admin_client, page, csv_upload(header(schema), rows))
    assert response.status_code == 302, response.content.decode()[-3000:]
    page = publish_latest(page)

    table = next(
        t for t in html_tables(client.get(page.url).content.decode()) if t["caption"] == page.datasets.get().title
    )
    shown = sorted(table["body"], key=lambda row: [r[0] for r in rows].index(row[0]))
    expected = [
        [expected_text(cell, column.type) for cell, column in zip(row, schema.columns, strict=True)] for row in rows
    ]
    assert shown == expected


def test_an_xlsx_workbook_is_read_like_a_csv(admin_client):
    page = part_page("wcf", 3)
    schema = page.schema
    rows = table_rows(schema, 4)

    response = upload(admin_client, page, xlsx_upload({"ข้อมูล": [header(schema), *rows]}))

    assert response.status_code == 302
    assert draft(page).datasets.get().typed_rows() == rows


def test_a_title_line_above_the_header_and_thai_digits_with_separators_are_accepted(admin_client):
    page = part_page("ssf", 2)
    file = csv_upload(
        ["จำนวนผู้ประกันตนมาตรา 33 เดือนมีนาคม 2568"],
        [["จังหวัด", "ชาย", "หญิง", "รวม"], ["กทม.", "๑,๒๓๔", "1,000", "2,234"], ["จ.เชียงใหม่", "-", "5", ""]],
    )

    response = upload(admin_client, page, file)

    assert response.status_code == 302
    assert draft(page).datasets.get().rows == [
        ["กรุงเทพมหานคร", 1234, 1000, 2234],
        ["เชียงใหม่", None, 5, None],
    ]


def test_a_deficit_is_accepted_where_the_part_allows_negative_amounts(admin_client):
    page = part_page("ssf", 8)
    file = csv_upload(["รายการ", "จำนวนเงิน"], [["รายรับสูงกว่า (ต่ำกว่า) รายจ่าย", "-1,234.50"]])

    assert upload(admin_client, page, file, period_kind="year", month="").status_code == 302
    assert draft(page).datasets.get().rows == [["รายรับสูงกว่า (ต่ำกว่า) รายจ่าย", "-1234.50"]]


def refused(client, page, file, **fields) -> list[str]:
    """Upload ``file``; assert it is refused and nothing changed; the problems listed."""
    before = snapshot(page)
    response = upload(client, page, file, **fields)
    assert response.status_code == 400, response.status_code
    assert snapshot(page) == before
    return [str(problem) for problem in response.context["problems"].problems]


def test_text_in_a_number_column_is_refused_with_its_row_and_column(admin_client):
    page = part_page("ssf", 2)
    file = csv_upload(["จังหวัด", "ชาย", "หญิง", "รวม"], [["กระบี่", "10", "20", "30"], ["ตรัง", "10", "ยี่สิบ", "30"]])

    assert refused(admin_client, page, file) == ["แถวที่ 3 คอลัมน์ C (หญิง): “ยี่สิบ” ไม่ใช่จำนวนเต็ม"]


def test_an_unknown_province_is_refused_with_a_suggestion(admin_client):
    page = part_page("ssf", 2)
    file = csv_upload(["จังหวัด", "ชาย", "หญิง", "รวม"], [["เชียงใหมม", "1", "1", "2"]])

    assert refused(admin_client, page, file) == ["แถวที่ 2 คอลัมน์ A (จังหวัด): ไม่รู้จักจังหวัด “เชียงใหมม” หมายถึง “เชียงใหม่” หรือไม่"]


def test_a_missing_required_column_is_refused(admin_client):
    page = part_page("ssf", 2)
    file = csv_upload(["จังหวัด", "ชาย", "รวม"], [["ตรัง", "1", "1"]])

    assert refused(admin_client, page, file) == ["แถวที่ 1: ไม่มีคอลัมน์ที่ต้องมี: หญิง"]


def test_an_unknown_column_is_refused_rather_than_dropped(admin_client):
    page = part_page("wcf", 1)
    file = csv_upload(["ความร้ายแรง", "จำนวนผู้ประสบอันตราย", "หมายเหตุ"], [["ตาย", "5", "-"]])

    assert refused(admin_client, page, file)[0].startswith("แถวที่ 1 คอลัมน์ C: ไม่รู้จักคอลัมน์ “หมายเหตุ”")


def test_a_workbook_whose_first_sheet_is_not_the_table_is_refused_naming_the_right_sheet(admin_client):
    page = part_page("wcf", 1)
    file = xlsx_upload({"ปก": [["สถิติกองทุนเงินทดแทน"]], "ตาราง": [["ความร้ายแรง", "จำนวนผู้ประสบอันตราย"], ["ตาย", 5]]})

    problems = refused(admin_client, page, file)

    assert problems[-1] == "ตารางนี้อยู่ในแผ่นงาน “ตาราง” ไม่ใช่แผ่นงาน “ปก”: ระบุชื่อแผ่นงาน “ตาราง” ในแบบฟอร์มแล้วอัปโหลดอีกครั้ง"


def test_naming_a_sheet_the_workbook_lacks_is_refused(admin_client):
    page = part_page("wcf", 1)
    file = xlsx_upload({"ตาราง": [["ความร้ายแรง", "จำนวนผู้ประสบอันตราย"], ["ตาย", 5]]})

    assert refused(admin_client, page, file, sheet="ข้อมูล") == ["ไม่พบแผ่นงาน “ข้อมูล” ในไฟล์ (ในไฟล์มี: ตาราง)"]


def test_the_named_sheet_is_read(admin_client):
    page = part_page("wcf", 1)
    file = xlsx_upload({"ปก": [["สถิติ"]], "ตาราง": [["ความร้ายแรง", "จำนวนผู้ประสบอันตราย"], ["ตาย", 5]]})

    assert upload(admin_client, page, file, sheet="ตาราง").status_code == 302


def test_an_empty_file_is_refused(admin_client):
    assert refused(admin_client, part_page("ssf", 2), SimpleUploadedFile("empty.csv", b"")) == ["ไฟล์ว่างเปล่า"]


def test_a_header_without_rows_is_refused(admin_client):
    file = csv_upload(["จังหวัด", "ชาย", "หญิง", "รวม"], [])

    assert refused(admin_client, part_page("ssf", 2), file) == ["ไม่มีข้อมูลใต้แถวหัวคอลัมน์"]


def test_a_50_mb_file_is_refused_before_it_is_read(admin_client):
    """Refused by the request size limit (core.upload_limits) with a Thai 413 page, not after reading 50 MB."""
    file = SimpleUploadedFile("huge.csv", b"0" * (50 * 1024 * 1024))

    response = admin_client.post(reverse("sso_statistics:upload", args=[part_page("ssf", 2).pk]), {"file": file})

    assert response.status_code == 413
    assert "5 MB" in response.content.decode()


def test_a_file_that_is_not_a_table_is_refused(admin_client):
    file = SimpleUploadedFile("data.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")

    assert refused(admin_client, part_page("ssf", 2), file) == ["ไฟล์ต้องเป็น CSV (UTF-8) หรือ Excel (.xlsx) เท่านั้น"]


def test_a_total_that_is_not_the_sum_of_its_parts_is_refused(admin_client):
    file = csv_upload(["จังหวัด", "ชาย", "หญิง", "รวม"], [["ตรัง", "10", "20", "31"]])

    assert refused(admin_client, part_page("ssf", 2), file) == ["แถวที่ 2: ยอด “รวม” (31) ไม่เท่ากับ ชาย + หญิง (30)"]


def test_a_province_listed_twice_is_refused(admin_client):
    file = csv_upload(["จังหวัด", "ชาย", "หญิง", "รวม"], [["ตรัง", "1", "1", "2"], ["จังหวัดตรัง", "1", "1", "2"]])

    assert refused(admin_client, part_page("ssf", 2), file) == ["แถวที่ 3: “ตรัง” ซ้ำกับแถวที่ 2"]


def test_a_total_row_is_refused(admin_client):
    file = csv_upload(["จังหวัด", "ชาย", "หญิง", "รวม"], [["ตรัง", "1", "1", "2"], ["รวม", "1", "1", "2"]])

    assert refused(admin_client, part_page("ssf", 2), file) == [
        "แถวที่ 3 คอลัมน์ A (จังหวัด): ไม่ต้องใส่แถวรวม ระบบรวมยอดให้เอง (ลบแถวนี้ออก)"
    ]


def test_a_percentage_above_100_is_refused(admin_client):
    file = csv_upload(["สาเหตุที่ประสบอันตราย", "จำนวนผู้ประสบอันตราย", "ร้อยละ"], [["ของมีคม", "5", "120%"]])

    assert refused(admin_client, part_page("wcf", 4), file) == [
        "แถวที่ 2 คอลัมน์ C (ร้อยละ): ร้อยละต้องอยู่ระหว่าง 0 ถึง 100 (“120”)"
    ]


def test_every_problem_of_a_file_is_listed_at_once(admin_client):
    rows = [["ตรัง", "x", "1", "1"], ["ไม่มีจังหวัดนี้", "1", "1", "2"], ["กระบี่", "1", "-5", "-4"]]

    problems = refused(admin_client, part_page("ssf", 2), csv_upload(["จังหวัด", "ชาย", "หญิง", "รวม"], rows))

    assert [problem.split(":")[0] for problem in problems] == [
        "แถวที่ 2 คอลัมน์ B (ชาย)",
        "แถวที่ 3 คอลัมน์ A (จังหวัด)",
        "แถวที่ 4 คอลัมน์ C (หญิง)",
        "แถวที่ 4 คอลัมน์ D (รวม)",
    ]


def test_a_monthly_dataset_needs_its_month(admin_client):
    page = part_page("ssf", 2)
    before = snapshot(page)
    schema = page.schema

    response = upload(admin_client, page, csv_upload(header(schema), table_rows(schema, 2)), month="")

    assert response.context["form"].errors["month"] == ["ข้อมูลรายเดือนต้องระบุเดือน"]
    assert snapshot(page) == before


def test_a_period_that_has_not_begun_is_refused(admin_client):
    page = part_page("ssf", 2)
    schema = page.schema

    response = upload(admin_client, page, csv_upload(header(schema), table_rows(schema, 2)), year="2600")

    assert response.context["form"].errors["year"] == ["ช่วงเวลา มีนาคม 2600 ยังมาไม่ถึง"]


def test_uploading_a_period_again_replaces_it_in_a_new_revision(admin_client):
    page = part_page("ssf", 2)
    schema = page.schema
    upload(admin_client, page, csv_upload(header(schema), table_rows(schema, 2)))
    first = publish_latest(page).get_latest_revision()

    response = upload(admin_client, page, csv_upload(header(schema), table_rows(schema, 2, seed=1)))

    assert response.status_code == 302
    page.refresh_from_db()
    latest = page.get_latest_revision()
    assert latest.pk != first.pk
    draft_rows = latest.as_object().datasets.get().rows
    assert draft_rows == table_rows(schema, 2, seed=1)
    assert first.as_object().datasets.get().rows == table_rows(schema, 2)
    assert publish_latest(page).datasets.get().rows == draft_rows
    assert Dataset.objects.filter(page=page).count() == 1


def test_an_upload_adds_a_draft_and_leaves_the_public_numbers_alone_until_approval(admin_client, client):
    page = part_page("ssf", 2)
    schema = page.schema

    upload(admin_client, page, csv_upload(header(schema), table_rows(schema, 2)))

    page.refresh_from_db()
    assert page.has_unpublished_changes
    assert not page.datasets.exists()
    assert "ยังไม่มีชุดข้อมูลของส่วนนี้" in client.get(page.url).content.decode()


def test_removing_a_period_leaves_the_others_in_the_draft(admin_client):
    page = part_page("ssf", 2)
    schema = page.schema
    upload(admin_client, page, csv_upload(header(schema), table_rows(schema, 2)))
    upload(admin_client, page, csv_upload(header(schema), table_rows(schema, 2)), month="4")

    response = admin_client.post(reverse("sso_statistics:remove", args=[page.pk, "2568-03"]))

    assert response.status_code == 302
    assert [d.slug for d in draft(page).datasets.all()] == ["2568-04"]


def test_saving_the_edit_form_keeps_the_draft_datasets(admin_client):
    page = part_page("ssf", 2)
    schema = page.schema
    upload(admin_client, page, csv_upload(header(schema), table_rows(schema, 3)))
    data = {"title": page.title, "slug": page.slug, "part_number": "2", "body-count": "0", "attachments-count": "0"}

    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)

    assert response.status_code == 302, response.content.decode()[-2000:]
    page.refresh_from_db()
    assert page.get_latest_revision().user is not None
    assert draft(page).datasets.get().rows == table_rows(schema, 3)


def test_the_downloaded_template_has_the_parts_header(admin_client):
    page = part_page("wcf", 3)

    response = admin_client.get(reverse("sso_statistics:template", args=[page.pk]))

    assert response.content.decode("utf-8-sig").splitlines() == [
        "จังหวัด,จำนวนลูกจ้าง,จำนวนผู้ประสบอันตราย,อัตราต่อลูกจ้าง 1000 ราย"
    ]


def test_the_upload_form_lists_the_columns_of_the_part(admin_client):
    page = part_page("ssf", 4)

    content = admin_client.get(reverse("sso_statistics:upload", args=[page.pk])).content.decode()

    assert all(label in content for label in ("ทางเลือกที่ 1", "ทางเลือกที่ 2", "ทางเลือกที่ 3"))


def test_decimal_cells_are_kept_exactly_as_typed(admin_client):
    page = part_page("wcf", 3)
    file = csv_upload(
        ["จังหวัด", "จำนวนลูกจ้าง", "จำนวนผู้ประสบอันตราย", "อัตราต่อลูกจ้าง 1,000 ราย"], [["ตาก", "1000", "5", "5.10"]]
    )

    upload(admin_client, page, file, period_kind="year", month="")

    dataset = draft(page).datasets.get()
    assert dataset.typed_rows()[0][3] == Decimal("5.10") and str(dataset.typed_rows()[0][3]) == "5.10"


def test_a_paragraph_in_a_name_cell_is_refused(admin_client):
    file = csv_upload(["ความร้ายแรง", "จำนวนผู้ประสบอันตราย"], [["ก" * 201, "5"]])

    assert refused(admin_client, part_page("wcf", 1), file) == ["แถวที่ 2 คอลัมน์ A (ความร้ายแรง): ข้อความยาวเกิน 200 ตัวอักษร"]
