"""Every kind of public page renders in at most 12 SQL queries once the site's shared data is cached (the menu,
footer settings, restricted sections: core.site_cache, core.visibility), with enough content that a query per
item would show. The first view of a page creates its image renditions, so each page is viewed once first."""

import datetime

import pytest

from categories.tests import factories as f
from procurement.models import NoticeKind
from procurement.tests.factories import InvitationNoticeFactory, ProjectFactory, central_list, publish
from sso_statistics.tests.test_public_pages import months_of_insured

pytestmark = pytest.mark.django_db

PUBLIC_PAGE_BUDGET = 12


def _news(index, count):
    image = f.ImageFactory()
    day = datetime.date(2026, 1, 1)
    return [
        f.NewsArticlePageFactory(parent=index, image=image, date=day + datetime.timedelta(days=n)) for n in range(count)
    ]


def _url(kind, category_page):
    if kind == "home":
        _news(category_page("news/press-releases"), 8)
        return "/"
    if kind == "news index":
        return _news(category_page("news/press-releases"), 25)[0].get_parent().url
    if kind == "news article":
        return _news(category_page("news/press-releases"), 1)[0].url
    if kind == "law index":
        laws = category_page("laws/acts")
        f.LawPageFactory.create_batch(5, parent=laws)
        return laws.url
    if kind == "law":
        return f.LawPageFactory(parent=category_page("laws/acts")).url
    if kind == "section":
        return category_page("laws").url
    if kind == "downloads":
        downloads = category_page("downloads/ssf-forms")
        f.DownloadFormPageFactory.create_batch(5, parent=downloads)
        return downloads.url
    if kind == "procurement listing":
        project = ProjectFactory()
        for _ in range(5):
            publish(InvitationNoticeFactory(parent=central_list(NoticeKind.INVITATION), project=project))
        return category_page("news/procurement-central").url
    if kind == "procurement notice":
        project = ProjectFactory()
        publish(InvitationNoticeFactory(parent=central_list(NoticeKind.INVITATION), project=project))
        return publish(InvitationNoticeFactory(parent=central_list(NoticeKind.INVITATION), project=project)).url
    if kind == "statistics part":
        return months_of_insured(6).url
    if kind == "search":
        _news(category_page("news/press-releases"), 5)
        return "/search/?q=ประกันสังคม"
    if kind == "sitemap index":
        return "/sitemap.xml"
    if kind == "sitemap file":
        return "/sitemap-1.xml"
    if kind == "site map":
        return "/site-map/"
    raise AssertionError(kind)


@pytest.mark.parametrize(
    "kind",
    [
        "home",
        "news index",
        "news article",
        "law index",
        "law",
        "section",
        "downloads",
        "procurement listing",
        "procurement notice",
        "statistics part",
        "search",
        "sitemap index",
        "sitemap file",
        "site map",
    ],
)
def test_a_public_page_renders_in_at_most_12_queries(client, category_page, django_assert_max_num_queries, kind):
    url = _url(kind, category_page)
    assert client.get(url).status_code == 200
    with django_assert_max_num_queries(PUBLIC_PAGE_BUDGET):
        assert client.get(url).status_code == 200
