"""Pages for search tests: published through Wagtail (so the index is filled by the publish signal)."""

import json

from categories.tests.factories import NewsArticlePageFactory


def body(*paragraphs: str) -> str:
    return json.dumps([{"type": "paragraph", "value": f"<p>{text}</p>"} for text in paragraphs])


def published_news(parent, title: str, intro: str = "", paragraphs=(), **kwargs):
    page = NewsArticlePageFactory(parent=parent, title=title, intro=intro, body=body(*paragraphs), **kwargs)
    page.save_revision().publish()
    return page


def found_titles(client, query: str, **params) -> list[str]:
    response = client.get("/search/", {"q": query, **params})
    assert response.status_code == 200
    outcome = response.context["outcome"]
    return [result.title for result in outcome.results] if outcome else []
