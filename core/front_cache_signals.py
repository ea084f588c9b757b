"""Which changes purge which surrogate keys (``core.http_caching`` puts the keys on responses, ``core.front_cache``
sends the purges after the commit).

A page that changes (published, unpublished, moved, deleted; ``publish_scheduled`` publishes and unpublishes
through the same actions, so scheduled go-live and expiry are covered) purges:

- its own responses (``page-<id>``, with every variant: list pages, feeds, year filters);
- the pages under it (``tree-<path>``: their breadcrumbs and addresses show it); for a move, before and after;
- every ancestor's responses, home included: the section and index pages that list it, the procurement and
  statistics listings, their feeds;
- the site map, ``sitemap.xml``, the open-data catalogue (``SSO_FRONT_CACHE_PAGE_CHANGE_KEYS``);
- the menu and footer on every page (``layout``) when the page is at a depth the main menu shows.

A snippet or setting named in ``SSO_FRONT_CACHE_MODEL_KEYS`` purges the keys given there when saved or deleted:
the site contact setting (footer and policy links) purges ``layout``; a procurement project purges every
procurement page (``app-procurement``). Models are named by label, so core imports no app.
"""

from django.apps import apps
from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from core.front_cache import enabled, queue_purge
from core.http_caching import LAYOUT_KEY, page_key, tree_key


def page_change_keys(page, path: str | None = None) -> set[str]:
    """The keys to purge when ``page`` (at treebeard ``path``, by default its current one) changes."""
    path = path or page.path
    steplen = Page.steplen
    ancestor_paths = [path[:end] for end in range(2 * steplen, len(path), steplen)]
    ancestor_ids = Page.objects.filter(path__in=ancestor_paths).values_list("pk", flat=True)
    keys = {page_key(page.pk), tree_key(path), *settings.SSO_FRONT_CACHE_PAGE_CHANGE_KEYS}
    keys.update(page_key(pk) for pk in ancestor_ids)
    if len(path) // steplen <= settings.SSO_FRONT_CACHE_MENU_DEPTH:
        keys.add(LAYOUT_KEY)
    return keys


def _purge_page(page) -> None:
    if enabled():  # no query for the keys when no front cache is configured (development, tests)
        queue_purge(page_change_keys(page))


def _page_changed(sender, instance, **kwargs):
    _purge_page(instance)


def _page_moving(sender, instance, **kwargs):
    _purge_page(instance)  # the old place: the instance still has its old path


def _page_moved(sender, instance, **kwargs):
    if enabled():
        moved = Page.objects.filter(pk=instance.pk).only("pk", "path").first()
        if moved is not None:
            _purge_page(moved)


def _page_deleting(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        _purge_page(instance)


def _model_changed(sender, instance, **kwargs):
    queue_purge(settings.SSO_FRONT_CACHE_MODEL_KEYS.get(sender._meta.label, ()))


def connect() -> None:
    """Called by ``CoreConfig.ready``."""
    page_published.connect(_page_changed, dispatch_uid="front_cache_published")
    page_unpublished.connect(_page_changed, dispatch_uid="front_cache_unpublished")
    pre_page_move.connect(_page_moving, dispatch_uid="front_cache_moving")
    post_page_move.connect(_page_moved, dispatch_uid="front_cache_moved")
    pre_delete.connect(_page_deleting, dispatch_uid="front_cache_page_deleting")
    for label in settings.SSO_FRONT_CACHE_MODEL_KEYS:
        model = apps.get_model(label)
        post_save.connect(_model_changed, sender=model, dispatch_uid=f"front_cache_saved_{label}")
        post_delete.connect(_model_changed, sender=model, dispatch_uid=f"front_cache_deleted_{label}")
