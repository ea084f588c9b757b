"""A category's page and its translations (English copies made with Wagtail's simple translation).

A translation shares its source's ``translation_key``; it sits in its own locale's tree, so its tree path is
not under the Thai category page. The governance rules and the syncs ask here which pages stand for a
category in every language, so the matrix, the owning-unit rule and the workflows apply to English pages too.
"""

from collections import defaultdict

from wagtail.models import Page

from categories.models import Category


def translation_page_ids() -> dict[int, list[int]]:
    """Category page id → the ids of that page and all its translations (one query)."""
    keys = dict(Category.objects.exclude(page=None).values_list("page__translation_key", "page_id"))
    found: dict[int, list[int]] = defaultdict(list)
    for pk, key in Page.objects.filter(translation_key__in=keys).values_list("pk", "translation_key"):
        found[keys[key]].append(pk)
    return found


def translation_paths() -> dict[str, str]:
    """Tree path of each translation of a category page → the path of the category's own page (one query)."""
    keys = dict(Category.objects.exclude(page=None).values_list("page__translation_key", "page__path"))
    return {
        path: keys[key]
        for path, key in Page.objects.filter(translation_key__in=keys).values_list("path", "translation_key")
        if path != keys[key]
    }
