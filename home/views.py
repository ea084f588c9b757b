from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

from core.models import hidden_while_empty, with_live_items
from core.thai_text import query_text

SEARCH_PAGE_SIZE = 20


@require_GET
def search(request):
    """Public search over live, public pages. The query is cut short and segmented into Thai words."""
    raw_query = request.GET.get("q", "").strip()
    max_length = settings.SSO_SEARCH_MAX_QUERY_LENGTH
    words = query_text(raw_query, max_length)
    results = None
    if words:
        site = Site.find_for_request(request)
        pages = Page.objects.live().public().order_by("-first_published_at")
        if site:
            pages = pages.descendant_of(site.root_page, inclusive=True)
        # Newest first: ranking by relevance costs a correlated sub-query per match on SQLite (about 2 s for
        # 2,000 matches, see bench/render_pages.py), while this ordering is one indexed query.
        matches = pages.search(words, operator="and", order_by_relevance=False)
        results = Paginator(matches, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "home/search.html",
        {
            "search_query": raw_query[:max_length],
            "query_was_cut": len(raw_query) > max_length,
            "max_query_length": max_length,
            "results": results,
        },
    )


SITE_MAP_DEPTH = 3


@require_GET
def site_map(request):
    """A human-readable map of the site: three levels below the home page, in menu order (one query)."""
    site = Site.find_for_request(request)
    root = site.root_page if site else Page.get_first_root_node()
    pages = with_live_items(
        Page.objects.live()
        .public()
        .descendant_of(root)
        .filter(depth__lte=root.depth + SITE_MAP_DEPTH, show_in_menus=True)
        .only("id", "title", "path", "depth", "url_path", "content_type_id")
        .order_by("path")
    )
    pages = [page for page in pages if not hidden_while_empty(page)]
    by_path = {root.path: root}
    root.map_children = []
    for page in pages:
        page.map_children = []
        parent = by_path.get(page.path[: -Page.steplen])
        if parent is not None:
            parent.map_children.append(page)
            by_path[page.path] = page
    return render(request, "home/site_map.html", {"sections": root.map_children})


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /search/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def online_services(request):
    """The office's online services (site settings), grouped by audience; linked from every page header."""
    return render(request, "home/services.html", {})
