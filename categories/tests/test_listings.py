"""Index pages: newest first, paginated, filtered by Buddhist-era year, and a bounded number of queries."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from categories.tests import factories as f

pytestmark = pytest.mark.django_db


def _queries_to_render(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def _news(index, count, **kwargs):
    image = f.ImageFactory()
    return [
        f.NewsArticlePageFactory(
            parent=index, image=image, date=datetime.date(2026, 1, 1) + datetime.timedelta(days=n), **kwargs
        )
        for n in range(count)
    ]


def test_news_are_listed_newest_first(client, category_page):
    index = category_page("news/press-releases")
    older, newer = _news(index, 2)
    content = client.get(index.url).content.decode()
    assert content.index(newer.title) < content.index(older.title)


def test_a_long_list_is_split_into_pages(client, category_page):
    index = category_page("news/press-releases")
    pages = _news(index, 25)
    second = client.get(index.url, {"page": 2})
    assert pages[0].title in second.content.decode()
    assert pages[-1].title not in second.content.decode()


def test_a_page_number_out_of_range_shows_the_last_page(client, category_page):
    index = category_page("news/press-releases")
    _news(index, 3)
    assert client.get(index.url, {"page": "999"}).status_code == 200
    assert client.get(index.url, {"page": "abc"}).status_code == 200


def test_the_year_filter_takes_buddhist_era_years(client, category_page):
    index = category_page("news/press-releases")
    old = f.NewsArticlePageFactory(parent=index, date=datetime.date(2024, 6, 1), title="ข่าวปี 2567")
    new = f.NewsArticlePageFactory(parent=index, date=datetime.date(2026, 6, 1), title="ข่าวปี 2569")
    response = client.get(index.url, {"year": "2567"})
    content = response.content.decode()
    assert response.context["listing_years"] == [2569, 2567]
    assert old.title in content and new.title not in content


def test_an_unknown_year_shows_every_item(client, category_page):
    index = category_page("news/press-releases")
    _news(index, 2)
    assert client.get(index.url, {"year": "1900"}).context["selected_year"] is None


def test_the_office_directory_filters_by_province(client, category_page):
    index = category_page("units/regional")
    f.UnitOfficePageFactory(parent=index, title="สำนักงานประกันสังคมจังหวัดเชียงใหม่", province="เชียงใหม่")
    f.UnitOfficePageFactory(parent=index, title="สำนักงานประกันสังคมจังหวัดภูเก็ต", province="ภูเก็ต")
    content = client.get(index.url, {"province": "ภูเก็ต"}).content.decode()
    assert "สำนักงานประกันสังคมจังหวัดภูเก็ต" in content
    assert "สำนักงานประกันสังคมจังหวัดเชียงใหม่" not in content


@pytest.mark.parametrize(
    ("factory", "parent_key"),
    [
        (f.NewsArticlePageFactory, "news/press-releases"),
        (f.PersonPageFactory, "about/executives/sso-executives"),
        (f.LawPageFactory, "laws/acts"),
        (f.ReportPageFactory, "knowledge/reports/annual-sso"),
        (f.DownloadFormPageFactory, "downloads/ssf-forms"),
        (f.EventPageFactory, "news/calendar"),
    ],
)
def test_an_index_page_takes_the_same_queries_for_few_or_many_children(client, category_page, factory, parent_key):
    index = category_page(parent_key)
    factory.create_batch(2, parent=index)
    client.get(index.url)  # renditions are created on first view
    few = _queries_to_render(client, index.url)
    factory.create_batch(18, parent=index)
    client.get(index.url)
    many = _queries_to_render(client, index.url)
    assert many == few


def test_a_section_page_takes_the_same_queries_for_few_or_many_children(client, category_page):
    section = category_page("other")
    f.ContentPageFactory.create_batch(2, parent=section)
    client.get(section.url)
    few = _queries_to_render(client, section.url)
    f.ContentPageFactory.create_batch(20, parent=section)
    client.get(section.url)  # new pages empty the site cache (core.site_cache): fill it again, as above
    assert _queries_to_render(client, section.url) == few


def test_a_news_index_renders_within_a_fixed_query_budget(client, category_page, django_assert_max_num_queries):
    index = category_page("news/press-releases")
    _news(index, 20)
    client.get(index.url)
    with django_assert_max_num_queries(12):
        client.get(index.url)


def test_the_home_page_renders_within_a_fixed_query_budget(client, category_page, django_assert_max_num_queries):
    _news(category_page("news/press-releases"), 8)
    client.get("/")
    with django_assert_max_num_queries(12):
        client.get("/")
