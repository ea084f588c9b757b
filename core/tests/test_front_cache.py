"""Every kind of change purges the front cache's keys of what shows it, after the commit, retried until sent."""

import datetime
import http.server
import threading

import pytest
from django.utils import timezone
from wagtail.models import Page

from categories.tests.factories import NewsArticlePageFactory
from core import front_cache, jobs
from core.front_cache import XkeyVarnishBackend
from core.models import PendingPurge
from core.tests import recording_front_cache as recorded
from governance.tests.admin_actions import let_time_pass_until_go_live
from governance.tests.factories import unit_user
from governance.workflow import jobs as workflow_jobs
from procurement.tests.factories import ProjectFactory
from sso_statistics.tests.factories import part_page

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def recording_backend(settings):
    settings.WAGTAILFRONTENDCACHE = {"recorder": {"BACKEND": "core.tests.recording_front_cache.RecordingBackend"}}
    settings.SSO_FRONT_CACHE_REPURGE_SECONDS = 0
    recorded.reset()
    yield
    recorded.reset()


@pytest.fixture
def news_index(category_page):
    return category_page("news/press-releases")


@pytest.fixture
def article(news_index):
    page = NewsArticlePageFactory(parent=news_index, title="ข่าวก่อนแก้")
    page.save_revision().publish()
    PendingPurge.objects.all().delete()
    return page


def _committed(django_capture_on_commit_callbacks, change):
    with django_capture_on_commit_callbacks(execute=True):
        change()
    return recorded.all_keys()


def _listing_keys(page) -> set[str]:
    return {f"page-{pk}" for pk in page.get_ancestors().filter(depth__gt=1).values_list("pk", flat=True)}


def test_publish_purges_the_page_its_listings_home_sitemap_and_open_data(
    django_capture_on_commit_callbacks, article, home_page
):
    article.title = "ข่าวหลังแก้"
    keys = _committed(django_capture_on_commit_callbacks, lambda: article.save_revision().publish())
    assert {f"page-{article.pk}", f"tree-{article.path}", f"page-{home_page.pk}"} <= keys
    assert _listing_keys(article) <= keys
    assert {"sitemap", "site-map", "open-data"} <= keys


def test_unpublish_purges_the_page_and_its_listings(django_capture_on_commit_callbacks, article):
    keys = _committed(django_capture_on_commit_callbacks, article.unpublish)
    assert {f"page-{article.pk}", "sitemap"} | _listing_keys(article) <= keys


def test_move_purges_the_old_and_the_new_listings(django_capture_on_commit_callbacks, article, category_page):
    old_listings = _listing_keys(article)
    old_tree = f"tree-{article.path}"
    new_parent = category_page("news/recruitment")
    keys = _committed(django_capture_on_commit_callbacks, lambda: article.move(new_parent, pos="last-child"))
    moved = Page.objects.get(pk=article.pk)
    assert old_listings | _listing_keys(moved) <= keys
    assert {old_tree, f"tree-{moved.path}", f"page-{new_parent.pk}"} <= keys


def test_delete_purges_the_page_and_its_listings(django_capture_on_commit_callbacks, article):
    expected = {f"page-{article.pk}"} | _listing_keys(article)
    keys = _committed(django_capture_on_commit_callbacks, lambda: Page.objects.get(pk=article.pk).delete())
    assert expected <= keys


def test_scheduled_publish_purges_when_the_job_publishes(django_capture_on_commit_callbacks, news_index):
    page = NewsArticlePageFactory(parent=news_index, title="ข่าวตั้งเวลา")
    page.unpublish()
    page.go_live_at = timezone.now() + datetime.timedelta(hours=2)
    page.save_revision(user=unit_user("ศสน.", "editor")).publish(
        user=unit_user("ศสน.", "director"), skip_permission_checks=True
    )
    page.refresh_from_db()
    let_time_pass_until_go_live(page.latest_revision)
    recorded.reset()
    keys = _committed(django_capture_on_commit_callbacks, workflow_jobs.publish_scheduled)
    assert {f"page-{page.pk}", f"page-{news_index.pk}"} <= keys


