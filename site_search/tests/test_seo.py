"""Search engines and link previews (issue 16, item 6): canonical URL, OpenGraph tags with the summary as the
description, and the office as a GovernmentOrganization on the home page."""

import json
import re

import pytest

from site_search.tests.helpers import published_news

pytestmark = pytest.mark.django_db


def test_a_page_has_canonical_and_opengraph_tags_from_its_summary(client, category_page):
    page = published_news(category_page("news/press-releases"), "ข่าวสำหรับแชร์ทางไลน์", "สรุปข่าวสำหรับตัวอย่างลิงก์")
    html = client.get(page.url).content.decode()
    assert '<link rel="canonical" href="http://testserver' in html
    assert '<meta property="og:title" content="ข่าวสำหรับแชร์ทางไลน์">' in html
    assert '<meta property="og:description" content="สรุปข่าวสำหรับตัวอย่างลิงก์">' in html


def test_the_home_page_describes_the_office_as_a_government_organization(client):
    html = client.get("/").content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "GovernmentOrganization"


def _json_ld_blocks(html):
    return [
        json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def test_a_page_lists_its_section_path_as_a_breadcrumb_list(client, category_page):
    page = published_news(category_page("news/press-releases"), "ข่าวเส้นทางหมวด", "สรุป")
    html = client.get(page.url).content.decode()
    (trail,) = [block for block in _json_ld_blocks(html) if block["@type"] == "BreadcrumbList"]
    items = trail["itemListElement"]
    assert [item["position"] for item in items] == list(range(1, len(items) + 1))
    assert items[-1]["name"] == "ข่าวเส้นทางหมวด"
    assert items[-1]["item"] == f"http://testserver{page.url}"
    assert items[0]["item"] == "http://testserver/"


def test_a_title_cannot_close_the_breadcrumb_block(client, category_page):
    page = published_news(category_page("news/press-releases"), "ข่าว</script><script>alert(1)</script>", "สรุป")
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)" not in html
    (trail,) = [block for block in _json_ld_blocks(html) if block["@type"] == "BreadcrumbList"]
    assert trail["itemListElement"][-1]["name"] == "ข่าว</script><script>alert(1)</script>"
