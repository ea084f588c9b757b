"""RSS and Atom feeds of news, recruitment and laws: they parse, hold the live items newest first, and the
index pages link them."""

import datetime

import feedparser
import pytest

from categories.tests.factories import LawPageFactory, NewsArticlePageFactory, RecruitmentNoticePageFactory

pytestmark = pytest.mark.django_db


def _parse(response):
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def test_news_rss_holds_live_articles_newest_first_with_links(client, category_page):
    news = category_page("news/press-releases")
    older = NewsArticlePageFactory(parent=news, title="ข่าวเก่า", date=datetime.date(2026, 1, 5))
    newer = NewsArticlePageFactory(parent=news, title="ข่าวใหม่", date=datetime.date(2026, 3, 1))
    NewsArticlePageFactory(parent=news, title="ร่างข่าว", live=False)
    response = client.get(news.url + "feed/rss/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    feed = _parse(response)
    assert feed.version == "rss20"
    assert [entry.title for entry in feed.entries] == ["ข่าวใหม่", "ข่าวเก่า"]
    assert [entry.link for entry in feed.entries] == [newer.get_full_url(), older.get_full_url()]
    assert feed.entries[0].published.startswith("Sun, 01 Mar 2026 00:00:00 +0700")


def test_recruitment_atom_parses_with_the_notices(client, category_page):
    recruitment = category_page("news/recruitment")
    RecruitmentNoticePageFactory(parent=recruitment, title="รับสมัครนักวิชาการคอมพิวเตอร์")
    feed = _parse(client.get(recruitment.url + "feed/atom/"))
    assert feed.version == "atom10"
    assert [entry.title for entry in feed.entries] == ["รับสมัครนักวิชาการคอมพิวเตอร์"]


def test_laws_feed_lists_the_laws_of_that_list_only(client, category_page):
    acts = category_page("laws/acts")
    LawPageFactory(parent=acts, title="พระราชบัญญัติประกันสังคม")
    LawPageFactory(parent=category_page("laws/regulations"), title="ระเบียบอื่น")
    feed = _parse(client.get(acts.url + "feed/rss/"))
    assert [entry.title for entry in feed.entries] == ["พระราชบัญญัติประกันสังคม"]


def test_an_unknown_feed_format_is_not_found(client, category_page):
    assert client.get(category_page("news/press-releases").url + "feed/json/").status_code == 404


@pytest.mark.parametrize("key", ["news/press-releases", "news/recruitment", "laws/acts"])
def test_the_index_page_links_its_feeds_as_alternates(client, category_page, key):
    page = category_page(key)
    html = client.get(page.url).content.decode()
    assert (
        f'<link rel="alternate" type="application/rss+xml" title="RSS: {page.title}" href="{page.url}feed/rss/">'
        in html
    )
    assert f'type="application/atom+xml" title="Atom: {page.title}" href="{page.url}feed/atom/"' in html


def test_an_index_page_without_feeds_links_none(client, category_page):
    html = client.get(category_page("news/photo-news").url).content.decode()
    assert "application/rss+xml" not in html
