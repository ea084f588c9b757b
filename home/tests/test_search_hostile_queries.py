"""Public search never answers 500 on what a visitor types: an odd quote (SQLite FTS syntax), a NUL byte
(PostgreSQL refuses it in a query string), FTS operators. Run on SQLite by default and on PostgreSQL with
DATABASE_URL."""

import pytest
from django.urls import reverse

from categories.tests.factories import NewsArticlePageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "query",
    ['"', '"ประกันสังคม', "\x00", "ประกัน\x00สังคม", "a AND", "OR", "NOT x", "x*", "(x", "NEAR(a b)", "^x", "a:b"]
    + ["\x01\x1f"],
)
def test_search_answers_200_on_a_hostile_query(client, query):
    response = client.get(reverse("search"), {"q": query})
    assert response.status_code == 200


def test_search_still_finds_a_word_typed_with_a_stray_quote(client, category_page):
    page = NewsArticlePageFactory(parent=category_page("news/press-releases"), title="สัมมนาผู้ประกันตนภาคสมัครใจ")
    page.save_revision().publish()
    response = client.get(reverse("search"), {"q": '"สัมมนา'})
    assert response.status_code == 200
    assert "สัมมนาผู้ประกันตนภาคสมัครใจ" in response.content.decode()
