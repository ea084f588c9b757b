"""The generation of the cached answers about the page tree (core.page_languages).

One cache entry, the *generation*, is replaced whenever something that can change an answer is saved or
deleted — any page (publish, unpublish, slug change, move, delete: a parent's change moves its descendants'
addresses too), a view restriction, a site or a locale. Cached answers carry the generation they were read in and
are ignored under another. It is replaced at once (the same process, and tests, see the change) and again after
the commit, so a request that read the old rows while the transaction was open cannot leave them cached.
"""

import uuid

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import post_page_move

GENERATION_KEY = "page-tree:generation"
ENTRY_TIMEOUT = 24 * 60 * 60


def current_generation(cached):
    """The generation in ``cached`` (a ``cache.get_many`` answer that asked for GENERATION_KEY), made if none."""
    generation = cached.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        generation = cache.get(GENERATION_KEY)
    return generation


def new_generation(**kwargs):
    """Forget every cached answer (a signal receiver): now, and again once the transaction commits."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)
    transaction.on_commit(lambda: cache.set(GENERATION_KEY, uuid.uuid4().hex, None))


def _page_changed(sender, instance, **kwargs):
    if isinstance(instance, Page):
        new_generation()


def connect():
    """Connect the invalidation to the signals (at app ready)."""
    post_save.connect(_page_changed, dispatch_uid="page_tree_cache_page_saved")
    post_delete.connect(_page_changed, dispatch_uid="page_tree_cache_page_deleted")
    post_page_move.connect(new_generation, dispatch_uid="page_tree_cache_page_moved")
    for model in (PageViewRestriction, Site, Locale):
        post_save.connect(new_generation, sender=model, dispatch_uid=f"page_tree_cache_{model.__name__}_saved")
        post_delete.connect(new_generation, sender=model, dispatch_uid=f"page_tree_cache_{model.__name__}_deleted")
