"""Public search: Thai text is indexed as words, queries are segmented and bounded."""

import time

import pytest
from django.urls import reverse

from categories.tests.factories import NewsArticlePageFactory
from core.thai_text import index_text, query_text

pytestmark = pytest.mark.django_db


def test_a_compound_is_indexed_with_the_words_inside_it():
    words = index_text("สำนักงานประกันสังคมจัดงานสัมมนา").split()
    assert {"สำนักงานประกันสังคม", "ประกันสังคม", "สัมมนา"} <= set(words)


def test_a_query_is_segmented_into_words():
    assert query_text("ผู้ประกันตนภาคบังคับ", 100) == "ผู้ประกันตน ภาคบังคับ"


def test_a_query_is_cut_to_the_maximum_length():
    assert len(query_text("ก" * 5000, 100).replace(" ", "")) <= 100


def test_search_finds_a_word_inside_a_thai_compound(client, category_page):
    page = NewsArticlePageFactory(parent=category_page("news/press-releases"), title="สำนักงานประกันสังคมเปิดรับฟังความคิดเห็น")
    page.save_revision().publish()  # newest first: the 76 provincial offices' pages also match ประกันสังคม
    response = client.get(reverse("search"), {"q": "ประกันสังคม"})
    assert response.status_code == 200
    assert "สำนักงานประกันสังคมเปิดรับฟังความคิดเห็น" in response.content.decode()


def test_search_does_not_show_unpublished_pages(client, category_page):
    page = NewsArticlePageFactory(parent=category_page("news/press-releases"), title="ข่าวลับยังไม่เผยแพร่มาตรการใหม่")
    page.unpublish()
    response = client.get(reverse("search"), {"q": "ข่าวลับยังไม่เผยแพร่"})
    assert "ข่าวลับยังไม่เผยแพร่มาตรการใหม่" not in response.content.decode()


def test_a_ten_thousand_character_unspaced_query_is_answered_quickly(client):
    started = time.monotonic()
    response = client.get(reverse("search"), {"q": "ประกันสังคม" * 1000})
    assert response.status_code == 200
    assert time.monotonic() - started < 5
    assert "ใช้เฉพาะ" in response.content.decode()


def test_an_empty_query_shows_the_form_without_results(client):
    response = client.get(reverse("search"))
    assert response.status_code == 200
    assert response.context["results"] is None


def test_results_are_newest_first(client, category_page):
    index = category_page("news/press-releases")
    older = NewsArticlePageFactory(parent=index, title="ประกาศสำนักงานประกันสังคมฉบับเก่า")
    older.save_revision().publish()
    newer = NewsArticlePageFactory(parent=index, title="ประกาศสำนักงานประกันสังคมฉบับใหม่")
    newer.save_revision().publish()
    html = client.get(reverse("search"), {"q": "ประกาศสำนักงานประกันสังคม"}).content.decode()
    assert html.index(newer.title) < html.index(older.title)
