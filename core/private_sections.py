"""The private sections of the page tree (pages with a view restriction, and so their descendants), read from
the cache instead of a query per ``.public()``.

Wagtail's ``PageQuerySet.public()`` reads every view restriction each time it is called; the menu and the
language switch call it on every page view. ``public(queryset, request)`` filters the same way from a list kept
in the cache under the page tree's generation (core.page_tree_cache) and memoised on the request.
"""

from django.core.cache import cache
from django.db.models import Q
from wagtail.models import PageViewRestriction

from core.page_tree_cache import ENTRY_TIMEOUT, GENERATION_KEY, current_generation

CACHE_KEY = "private-sections"
_REQUEST_MEMO = "_sso_private_sections"


def _sections():
    cached = cache.get_many([GENERATION_KEY, CACHE_KEY])
    generation = current_generation(cached)
    entry = cached.get(CACHE_KEY)
    if entry is not None and entry[0] == generation:
        return entry[1]
    restricted = PageViewRestriction.objects.values_list("page__path", "page__depth")
    sections = sorted(set(restricted))
    cache.set(CACHE_KEY, (generation, sections), ENTRY_TIMEOUT)
    return sections


def private_q(request=None):
    """A Q matching the pages in a private section, as Wagtail's ``private_q`` does (no query once cached)."""
    sections = getattr(request, _REQUEST_MEMO, None) if request is not None else None
    if sections is None:
        sections = _sections()
        if request is not None:
            setattr(request, _REQUEST_MEMO, sections)
    q = Q()
    for path, depth in sections:
        q |= Q(path__startswith=path, depth__gte=depth)
    return q if q else Q(pk__in=[])


def public(queryset, request=None):
    """``queryset.public()`` from the cached private sections."""
    return queryset.exclude(private_q(request))
