"""Cache-Control per kind of page: what a shared cache may keep, and what it must never keep."""

import pytest

from categories.tests.factories import NewsArticlePageFactory

pytestmark = pytest.mark.django_db

SHARED = "s-maxage="


@pytest.fixture
def article(category_page):
    page = NewsArticlePageFactory(parent=category_page("news/press-releases"), title="ข่าวทดสอบแคช")
    page.save_revision().publish()
    return page


def test_anonymous_page_is_shared_cacheable_with_a_short_browser_lifetime(client, article, settings):
    response = client.get(article.url)
    control = response["Cache-Control"]
    assert response.status_code == 200
    assert "public" in control
    assert f"max-age={settings.SSO_BROWSER_CACHE_SECONDS}" in control
    assert f"s-maxage={settings.SSO_SHARED_CACHE_SECONDS}" in control
    assert settings.SSO_SHARED_CACHE_SECONDS >= 3600


def test_anonymous_page_carries_its_surrogate_keys(client, article):
    keys = client.get(article.url)["xkey"].split()
    assert f"page-{article.pk}" in keys
    assert f"tree-{article.get_parent().path}" in keys
    assert "layout" in keys


def test_home_page_is_shared_cacheable(client, home_page):
    response = client.get(home_page.url)
    assert SHARED in response["Cache-Control"]
    assert f"page-{home_page.pk}" in response["xkey"].split()


def test_matching_etag_gets_304(client, article):
    etag = client.get(article.url)["ETag"]
    response = client.get(article.url, headers={"If-None-Match": etag})
    assert response.status_code == 304


def test_signed_in_user_gets_a_private_page(admin_client, article):
    response = admin_client.get(article.url)
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    assert "xkey" not in response


def test_admin_is_never_shared_cached(admin_client):
    response = admin_client.get("/admin/")
    assert SHARED not in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]


def test_admin_login_page_with_csrf_form_is_not_shared_cached(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert SHARED not in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


def test_page_preview_is_not_shared_cached(admin_client, article):
    response = admin_client.get(f"/admin/pages/{article.pk}/view_draft/")
    assert response.status_code == 200
    assert SHARED not in response.get("Cache-Control", "")
    assert "private" in response["Cache-Control"]


def test_public_problem_report_form_with_token_is_not_shared_cached(client, article):
    response = client.get(f"/report-problem/?page={article.pk}")
    assert response.status_code == 200
    assert SHARED not in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_public_pages_carry_no_csrf_token(client, article):
    response = client.get(article.url)
    assert b"csrfmiddlewaretoken" not in response.content
    assert not response.cookies


def test_search_is_not_shared_cached(client):
    response = client.get("/search/?q=%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%81%E0%B8%B1%E0%B8%99&type=news")
    assert SHARED not in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_request_with_a_session_cookie_is_not_shared_cached(client, article, settings):
    client.cookies[settings.SESSION_COOKIE_NAME] = "someone-who-entered-a-page-password"
    response = client.get(article.url)
    assert SHARED not in response["Cache-Control"]


def test_post_is_not_shared_cached(client, article):
    response = client.post(article.url, {})
    assert SHARED not in response.get("Cache-Control", "")


def test_missing_page_is_not_shared_cached(client, db):
    response = client.get("/no-such-page-here/")
    assert response.status_code == 404
    assert SHARED not in response["Cache-Control"]


def test_sitemap_is_shared_cacheable_under_its_key(client, article):
    response = client.get("/sitemap.xml")
    assert SHARED in response["Cache-Control"]
    assert "sitemap" in response["xkey"].split()


def test_health_check_stays_never_cached(client, db):
    response = client.get("/-/live/")
    assert SHARED not in response["Cache-Control"]


def test_view_with_its_own_public_lifetime_keeps_it_and_gets_its_key(client, db):
    response = client.get("/robots.txt")
    assert response["Cache-Control"] == "max-age=86400, public"
    assert response["xkey"] == "robots"
