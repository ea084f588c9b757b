"""Wagtail's front-end URLs, with a page path that admits Thai vowel and tone marks, and routing from the home
page of the request's language without a locale query.

Wagtail's own ``wagtail_serve`` pattern is ``[\\w\\-]+`` per segment; ``\\w`` does not match combining marks,
so a page at a readable Thai address (core.slugs) could be neither reversed (``page.url`` was None) nor
served (404). Include this module instead of ``wagtail.urls``.

Wagtail routes from ``site.root_page.localized``, which reads the active Locale (and, under /en/, the home
page's translation) on every request. ``serve`` first routes from ``localized_home`` instead — the same page,
found in the translation cache (core.page_languages) — and leaves the result where Wagtail's
``Page.route_for_request`` keeps it for the request, so Wagtail's view and hooks run unchanged.
"""

from django.http import Http404
from django.urls import re_path
from wagtail import urls as wagtail_urls
from wagtail import views
from wagtail.models import Site

from core.page_languages import localized_home
from core.slugs import SERVE_PATTERN


def serve(request, path):
    """Wagtail's ``serve``, routed from the cached home page of the request's language."""
    if not hasattr(request, "_wagtail_route_for_request"):
        site = Site.find_for_request(request)
        if site is not None:
            try:
                route = localized_home(site, request).specific.route(
                    request, [part for part in path.split("/") if part]
                )
            except Http404:
                route = None
            request._wagtail_route_for_request = route
    return views.serve(request, path)


urlpatterns = [pattern for pattern in wagtail_urls.urlpatterns if getattr(pattern, "name", "") != "wagtail_serve"]
urlpatterns.append(re_path(SERVE_PATTERN, serve, name="wagtail_serve"))
