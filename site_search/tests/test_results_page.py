"""The results page (issue 16, item 3): snippet with escaped highlights, section, page type, Buddhist-era date,
filters, paging, count, "did you mean", zero-result help; a bounded number of queries."""

import datetime

import pytest

from site_search.results import PAGE_SIZE
from site_search.tests.helpers import published_news

pytestmark = pytest.mark.django_db


def test_a_result_shows_a_snippet_with_the_matched_word_marked_and_escaped(client, category_page):
    published_news(
        category_page("news/press-releases"),
        "ข่าวเรื่องสิทธิ",
        paragraphs=["ผู้ประกันตนรับสิทธิทันตกรรม &lt;script&gt;alert(1)&lt;/script&gt; ได้ปีละ 900 บาท"],
    )
    html = client.get("/search/", {"q": "ทันตกรรม"}).content.decode()
    assert "<mark>ทันตกรรม</mark>" in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_result_shows_its_section_page_type_and_buddhist_era_date(client, category_page):
    published_news(category_page("news/press-releases"), "ประกาศวันหยุดราชการพิเศษ", date=datetime.date(2025, 4, 14))
    response = client.get("/search/", {"q": "วันหยุดราชการพิเศษ"})
    result = response.context["outcome"].results[0]
    html = response.content.decode()
    assert result.section.title in html
    assert result.page_type in html
    assert "14 เมษายน 2568" in html


def test_the_filters_narrow_the_results_by_page_type_year_and_section(client, category_page):
    published_news(category_page("news/press-releases"), "ประกาศเรื่องลดเงินสมทบปีก่อน", date=datetime.date(2024, 5, 1))
    published_news(category_page("news/press-releases"), "ประกาศเรื่องลดเงินสมทบปีนี้", date=datetime.date(2025, 5, 1))
    base = {"q": "ลดเงินสมทบ", "type": "categories.newsarticlepage"}
    titles = [r.title for r in client.get("/search/", {**base, "year": "2568"}).context["outcome"].results]
    assert titles == ["ประกาศเรื่องลดเงินสมทบปีนี้"]
    section = category_page("news").pk
    response = client.get("/search/", {**base, "section": str(section)})
    assert len(response.context["outcome"].results) == 2
    other = category_page("laws").pk
    assert client.get("/search/", {**base, "section": str(other)}).context["outcome"].total == 0


def test_results_come_a_page_at_a_time_with_a_count(client, category_page):
    news = category_page("news/press-releases")
    for n in range(PAGE_SIZE + 3):
        published_news(news, f"ข่าวสัมมนาวิชาการครั้งที่ {n}")
    response = client.get("/search/", {"q": "สัมมนาวิชาการ", "page": "2"})
    outcome = response.context["outcome"]
    assert outcome.total == PAGE_SIZE + 3
    assert len(outcome.results) == 3
    assert "พบ 23 รายการ" in response.content.decode()


def test_nothing_found_offers_the_hotline_and_the_site_map(client):
    html = client.get("/search/", {"q": "คำที่ไม่มีในเว็บไซต์เลยแน่นอนxyz"}).content.decode()
    assert "1506" in html
    assert "/site-map/" in html


def test_the_page_works_without_javascript_filters_are_a_get_form(client, category_page):
    published_news(category_page("news/press-releases"), "ข่าวการประชุมคณะกรรมการแพทย์")
    html = client.get("/search/", {"q": "คณะกรรมการแพทย์"}).content.decode()
    assert '<form class="search-filters" method="get"' in html


def test_a_search_runs_a_bounded_number_of_queries(client, category_page, django_assert_max_num_queries):
    news = category_page("news/press-releases")
    for n in range(PAGE_SIZE + 5):
        published_news(news, f"ประกาศรับสมัครงานตำแหน่งที่ {n}", paragraphs=["รับสมัครงานหลายตำแหน่ง"])
    client.get("/search/", {"q": "รับสมัครงาน"})  # fills the caches (site, synonyms) and this week's count row
    with django_assert_max_num_queries(10):
        response = client.get("/search/", {"q": "รับสมัครงาน", "page": "1"})
    assert len(response.context["outcome"].results) == PAGE_SIZE