def test_scheduled_expiry_purges_when_the_job_unpublishes(django_capture_on_commit_callbacks, article):
    type(article).objects.filter(pk=article.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
    keys = _committed(django_capture_on_commit_callbacks, workflow_jobs.publish_scheduled)
    assert {f"page-{article.pk}"} | _listing_keys(article) <= keys


def test_site_contact_setting_purges_the_layout_of_every_page(django_capture_on_commit_callbacks, home_page):
    from home.models import SiteContact

    contact = SiteContact.for_site(home_page.get_site())
    contact.hotline = "1506 กด 9"
    keys = _committed(django_capture_on_commit_callbacks, contact.save)
    assert "layout" in keys


def test_menu_page_change_purges_the_layout(django_capture_on_commit_callbacks, category_page):
    section = category_page("news")
    keys = _committed(django_capture_on_commit_callbacks, lambda: section.save_revision().publish())
    assert "layout" in keys


def test_article_change_leaves_the_layout_cached(django_capture_on_commit_callbacks, article):
    keys = _committed(django_capture_on_commit_callbacks, lambda: article.save_revision().publish())
    assert "layout" not in keys


def test_procurement_project_snippet_purges_procurement_pages(django_capture_on_commit_callbacks):
    keys = _committed(django_capture_on_commit_callbacks, ProjectFactory)
    assert "app-procurement" in keys


def test_statistics_part_publish_purges_its_downloads_and_the_open_data_catalogue(
    django_capture_on_commit_callbacks, client
):
    part = part_page("ssf", 2)
    keys = _committed(django_capture_on_commit_callbacks, lambda: part.save_revision().publish())
    assert {f"page-{part.pk}", "open-data"} <= keys
    assert f"page-{part.pk}" in client.get(part.url)["xkey"].split()


def test_nothing_is_purged_before_the_commit(article):
    article.save_revision().publish()  # the test's transaction never commits
    assert recorded.purged_keys == []
    assert PendingPurge.objects.exists()


def test_rolled_back_change_purges_nothing(django_capture_on_commit_callbacks, article):
    from django.db import transaction

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        article.save_revision().publish()
        raise RuntimeError
    assert recorded.purged_keys == []
    assert not PendingPurge.objects.exists()


def test_purge_while_varnish_is_down_is_kept_and_sent_by_the_job(django_capture_on_commit_callbacks, article):
    recorded.state["down"] = True
    _committed(django_capture_on_commit_callbacks, lambda: article.save_revision().publish())
    row = PendingPurge.objects.get()
    assert row.attempts == 1 and "down" in row.last_error
    recorded.state["down"] = False
    PendingPurge.objects.update(next_attempt_at=timezone.now())
    jobs.send_purges()
    assert f"page-{article.pk}" in recorded.all_keys()


def test_each_purge_is_sent_a_second_time_then_forgotten(django_capture_on_commit_callbacks, article):
    _committed(django_capture_on_commit_callbacks, lambda: article.save_revision().publish())
    assert PendingPurge.objects.get().passes == 1
    jobs.send_purges()
    assert len(recorded.purged_keys) == 2
    assert not PendingPurge.objects.exists()


def test_without_a_front_cache_nothing_is_queued(settings, article):
    settings.WAGTAILFRONTENDCACHE = {}
    article.save_revision().publish()
    assert not PendingPurge.objects.exists()


class _PurgeRecorder(http.server.BaseHTTPRequestHandler):
    seen: list = []

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        type(self).seen.append((self.path, self.headers.get("xkey-purge"), self.headers.get("Host")))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_server():
    server = http.server.HTTPServer(("127.0.0.1", 0), _PurgeRecorder)
    _PurgeRecorder.seen = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_varnish_backend_sends_keys_in_an_xkey_purge_request(purge_server):
    XkeyVarnishBackend({"LOCATION": purge_server}).purge_keys({"page-3", "layout"})
    assert _PurgeRecorder.seen == [("/", "layout page-3", purge_server.removeprefix("http://"))]


def test_varnish_backend_purges_one_url(purge_server):
    XkeyVarnishBackend({"LOCATION": purge_server}).purge("https://www.sso.go.th/news/?page=2")
    assert _PurgeRecorder.seen == [("/news/?page=2", None, "www.sso.go.th")]


def test_varnish_backend_reports_an_unreachable_varnish():
    with pytest.raises(front_cache.PurgeFailed):
        XkeyVarnishBackend({"LOCATION": "http://127.0.0.1:9", "TIMEOUT": 1}).purge_keys({"home"})


def test_send_purges_is_a_cron_job(settings):
    assert ("* * * * *", "core.jobs.send_purges") in [tuple(job[:2]) for job in settings.CRONJOBS]


# What issue 17 and 18 added to pages: the footer's policies, the services, FAQ answers on benefit pages, the
# hospital register, English versions, listings that stay out of menus while empty.


def test_a_policy_page_change_purges_every_footer(django_capture_on_commit_callbacks, category_page):
    from categories.tests.factories import PolicyPageFactory

    policy = PolicyPageFactory(parent=category_page("other"), kind="privacy", live=False)
    keys = _committed(django_capture_on_commit_callbacks, lambda: policy.save_revision().publish())
    assert "layout" in keys


def test_the_online_services_setting_purges_every_header(django_capture_on_commit_callbacks, home_page):
    from home.models import OnlineServices

    services = OnlineServices.for_site(home_page.get_site())
    keys = _committed(django_capture_on_commit_callbacks, services.save)
    assert "layout" in keys


def test_a_hospital_change_purges_the_finder_pages_that_list_it(django_capture_on_commit_callbacks, client):
    from categories.models import Hospital, HospitalFinderPage

    finder = HospitalFinderPage.objects.first()
    assert "hospitals" in client.get(finder.url)["xkey"].split()
    hospital = Hospital(name="โรงพยาบาลทดสอบ", province="เชียงใหม่", district="เมืองเชียงใหม่")
    keys = _committed(django_capture_on_commit_callbacks, hospital.save)
    assert "hospitals" in keys


def test_a_faq_change_purges_the_benefit_pages_that_show_its_questions(
    django_capture_on_commit_callbacks, category_page, client
):
    from categories.tests.factories import FaqPageFactory

    benefit = category_page("benefits/social-security-fund/maternity")
    assert "faq" in client.get(benefit.url)["xkey"].split()
    faq = FaqPageFactory(parent=category_page("other"), live=False)
    keys = _committed(django_capture_on_commit_callbacks, lambda: faq.save_revision().publish())
    assert "faq" in keys


def test_an_english_version_purges_its_thai_page_whose_switch_names_it(
    django_capture_on_commit_callbacks, category_page
):
    from categories.tests.factories import publish_english

    about = category_page("about")
    keys = _committed(django_capture_on_commit_callbacks, lambda: publish_english(about, "About the Office"))
    assert f"page-{about.pk}" in keys


def test_the_first_item_of_an_empty_listing_purges_the_menus_and_the_second_does_not(
    django_capture_on_commit_callbacks, category_page
):
    from categories.tests.factories import LawPageFactory

    acts = category_page("laws/acts")
    first = LawPageFactory(parent=acts, live=False)
    keys = _committed(django_capture_on_commit_callbacks, lambda: first.save_revision().publish())
    assert "layout" in keys
    recorded.reset()
    PendingPurge.objects.all().delete()
    second = LawPageFactory(parent=acts, live=False)
    keys = _committed(django_capture_on_commit_callbacks, lambda: second.save_revision().publish())
    assert "layout" not in keys


def test_restricting_a_page_purges_it_the_pages_below_its_listings_and_the_menus(
    django_capture_on_commit_callbacks, article
):
    from wagtail.models import PageViewRestriction

    def restrict():
        PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)

    keys = _committed(django_capture_on_commit_callbacks, restrict)
    assert {f"page-{article.pk}", f"tree-{article.path}", "layout", "sitemap"} | _listing_keys(article) <= keys


def test_lifting_a_restriction_purges_the_page(django_capture_on_commit_callbacks, article):
    from wagtail.models import PageViewRestriction

    restriction = PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    PendingPurge.objects.all().delete()
    recorded.reset()
    keys = _committed(django_capture_on_commit_callbacks, restriction.delete)
    assert f"page-{article.pk}" in keys
