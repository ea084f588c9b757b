"""The XML sitemap: an index of files of at most SSO_SITEMAP_URLS_PER_FILE URLs (50,000 by the protocol), with
every live public page exactly once (but an empty listing page, issue 17), and what changes when a page is
published, unpublished or made private."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from categories.tests import factories as f
from core.tests.bulk_pages import clone_pages
from home.tests.sitemap_reader import locations, sitemap_files, sitemap_paths

pytestmark = pytest.mark.django_db


def _listed_url_paths(root_page):
    """The url_paths of the live pages below ``root_page`` that the sitemap lists: all but a listing page
    (``hidden_while_empty`` on its type) with no live page beneath it. Decided here in Python, apart from the
    sitemap's own query: in tree-path order a page's descendants follow it at once, so a page holds a live page
    exactly when the next live path starts with its own."""
    rows = list(
        Page.objects.live()
        .filter(path__startswith=root_page.path)
        .order_by("path")
        .values_list("path", "url_path", "content_type_id")
    )
    hidden = {
        content_type.pk
        for content_type in ContentType.objects.filter(pk__in={row[2] for row in rows})
        if getattr(content_type.model_class(), "hidden_while_empty", False)
    }
    listed = []
    for n, (path, url_path, content_type_id) in enumerate(rows):
        holds_live_page = n + 1 < len(rows) and rows[n + 1][0].startswith(path)
        if content_type_id not in hidden or holds_live_page:
            listed.append(url_path)
    return listed


def _public_paths(home_page):
    root = len(home_page.url_path)
    return sorted("/" + url_path[root:] for url_path in _listed_url_paths(home_page))


def test_every_live_page_is_in_the_sitemap_once_across_files_of_the_limit(client, settings, home_page):
    settings.SSO_SITEMAP_URLS_PER_FILE = 10
    files = sitemap_files(client)
    expected = _public_paths(home_page)
    assert len(files) == -(-len(expected) // 10) > 2
    assert all(len(urls) <= 10 for urls in files)
    assert sorted(sitemap_paths(client)) == expected


def test_a_file_past_the_last_is_not_found(client, settings):
    settings.SSO_SITEMAP_URLS_PER_FILE = 10
    count = len(sitemap_files(client))
    assert client.get(f"/sitemap-{count + 1}.xml").status_code == 404
    assert client.get("/sitemap-0.xml").status_code == 404


def test_at_120000_pages_the_sitemap_is_an_index_of_three_files_of_at_most_50000(client, category_page):
    parent = category_page("other")
    clone_pages(f.ContentPageFactory(parent=parent, title="หน้าทดสอบปริมาณ"), 120_000)
    total = len(_listed_url_paths(parent.get_parent()))
    files = sitemap_files(client)
    assert [len(urls) for urls in files] == [50_000, 50_000, total - 100_000]
    assert len({url for urls in files for url in urls}) == total


def test_a_draft_and_a_private_page_are_left_out(client, category_page):
    section = category_page("other")
    draft = f.ContentPageFactory(parent=section, live=False)
    private = f.ContentPageFactory(parent=section)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    paths = sitemap_paths(client)
    assert section.url in paths
    assert draft.url_path not in paths and private.url not in paths


def test_a_published_page_appears_in_the_cached_sitemap_at_once(client, category_page):
    section = category_page("other")
    page = f.ContentPageFactory(parent=section, live=False)
    assert page.get_url() not in sitemap_paths(client)
    page.save_revision().publish()
    assert page.get_url() in sitemap_paths(client)


def test_the_index_and_a_file_are_served_from_the_cache(client):
    client.get("/sitemap.xml")
    client.get("/sitemap-1.xml")
    with CaptureQueriesContext(connection) as queries:
        assert locations(client.get("/sitemap.xml").content)
        assert locations(client.get("/sitemap-1.xml").content)
    assert len(queries) <= 2  # the site of each request


def test_every_sitemap_file_is_front_cached_under_the_key_a_page_change_purges(client, settings):
    settings.SSO_SITEMAP_URLS_PER_FILE = 10
    for path in ("/sitemap.xml", "/sitemap-1.xml", "/sitemap-2.xml"):
        response = client.get(path)
        assert "s-maxage" in response["Cache-Control"], path
        assert set(response.get("xkey", "").split()) & set(settings.SSO_FRONT_CACHE_PAGE_CHANGE_KEYS), path
