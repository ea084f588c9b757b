"""Which language versions a page has, without a database query on most requests.

Every public page needs its live translations (the language switch, ``hreflang``) and its site's home page in
the request's language (the menu, the brand link, Wagtail's routing of ``/en/…``). Reading them costs a locale
lookup, a view-restriction query and a translation query per page view; issue 15 wants a public page in about a
dozen queries. So the answer is kept in the cache (Redis in production), per site and ``translation_key``:
``{language code: {"id", "content_type_id", "path", "depth", "url_path", "url", "full_url"}}`` of the live,
public pages with that key.

Entries are dropped when the page tree changes (core.page_tree_cache).
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Page

from core.page_queries import public
from core.page_tree_cache import ENTRY_TIMEOUT, GENERATION_KEY, current_generation

_REQUEST_MEMO = "_sso_page_languages"


def _entry_key(site, translation_key):
    return f"page-languages:{site.pk}:{translation_key}"


def _describe(page, request):
    return {
        "id": page.pk,
        "content_type_id": page.content_type_id,
        "path": page.path,
        "depth": page.depth,
        "url_path": page.url_path,
        "url": page.get_url(request),
        "full_url": page.get_full_url(request),
    }


def _read_from_database(site, request, translation_keys):
    """The live, public pages with these keys, by key and language (one query)."""
    found = {key: {} for key in translation_keys}
    pages = public(Page.objects.live()).filter(translation_key__in=translation_keys).select_related("locale")
    for page in pages.order_by("path"):
        described = _describe(page, request)
        if described["url"] is not None:
            found[page.translation_key].setdefault(page.locale.language_code, described)
    return found


def translations(request, site, translation_keys):
    """``{translation_key: {language code: page description}}`` of the live, public pages with these keys, from
    the cache when the generation matches (no query), else from the database (two queries) and then cached.
    Memoised on the request, as several tags ask."""
    memo = getattr(request, _REQUEST_MEMO, None)
    if memo is None:
        memo = {}
        setattr(request, _REQUEST_MEMO, memo)
    wanted = [key for key in dict.fromkeys(translation_keys) if (site.pk, key) not in memo]
    if wanted:
        keys = {_entry_key(site, key): key for key in wanted}
        cached = cache.get_many([GENERATION_KEY, *keys])
        generation = current_generation(cached)
        missing = []
        for cache_key, key in keys.items():
            entry = cached.get(cache_key)
            if entry is not None and entry[0] == generation:
                memo[site.pk, key] = entry[1]
            else:
                missing.append(key)
        if missing:
            fresh = _read_from_database(site, request, missing)
            cache.set_many(
                {_entry_key(site, key): (generation, languages) for key, languages in fresh.items()}, ENTRY_TIMEOUT
            )
            memo.update({(site.pk, key): languages for key, languages in fresh.items()})
    return {key: memo[site.pk, key] for key in translation_keys}


def as_page(description):
    """An unsaved stand-in for a described page: enough for tree filters (``descendant_of``), ``.specific``
    (one query) and ``get_url``, without reading the page row."""
    page = Page(
        id=description["id"],
        content_type_id=description["content_type_id"],
        path=description["path"],
        depth=description["depth"],
        url_path=description["url_path"],
    )
    page._state.adding = False
    return page


def localized_home(site, request):
    """The site's home page in the language of the request: its live translation (under /en/) as a stand-in
    (``as_page``), else the Thai home page; no query once cached."""
    root = site.root_page
    if get_language() == settings.LANGUAGE_CODE:
        return root
    found = translations(request, site, [root.translation_key])[root.translation_key].get(get_language())
    return as_page(found) if found else root
