"""What every public page promises: Thai, accessible landmarks, cacheable, ready for a strict CSP."""

import re

import pytest
from django.urls import reverse

from home.tests.sitemap_reader import sitemap_paths

pytestmark = pytest.mark.django_db

PUBLIC_KEYS = ["about/organization/history", "news/press-releases", "benefits/social-security-fund/maternity"]


@pytest.fixture
def public_pages(client, home_page, category_page):
    urls = ["/"] + [category_page(key).url for key in PUBLIC_KEYS] + [reverse("search") + "?q=ประกันสังคม"]
    return [(url, client.get(url)) for url in urls]


def test_pages_are_thai_with_a_skip_link_and_landmarks(public_pages):
    for url, response in public_pages:
        html = response.content.decode()
        assert '<html lang="th"' in html, url
        assert 'href="#main"' in html and 'id="main"' in html, url
        for landmark in ("<header", "<nav", "<main", "<footer"):
            assert landmark in html, (url, landmark)


def test_pages_have_exactly_one_h1(public_pages):
    for url, response in public_pages:
        assert len(re.findall(r"<h1[\s>]", response.content.decode())) == 1, url


def test_pages_have_no_inline_script_or_style(public_pages):
    for url, response in public_pages:
        html = response.content.decode()
        # a JSON-LD data block (structured data for search engines) is not run, and CSP does not apply to it
        assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/ld\+json\")[^>]*>", html), url
        assert not re.search(r"<style[\s>]|\sstyle=|\son[a-z]+=", html), url


def test_anonymous_pages_set_no_cookie_and_carry_no_csrf_token(public_pages):
    for url, response in public_pages:
        assert not response.cookies, url
        assert "csrfmiddlewaretoken" not in response.content.decode(), url
        assert "Cookie" not in response.get("Vary", ""), url


def test_the_footer_shows_the_hotline_and_address(client, home_page):
    html = client.get("/").content.decode()
    assert "1506" in html
    assert "ถนนติวานนท์" in html


def test_breadcrumbs_lead_back_to_the_section(client, category_page):
    page = category_page("benefits/social-security-fund/maternity")
    html = client.get(page.url).content.decode()
    assert category_page("benefits/social-security-fund").url in html


def test_the_sitemap_lists_category_pages(client, category_page):
    # A content page: an empty listing such as laws/acts stays out until it holds a live item (issue 17).
    assert category_page("about/organization/history").url in sitemap_paths(client)


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body


def test_an_unknown_address_gets_a_thai_404(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "ไม่พบ" in response.content.decode()


def test_user_text_is_escaped(client, category_page):
    from categories.tests.factories import NewsArticlePageFactory

    page = NewsArticlePageFactory(parent=category_page("news/press-releases"), intro="<script>alert(1)</script>")
    html = client.get(category_page("news/press-releases").url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert page.title in html


def test_the_admin_speaks_thai(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert 'lang="th"' in html
    assert "หน้า" in html


def _editor_rich_text(text, url):
    """Rich text as the admin's editor (Draftail) stores it: a paragraph with a link."""
    import json

    from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

    from categories.blocks import RICH_TEXT_FEATURES

    contentstate = {
        "blocks": [
            {
                "key": "a1",
                "type": "unstyled",
                "text": text,
                "depth": 0,
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": 0, "length": 4, "key": 0}],
                "data": {},
            }
        ],
        "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}},
    }
    return ContentstateConverter(RICH_TEXT_FEATURES).to_database_format(json.dumps(contentstate))


def test_table_cells_and_editor_rich_text_cannot_inject_script(client, category_page):
    from categories.tests.factories import ContentPageFactory

    table = {
        "data": [["<script>alert('cell')</script>", "<img src=x onerror=alert(1)>"]],
        "first_row_is_table_header": False,
        "first_col_is_header": False,
        "table_caption": "<b>caption</b>",
        "cell": [],
    }
    page = ContentPageFactory(parent=category_page("other"))
    page.body = [
        ("table", table),
        ("paragraph", _editor_rich_text('link <script>alert("rich")</script>', "javascript:alert(1)")),
    ]
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "javascript:alert" not in html


def test_the_site_map_shows_three_levels_of_the_menu_in_one_page(client, category_page, django_assert_max_num_queries):
    client.get("/site-map/")
    with django_assert_max_num_queries(12):
        response = client.get("/site-map/")
    html = response.content.decode()
    for key in ("benefits", "benefits/social-security-fund", "benefits/social-security-fund/maternity"):
        assert category_page(key).url in html
    assert category_page("other").url not in html


def test_the_admin_has_thai_for_strings_wagtails_own_catalogue_lacks():
    from django.utils.translation import gettext, override

    with override("th"):
        assert gettext("Schedule to publish") != "Schedule to publish"
        assert gettext("Workflow") == "เวิร์กโฟลว์"


def test_time_since_reads_in_thai_in_the_admin():
    import datetime

    from django.utils.timesince import timesince
    from django.utils.translation import override

    now = datetime.datetime(2026, 11, 25, 12, 0)
    with override("th"):
        assert timesince(now - datetime.timedelta(minutes=5), now) == "5\xa0นาที"  # Django keeps it unbroken
