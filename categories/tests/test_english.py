"""The English section: /en/ addresses, hreflang both ways, the language switch, English UI strings, Thai
addresses unchanged (docs/english.md)."""

import pytest
from wagtail.models import Locale, Site

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_about(category_page):
    english = Locale.objects.get(language_code="en")
    home = Site.objects.get(is_default_site=True).root_page
    home_en = home.copy_for_translation(english)
    home_en.title = "Social Security Office"
    home_en.save_revision().publish()
    page = category_page("about").copy_for_translation(english).specific
    page.title = "About the Social Security Office"
    page.save_revision().publish()
    return page


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
    assert 'class="language-switch__link" href="http://localhost/en/" hreflang="en" lang="en">English</a>' in html


def test_english_pages_show_english_ui_strings_and_thai_pages_thai(client, english_about):
    english = client.get("/en/about/").content.decode()
    thai = client.get("/about/").content.decode()
    assert "Skip to main content" in english and "ข้ามไปยังเนื้อหาหลัก" not in english
    assert "ข้ามไปยังเนื้อหาหลัก" in thai


def test_the_english_menu_lists_english_sections(client, english_about):
    html = client.get("/en/").content.decode()
    assert 'href="/en/about/">About the Social Security Office</a>' in html
    assert "เกี่ยวกับประกันสังคม</a>" not in html
