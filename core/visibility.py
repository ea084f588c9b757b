"""Which parts of the tree are private (a view restriction on a page hides it and everything below it), known
without a query on each request.

Wagtail answers that question from the database every time: ``PageQuerySet.public()`` reads every view
restriction when the queryset is built (a menu, a listing and the home page's news each did), and serving a page
reads the restrictions of its ancestors (two queries). A site has a handful of restricted sections at most, and
they change when an editor sets one, so their tree paths are kept in the cache (``restricted_paths``) and
forgotten whenever a view restriction is saved or deleted or a page moves (a moved section changes path).

``patch_page_queryset`` makes ``PageQuerySet.private_q`` (and so ``public()``, ``private()``, ``not_public()``)
use the cached paths; ``BasePage.get_view_restrictions`` skips its queries while no restriction exists at all.
The answer is the same as Wagtail's: a page is private when it or an ancestor has a restriction.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q

CACHE_KEY = "sso:restricted-paths"
# A request that read the restrictions just before a new one committed may store the old answer just after
# ``forget`` ran; the answer therefore lives a minute at most, not until the next change.
CACHE_SECONDS = 60


def restricted_paths() -> tuple[str, ...]:
    """Tree paths of the pages that carry a view restriction (one query when not cached)."""
    paths = cache.get(CACHE_KEY)
    if paths is None:
        from wagtail.models import PageViewRestriction

        paths = tuple(sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True))))
        cache.set(CACHE_KEY, paths, CACHE_SECONDS)
    return paths


def forget(**kwargs):
    """Drop the cached paths now and once the transaction commits (a concurrent read may re-cache old ones)."""
    cache.delete(CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(CACHE_KEY))


def private_q(queryset=None) -> Q:
    """Pages in a restricted section (the restricted page included); no page when there is none."""
    q = Q()
    for path in restricted_paths():
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])


def patch_page_queryset():
    from wagtail.query import PageQuerySet

    PageQuerySet.private_q = private_q


def connect():
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import PageViewRestriction
    from wagtail.signals import post_page_move

    post_save.connect(forget, sender=PageViewRestriction, dispatch_uid="sso-restricted-paths-save")
    post_delete.connect(forget, sender=PageViewRestriction, dispatch_uid="sso-restricted-paths-delete")
    post_page_move.connect(forget, dispatch_uid="sso-restricted-paths-move")
