"""Which changes purge which surrogate keys (``core.http_caching`` puts the keys on responses, ``core.front_cache``
sends the purges after the commit).

A page that changes (published, unpublished, moved, deleted; ``publish_scheduled`` publishes and unpublishes
through the same actions, so scheduled go-live and expiry are covered) purges:

- its own responses (``page-<id>``, with every variant: list pages, feeds, year filters);
- the pages under it (``tree-<path>``: their breadcrumbs and addresses show it); for a move, before and after;
- every ancestor's responses, home included: the section and index pages that list it, the procurement and
  statistics listings, their feeds;
- the site map, ``sitemap.xml``, the open-data catalogue (``SSO_FRONT_CACHE_PAGE_CHANGE_KEYS``);
- the menu and footer on every page (``layout``) when the page is at a depth the main menu shows, or lies in a
  listing that stays out of menus while empty (``hidden_while_empty``: its first item brings it in);
- its other language versions (their language switch and ``hreflang`` links name it);
- what its type names in ``front_cache_purges`` (a policy page: ``layout``, since every footer lists the
  policies; a FAQ page: ``faq``, the related questions that benefit pages show by ``front_cache_shows``).

A snippet or setting named in ``SSO_FRONT_CACHE_MODEL_KEYS`` purges the keys given there when saved or deleted:
the site contact setting (footer and policy links) purges ``layout``; a procurement project purges every
procurement page (``app-procurement``). Models are named by label, so core imports no app.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from core.front_cache import enabled, queue_purge
from core.http_caching import LAYOUT_KEY, page_key, tree_key


def page_change_keys(page, path: str | None = None) -> set[str]:
    """The keys to purge when ``page`` (at treebeard ``path``, by default its current one) changes."""
    path = path or page.path
    steplen = Page.steplen
    ancestor_paths = [path[:end] for end in range(2 * steplen, len(path), steplen)]
    related = Page.objects.filter(Q(path__in=ancestor_paths) | Q(translation_key=page.translation_key))
    keys = {page_key(page.pk), tree_key(path), *settings.SSO_FRONT_CACHE_PAGE_CHANGE_KEYS}
    keys.update(getattr(page.specific_class, "front_cache_purges", ()))
    for pk, content_type_id, ancestor_path in related.values_list("pk", "content_type_id", "path"):
        keys.add(page_key(pk))
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if (
            getattr(model, "hidden_while_empty", False)
            and getattr(page, "_sso_liveness_changed", True)
            and _only_live_item(page, ancestor_path)
        ):
            keys.add(LAYOUT_KEY)
    if len(path) // steplen <= settings.SSO_FRONT_CACHE_MENU_DEPTH:
        keys.add(LAYOUT_KEY)
    return keys


def _only_live_item(page, listing_path: str) -> bool:
    """Is ``page`` what decides whether the listing at ``listing_path`` shows in menus (no other live item)?"""
    others = Page.objects.live().filter(path__startswith=listing_path, depth__gt=len(listing_path) // Page.steplen)
    return not others.exclude(pk=page.pk).exists()


def _purge_page(page) -> None:
    if enabled():  # no query for the keys when no front cache is configured (development, tests)
        queue_purge(page_change_keys(page))


def _note_liveness(sender, instance, **kwargs):
    """``pre_save`` of a page: whether this save turns it live or offline, which decides whether a listing that
    stays out of menus while empty comes in or goes out (a republish changes nothing there). One query, only
    with a front cache configured."""
    if enabled() and isinstance(instance, Page) and instance.pk:
        was_live = Page.objects.filter(pk=instance.pk).values_list("live", flat=True).first()
        instance._sso_liveness_changed = was_live != instance.live


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


def _restriction_changed(sender, instance, **kwargs):
    """A view restriction added or removed changes who may see the page and everything below it, and whether the
    listings, feeds, sitemap and menus show them: all of it leaves the front cache (which would otherwise keep
    serving a newly restricted page to everyone until it expires)."""
    if enabled():
        keys = page_change_keys(instance.page)
        keys.add(LAYOUT_KEY)
        queue_purge(keys)


def _model_changed(sender, instance, created=False, **kwargs):
    if created and issubclass(sender, BaseSiteSetting):
        return  # Wagtail creates a site's settings row with the defaults the pages already showed
    queue_purge(settings.SSO_FRONT_CACHE_MODEL_KEYS.get(sender._meta.label, ()))


def connect() -> None:
    """Called by ``CoreConfig.ready``."""
    page_published.connect(_page_changed, dispatch_uid="front_cache_published")
    page_unpublished.connect(_page_changed, dispatch_uid="front_cache_unpublished")
    pre_page_move.connect(_page_moving, dispatch_uid="front_cache_moving")
    post_page_move.connect(_page_moved, dispatch_uid="front_cache_moved")
    pre_delete.connect(_page_deleting, dispatch_uid="front_cache_page_deleting")
    pre_save.connect(_note_liveness, dispatch_uid="front_cache_page_liveness")
    post_save.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="front_cache_restriction_saved")
    post_delete.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="front_cache_restriction_gone")
    for label in settings.SSO_FRONT_CACHE_MODEL_KEYS:
        model = apps.get_model(label)
        post_save.connect(_model_changed, sender=model, dispatch_uid=f"front_cache_saved_{label}")
        post_delete.connect(_model_changed, sender=model, dispatch_uid=f"front_cache_deleted_{label}")
