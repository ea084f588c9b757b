"""The index follows publishing: unpublished and restricted pages are not found; the rebuild command restores it."""

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from site_search.models import SearchEntry
from site_search.tests.helpers import found_titles, published_news

pytestmark = pytest.mark.django_db


def test_an_unpublished_page_is_no_longer_found(client, category_page):
    page = published_news(category_page("news/press-releases"), "ข่าวที่จะถูกถอนออก")
    page.unpublish()
    assert "ข่าวที่จะถูกถอนออก" not in found_titles(client, "ถูกถอนออก")
    assert not SearchEntry.objects.filter(page_id=page.pk).exists()


def test_a_page_behind_a_view_restriction_is_not_indexed(client, category_page):
    parent = category_page("news/press-releases")
    page = published_news(parent, "ข่าวภายในเฉพาะเจ้าหน้าที่")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    page.save_revision().publish()
    assert "ข่าวภายในเฉพาะเจ้าหน้าที่" not in found_titles(client, "เฉพาะเจ้าหน้าที่")


def test_rebuild_indexes_live_pages_and_drops_stale_entries(client, category_page):
    page = published_news(category_page("news/press-releases"), "ข่าวสร้างดัชนีใหม่")
    SearchEntry.objects.filter(page_id=page.pk).delete()
    call_command("rebuild_search_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert "ข่าวสร้างดัชนีใหม่" in found_titles(client, "สร้างดัชนีใหม่")
