"""Editors see what people look for (issue 16, item 5) and keep the synonyms: ศสน. staff and superusers only; the
report stores no personal data and its downloads cannot run formulas."""

import pytest
from django.urls import reverse

from governance.tests.factories import unit_user
from site_search.models import QueryWeek, Synonym
from site_search.tests.helpers import found_titles, published_news

pytestmark = pytest.mark.django_db
REPORT = "search_report:index"
SYNONYMS = "wagtailsnippets_site_search_synonym:list"


def test_ict_centre_staff_read_the_search_report(client):
    client.force_login(unit_user("ศสน.", "editor"))
    assert client.get(reverse(REPORT)).status_code == 200


def test_another_units_editor_cannot_read_the_search_report(client):
    client.force_login(unit_user("กม.", "editor"))
    response = client.get(reverse(REPORT))
    assert response.status_code in (302, 403)
    assert "รายการค้นหา" not in response.content.decode()


def test_another_units_editor_cannot_add_a_synonym(client):
    client.force_login(unit_user("กม.", "editor"))
    response = client.post(
        reverse("wagtailsnippets_site_search_synonym:add"), {"phrase": "ยึดคำค้น", "alternatives": "หน้าแปลก"}
    )
    assert response.status_code in (302, 403)
    assert not Synonym.objects.filter(phrase="ยึดคำค้น").exists()


def test_ict_centre_staff_add_a_synonym_and_search_uses_it_at_once(client, category_page):
    client.force_login(unit_user("ศสน.", "editor"))
    assert client.get(reverse(SYNONYMS)).status_code == 200
    client.post(reverse("wagtailsnippets_site_search_synonym:add"), {"phrase": "เงินช่วยค่าศพ", "alternatives": "ค่าทำศพ"})
    assert Synonym.objects.filter(phrase="เงินช่วยค่าศพ").exists()
    published_news(category_page("news/press-releases"), "ประโยชน์ทดแทนค่าทำศพ")
    assert "ประโยชน์ทดแทนค่าทำศพ" in found_titles(client, "เงินช่วยค่าศพ")


def test_the_seed_holds_at_least_twenty_everyday_words():
    assert Synonym.objects.count() >= 20
    assert "ทันตกรรม" in Synonym.objects.get(phrase="ทำฟัน").alternative_list()


def test_a_search_is_counted_for_its_week_without_who_searched(client):
    client.get("/search/", {"q": "  ทำฟัน  ที่ไหน ", "page": "1"}, REMOTE_ADDR="203.0.113.9")
    client.get("/search/", {"q": "คำที่ไม่มีอยู่จริงแน่นอนqqq"})
    row = QueryWeek.objects.get(query="ทำฟันที่ไหน")
    assert (row.searches, row.week.weekday()) == (1, 0)
    assert QueryWeek.objects.get(query="คำที่ไม่มีอยู่จริงแน่นอนqqq").zero_results == 1
    assert {f.name for f in QueryWeek._meta.get_fields()} == {"id", "query", "week", "searches", "zero_results"}


def test_the_report_download_neutralises_formulas(client):
    client.get("/search/", {"q": "=HYPERLINK(1)"})
    client.force_login(unit_user("ศสน.", "editor"))
    response = client.get(reverse(REPORT), {"export": "csv"})
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "'=hyperlink(1)" in body
