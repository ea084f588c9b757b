"""The English section: /en/ addresses, hreflang both ways, the language switch, English UI strings, Thai
addresses unchanged (docs/english.md)."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from categories.tests.factories import publish_english

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_about(category_page):
    return publish_english(category_page("about"), "About the Social Security Office")


def test_the_english_page_answers_under_en(client, english_about):
    assert english_about.url == "/en/about/"
    response = client.get("/en/about/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert "<h1>About the Social Security Office</h1>" in html


def test_the_thai_page_keeps_its_address_and_language(client, category_page, english_about):
    thai = category_page("about")
    assert thai.url == "/about/"
    html = client.get("/about/").content.decode()
    assert '<html lang="th"' in html


def test_hreflang_links_go_both_ways(client, english_about):
    expected = (
        '<link rel="alternate" hreflang="th" href="http://localhost/about/">',
        '<link rel="alternate" hreflang="en" href="http://localhost/en/about/">',
    )
    for url in ("/about/", "/en/about/"):
        html = client.get(url).content.decode()
        for link in expected:
            assert link in html, (url, link)


def test_an_untranslated_page_has_no_alternates_but_switches_to_the_english_home(client, category_page, english_about):
    html = client.get(category_page("laws").url).content.decode()
    assert 'hreflang="en" href' not in html.split("</head>")[0]
    assert 'class="language-switch__link" href="/en/" hreflang="en" lang="en">English</a>' in html


def test_english_pages_show_english_ui_strings_and_thai_pages_thai(client, english_about):
    english = client.get("/en/about/").content.decode()
    thai = client.get("/about/").content.decode()
    assert "Skip to main content" in english and "ข้ามไปยังเนื้อหาหลัก" not in english
    assert "ข้ามไปยังเนื้อหาหลัก" in thai


def test_the_english_menu_lists_english_sections(client, english_about):
    html = client.get("/en/").content.decode()
    assert 'href="/en/about/">About the Social Security Office</a>' in html
    assert "เกี่ยวกับประกันสังคม</a>" not in html


def test_the_brand_link_goes_to_the_home_page_of_the_language(client, english_about):
    assert '<a class="brand" href="/en/">' in client.get("/en/about/").content.decode()
    assert '<a class="brand" href="/">' in client.get("/about/").content.decode()


# The language versions come from a cache (core.page_languages); these prove it is used and kept right.


TRANSLATION_FILTER = re.compile(r'"translation_key" (IN|=) ')


def _head(client, url):
    return client.get(url).content.decode().split("</head>")[0]


def test_a_second_view_reads_no_locale_and_no_translation_from_the_database(client, english_about):
    for url in ("/about/", "/en/about/"):
        client.get(url)
        with CaptureQueriesContext(connection) as second:
            assert client.get(url).status_code == 200
        sql = [query["sql"] for query in second.captured_queries]
        assert not [q for q in sql if '"wagtailcore_locale"' in q or TRANSLATION_FILTER.search(q)], (url, sql)


def test_a_translation_published_after_the_thai_page_was_viewed_is_an_alternate_at_once(client, category_page):
    assert 'hreflang="en"' not in _head(client, "/about/")
    publish_english(category_page("about"), "About")
    assert '<link rel="alternate" hreflang="en" href="http://localhost/en/about/">' in _head(client, "/about/")


def test_an_unpublished_translation_stops_being_an_alternate(client, english_about):
    assert 'hreflang="en" href="http://localhost/en/about/"' in _head(client, "/about/")
    english_about.unpublish()
    html = client.get("/about/").content.decode()
    assert 'hreflang="en" href' not in html.split("</head>")[0]
    assert 'class="language-switch__link" href="/en/" hreflang="en"' in html


def test_a_view_restricted_translation_is_not_an_alternate(client, english_about):
    assert 'hreflang="en" href="http://localhost/en/about/"' in _head(client, "/about/")
    PageViewRestriction.objects.create(page=english_about, restriction_type=PageViewRestriction.LOGIN)
    assert 'hreflang="en" href' not in _head(client, "/about/")


def test_a_changed_english_address_is_the_new_alternate(client, english_about):
    assert 'hreflang="en" href="http://localhost/en/about/"' in _head(client, "/about/")
    english_about.slug = "about-us"
    english_about.save_revision().publish()
    assert '<link rel="alternate" hreflang="en" href="http://localhost/en/about-us/">' in _head(client, "/about/")
