"""The icons, web app manifest, default share image and print stylesheet every public page links."""

import json
import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from PIL import Image

pytestmark = pytest.mark.django_db


def test_favicon_ico_answers_at_the_site_root(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"  # an ICO header


def test_every_icon_and_stylesheet_the_home_page_links_exists(client, home_page):
    html = client.get(home_page.url).content.decode()
    for rel in ("icon", "apple-touch-icon", "manifest"):
        assert f'rel="{rel}"' in html
    static_paths = re.findall(r'href="/static/([^"]+)"', html)
    assert "icons/icon.svg" in static_paths and "icons/manifest.webmanifest" in static_paths
    for path in static_paths:
        assert finders.find(path), path


def test_the_print_stylesheet_is_linked_for_print_only(client, category_page):
    html = client.get(category_page("news/press-releases").url).content.decode()
    assert '<link rel="stylesheet" href="/static/css/print.css" media="print">' in html


def test_the_print_stylesheet_hides_navigation_and_prints_link_addresses():
    css = Path(finders.find("css/print.css")).read_text(encoding="utf-8")
    hidden = css.split("{ display: none !important; }")[0]
    for selector in (".main-nav", ".site-search", ".breadcrumbs", ".site-footer__links", ".language-switch"):
        assert selector in hidden
    assert 'content: " <" attr(href) ">"' in css


def test_the_manifest_names_the_office_and_its_icons_exist():
    manifest = json.loads(Path(finders.find("icons/manifest.webmanifest")).read_text(encoding="utf-8"))
    assert manifest["name"] == "สำนักงานประกันสังคม"
    for icon in manifest["icons"]:
        assert finders.find(f"icons/{icon['src']}")


def test_the_default_share_image_is_1200_by_630():
    with Image.open(finders.find("images/og-default.png")) as image:
        assert image.size == (1200, 630)
