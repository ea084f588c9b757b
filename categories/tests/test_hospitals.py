"""Issue 17: the hospital finder (filters without JavaScript, paging, tel: links) and its all-or-nothing import."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from categories.hospital_import import import_hospitals
from categories.models import Hospital

pytestmark = pytest.mark.django_db

HEADER = "ชื่อสถานพยาบาล,ประเภท,จังหวัด,อำเภอ/เขต,ที่อยู่,โทรศัพท์,แผนที่,ประกันสังคม,กองทุนเงินทดแทน\n"


def _csv(*rows: str) -> SimpleUploadedFile:
    return SimpleUploadedFile("hospitals.csv", (HEADER + "\n".join(rows) + "\n").encode("utf-8"))


def _hospital(name, province, district="เมือง", **fields):
    defaults = {"phone": "053 999 200", "social_security": True}
    return Hospital.objects.create(name=name, province=province, district=district, **(defaults | fields))


def test_an_import_with_one_bad_row_saves_nothing_and_names_the_row_and_column():
    uploaded = _csv(
        "โรงพยาบาลนครพิงค์,โรงพยาบาล,เชียงใหม่,แม่ริม,159 หมู่ 10,053 999 200,,ใช่,ใช่",
        "โรงพยาบาลไม่มีจังหวัด,โรงพยาบาล,เมืองลับแล,,,,,ใช่,ไม่",
    )

    result = import_hospitals(uploaded)

    assert not result.ok
    assert Hospital.objects.count() == 0
    assert any("แถวที่ 3" in error and "จังหวัด" in error for error in result.errors), result.errors


def test_a_valid_import_adds_the_rows_and_a_second_run_updates_them():
    row = "คลินิกเวชกรรมนิมมาน,คลินิก,จ.เชียงใหม่,เมืองเชียงใหม่,8 ถนนนิมมานเหมินท์,053 222 333,,ไม่,ใช่"

    first = import_hospitals(_csv(row))
    second = import_hospitals(_csv(row))

    assert (first.created, second.created, second.updated) == (1, 0, 1)
    hospital = Hospital.objects.get()
    assert (hospital.province, hospital.kind, hospital.compensation_fund) == ("เชียงใหม่", "clinic", True)


def test_a_file_that_is_not_a_table_is_refused_in_thai():
    result = import_hospitals(SimpleUploadedFile("list.csv", b"PK\x03\x04junk"))

    assert not result.ok and "CSV" in result.errors[0]


def test_the_finder_filters_by_province_and_name_and_links_phones(client, category_page):
    page = category_page("downloads/hospital-data")
    _hospital("โรงพยาบาลนครพิงค์", "เชียงใหม่", "แม่ริม")
    _hospital("โรงพยาบาลสันทราย", "เชียงใหม่", "สันทราย")
    _hospital("โรงพยาบาลตรัง", "ตรัง")

    html = client.get(page.url, {"province": "เชียงใหม่", "name": "นครพิงค์"}).content.decode()

    assert "โรงพยาบาลนครพิงค์" in html
    assert "โรงพยาบาลสันทราย" not in html and "โรงพยาบาลตรัง" not in html
    assert 'href="tel:053999200"' in html


def test_the_compensation_fund_finder_shows_only_that_funds_hospitals(client, category_page):
    page = category_page("knowledge/compensation-fund-hospitals")
    page.fund = "compensation_fund"
    page.save_revision().publish()
    _hospital("โรงพยาบาลในความตกลง", "ตรัง", compensation_fund=True)
    _hospital("โรงพยาบาลประกันสังคมเท่านั้น", "ตรัง")

    html = client.get(page.url).content.decode()

    assert "โรงพยาบาลในความตกลง" in html and "โรงพยาบาลประกันสังคมเท่านั้น" not in html


def test_the_finder_pages_its_results_and_survives_a_bad_page_number(client, category_page):
    page = category_page("downloads/hospital-data")
    for n in range(25):
        _hospital(f"คลินิก {n:02d}", "ตาก")

    first = client.get(page.url).content.decode()
    bad = client.get(page.url, {"page": "xyz", "province": "<script>"})

    assert "คลินิก 19" in first and "คลินิก 20" not in first
    assert bad.status_code == 200
