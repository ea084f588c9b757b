"""Seed §3.1: approved pages wait for their go-live time and disappear at their expiry."""

import datetime

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from categories.tests.factories import NewsArticlePageFactory
from governance.tests.admin_actions import let_time_pass_until_go_live
from governance.tests.factories import unit_user
from governance.workflow import jobs
from home.tests.sitemap_reader import sitemap_paths

pytestmark = pytest.mark.django_db


def _approved_revision_by_editor(page, go_live_at=None, expire_at=None):
    """An editor without publish permission wrote the revision; the workflow's approval publishes it."""
    editor = unit_user("ศสน.", "editor")
    page.go_live_at = go_live_at
    page.expire_at = expire_at
    revision = page.save_revision(user=editor)
    revision.publish(user=unit_user("ศสน.", "director"), skip_permission_checks=True)
    page.refresh_from_db()
    return page


@pytest.fixture
def draft_news(category_page):
    page = NewsArticlePageFactory(parent=category_page("news/press-releases"), title="ประกาศวันหยุดราชการ")
    page.unpublish()
    return page


def test_an_approved_page_with_a_future_go_live_waits(draft_news):
    page = _approved_revision_by_editor(draft_news, go_live_at=timezone.now() + datetime.timedelta(hours=2))
    assert not page.live


def test_the_scheduled_job_publishes_it_when_its_time_comes_even_if_the_author_cannot_publish(draft_news):
    page = _approved_revision_by_editor(draft_news, go_live_at=timezone.now() + datetime.timedelta(hours=2))
    let_time_pass_until_go_live(page.latest_revision)
    jobs.publish_scheduled()
    page.refresh_from_db()
    assert page.live


def test_an_expired_page_leaves_listings_search_and_the_sitemap(client, category_page, draft_news):
    page = _approved_revision_by_editor(draft_news, expire_at=timezone.now() + datetime.timedelta(hours=1))
    assert page.live
    type(page).objects.filter(pk=page.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
    jobs.publish_scheduled()
    page.refresh_from_db()
    assert not page.live and page.expired
    assert page.title not in client.get(category_page("news/press-releases").url).content.decode()
    assert page.title not in client.get(reverse("search"), {"q": "วันหยุดราชการ"}).content.decode()
    assert page.get_url() not in sitemap_paths(client)
    assert client.get(category_page("news/press-releases").url + page.slug + "/").status_code == 404


def test_publish_scheduled_is_a_cron_job():
    assert ("*/5 * * * *", "governance.workflow.jobs.publish_scheduled") in [
        tuple(job[:2]) for job in settings.CRONJOBS
    ]
