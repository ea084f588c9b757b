"""A query matching more pages than ``EXACT_UP_TO`` (bounded work on PostgreSQL, issue 16's bench): the count says
"more than", a page holding the query in its title still ranks first although it is not among the first matches
in storage order, paging stays within the ranked candidates, and a page no longer live is never shown. The limits
are lowered here so that a handful of pages is "broad"."""

import pytest
from django.db import connection

from site_search import backends
from site_search.tests.helpers import found_titles, published_news

pytestmark = pytest.mark.django_db
NEWS_ONLY = {"type": "categories.newsarticlepage"}


@pytest.fixture
def small_limits(monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("bounded ranking of broad queries is PostgreSQL's; SQLite ranks every match")
    monkeypatch.setattr(backends, "EXACT_UP_TO", 4)
    monkeypatch.setattr(backends, "BROAD_SAMPLE", 2)
    monkeypatch.setattr(backends, "TIER_LIMIT", 2)


def _body_mentions(news, count):
    for n in range(count):
        published_news(news, f"ข่าวกิจกรรมครั้งที่ {n}", paragraphs=[f"มีบริการทันตกรรมในงานครั้งที่ {n}"])


def test_a_broad_query_says_more_than_in_thai(client, category_page, small_limits):
    _body_mentions(category_page("news/press-releases"), 6)
    response = client.get("/search/", {"q": "ทันตกรรม"}, HTTP_ACCEPT_LANGUAGE="th")
    outcome = response.context["outcome"]
    assert (outcome.total, outcome.more) == (4, True)
    assert "มากกว่า 4 รายการ" in response.content.decode()


def test_a_title_match_stored_after_the_sample_still_ranks_first(client, category_page, small_limits):
    news = category_page("news/press-releases")
    _body_mentions(news, 6)
    published_news(news, "ประโยชน์ทดแทนกรณีทันตกรรม")  # stored last: not among the first matches
    titles = found_titles(client, "ทันตกรรม", **NEWS_ONLY)
    assert titles[0] == "ประโยชน์ทดแทนกรณีทันตกรรม"
    assert len(titles) == 3  # the title tier and the sample of two, nothing unranked


def test_a_page_unpublished_behind_the_index_is_not_shown(client, category_page, small_limits):
    news = category_page("news/press-releases")
    _body_mentions(news, 6)
    hidden = published_news(news, "ทันตกรรมหน้าที่ถูกถอน")
    type(hidden).objects.filter(pk=hidden.pk).update(live=False)  # no signal: the index still has it
    assert "ทันตกรรมหน้าที่ถูกถอน" not in found_titles(client, "ทันตกรรม", **NEWS_ONLY)


def test_a_filter_narrowing_a_broad_query_counts_exactly_but_lists_choices_without_counts(
    client, category_page, small_limits
):
    _body_mentions(category_page("news/press-releases"), 6)
    outcome = client.get("/search/", {"q": "ทันตกรรม", "year": "2400"}).context["outcome"]
    assert (outcome.total, outcome.more, outcome.facets_partial) == (0, False, True)
