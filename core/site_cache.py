"""Template-wide data kept in the cache: what every public page shows around its content (the main menu, the
footer's site settings and policy links, language links), read from the database once and not on each request.

Every value is stored under a key that carries a *generation*, one token for the whole site. Anything that can
change such data bumps the generation (``invalidate``): publishing, unpublishing, moving or deleting a page,
saving a site setting, a ``Site`` or a view restriction (``connect`` wires those signals). The old keys are then
never read again and expire. The bump is made at once and again after the transaction commits, so a request that
read the old rows between the two cannot leave them cached. With Redis (``REDIS_URL``) all app servers share the
generation, so a change made on one server is seen by every other on its next request.

Code that adds other template-wide data (a snippet shown in the footer, say) reads it with ``cached`` and calls
``invalidate`` from a ``post_save`` of its model, or lists the model in ``SITE_CACHE_MODELS``. See
docs/scale.md.
"""

import uuid

from django.core.cache import cache
from django.db import transaction
from django.utils import translation

GENERATION_KEY = "sso:site-cache:generation"
# Long enough to matter, short enough that a missed invalidation (a raw SQL change) heals itself.
TIMEOUT = 6 * 3600


def _generation(request) -> str:
    """The current generation, read once per request (kept on the request)."""
    if request is not None and hasattr(request, "_sso_site_cache_generation"):
        return request._sso_site_cache_generation
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = uuid.uuid4().hex
        if not cache.add(GENERATION_KEY, value, None):
            value = cache.get(GENERATION_KEY, value)
    if request is not None:
        request._sso_site_cache_generation = value
    return value


def cached(name: str, request, site, build):
    """``build()``'s value for ``site`` in the active language, from the cache when the site has not changed since.
    ``build`` must return something picklable that needs no query to use (related objects selected)."""
    key = f"sso:site-cache:{_generation(request)}:{site.pk if site else 0}:{translation.get_language()}:{name}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, TIMEOUT)
    return value


def _bump():
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def invalidate(**kwargs):
    """Forget every cached value: now, and again once the current transaction (if any) commits."""
    _bump()
    transaction.on_commit(_bump)


def _on_save_or_delete(sender, instance, **kwargs):
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.models import BaseViewRestriction, Page, Site

    if isinstance(instance, (BaseSiteSetting, BaseGenericSetting)) and kwargs.get("created"):
        # A settings row is created with its defaults by ``for_site`` the first time a page reads it (the admin's
        # settings form does the same on GET, then saves an update): what pages show does not change.
        return
    if isinstance(instance, (Page, Site, BaseSiteSetting, BaseGenericSetting, BaseViewRestriction)):
        invalidate()


def connect():
    """Bump the generation on every change that template-wide data can show. A saved page counts (publishing,
    unpublishing and a draft saved on a live page all save the page row); so do a moved page, a site, a site
    setting and a view restriction (which hides pages from menus)."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import post_page_move

    post_save.connect(_on_save_or_delete, dispatch_uid="sso-site-cache-save")
    post_delete.connect(_on_save_or_delete, dispatch_uid="sso-site-cache-delete")
    post_page_move.connect(invalidate, dispatch_uid="sso-site-cache-move")


class CachedSiteMiddleware:
    """Give a page request its Wagtail ``Site`` from the cache, with the site's root page (as its specific type)
    already read: Wagtail looks the site up by host name and then reads the root page and its specific row on
    every request, three queries before a page's own. Wagtail keeps the site on ``request._wagtail_site``
    (``Site.find_for_request``), which this sets. Only for Wagtail's page view: other views (health checks
    that must not touch the database, the admin) are left alone; an unknown host is left to Wagtail."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        from django.core.exceptions import DisallowedHost
        from django.http.request import split_domain_port
        from wagtail.models import Site
        from wagtail.views import serve

        from core.page_urls import serve as serve_in_language

        if view_func not in (serve, serve_in_language) or hasattr(request, "_wagtail_site"):
            return None
        try:
            hostname, port = split_domain_port(request.get_host())[0], request.get_port()
        except DisallowedHost:
            return None

        def build():
            site = Site._find_for_request(request)
            if site is not None:
                site.root_page = site.root_page.specific
            return site or False

        site = cached(f"site:{hostname}:{port}", request, None, build)
        if site:
            request._wagtail_site = site
        return None
