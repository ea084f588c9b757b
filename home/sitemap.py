"""The XML sitemap for search engines: an index (``/sitemap.xml``) of files of at most
``settings.SSO_SITEMAP_URLS_PER_FILE`` URLs each (``/sitemap-1.xml``, …), the protocol's limit being 50,000.

Wagtail's own sitemap is one file, built by loading every page as its specific type and asking each for its
URLs: with 100,000 pages that is one file over the limit and seconds per request. Here a file is one query over
the page table (id, url_path, last published), cut by tree path, and written as text; the index is one count.
Both are cached (``core.site_cache``) until a page, site or view restriction changes.
"""

import math
from xml.sax.saxutils import escape

from django.conf import settings
from django.http import Http404, HttpResponse
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

from core import site_cache
from core.http_caching import add_keys
from core.models import without_empty_listings

# The surrogate key every page change purges (settings.SSO_FRONT_CACHE_PAGE_CHANGE_KEYS). The views add it
# themselves: the path prefixes of settings.SSO_SURROGATE_KEY_PATHS name /sitemap.xml, not /sitemap-<n>.xml, and a
# file without it would stay in the front cache for a day (an empty listing's first item would not show in it).
FRONT_CACHE_KEY = "sitemap"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
NAMESPACE = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def urls_per_file() -> int:
    return min(int(settings.SSO_SITEMAP_URLS_PER_FILE), 50_000)


def _pages(site):
    root = site.root_page
    pages = Page.objects.live().public().filter(path__startswith=root.path)
    return without_empty_listings(pages).order_by("path")


def file_count(site) -> int:
    return max(1, math.ceil(_pages(site).count() / urls_per_file()))


def index_xml(site, base_url: str) -> str:
    entries = "".join(
        f"<sitemap><loc>{escape(base_url)}/sitemap-{n}.xml</loc></sitemap>\n" for n in range(1, file_count(site) + 1)
    )
    return f"{XML_HEAD}<sitemapindex {NAMESPACE}>\n{entries}</sitemapindex>\n"


def file_xml(site, number: int) -> str | None:
    """The ``number``-th file (from 1), or None past the last. The pages are cut by tree path: the file starts
    after the last path of the previous file, found with an indexed offset on the path column alone."""
    per_file = urls_per_file()
    pages = _pages(site)
    if number > 1:
        previous = pages.values_list("path", flat=True)[(number - 1) * per_file - 1 : (number - 1) * per_file]
        last_path = next(iter(previous), None)
        if last_path is None:
            return None
        pages = pages.filter(path__gt=last_path)
    root = site.root_page
    base = site.root_url
    rows = pages.values_list("url_path", "last_published_at")[:per_file]
    entries = []
    for url_path, published in rows:
        loc = escape(base + "/" + url_path[len(root.url_path) :])
        lastmod = f"<lastmod>{published.date().isoformat()}</lastmod>" if published else ""
        entries.append(f"<url><loc>{loc}</loc>{lastmod}</url>\n")
    if not entries and number > 1:
        return None
    return f"{XML_HEAD}<urlset {NAMESPACE}>\n{''.join(entries)}</urlset>\n"


def _site(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    return site


@require_GET
def sitemap_index(request):
    site = _site(request)
    add_keys(request, FRONT_CACHE_KEY)
    base_url = request.build_absolute_uri("/").rstrip("/")
    xml = site_cache.cached(f"sitemap-index:{base_url}", request, site, lambda: index_xml(site, base_url))
    return HttpResponse(xml, content_type="application/xml; charset=utf-8")


@require_GET
def sitemap_file(request, number: int):
    site = _site(request)
    add_keys(request, FRONT_CACHE_KEY)
    if number < 1:
        raise Http404
    xml = site_cache.cached(f"sitemap-{number}", request, site, lambda: file_xml(site, number) or "")
    if not xml:
        raise Http404
    return HttpResponse(xml, content_type="application/xml; charset=utf-8")
