from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

from home.thai_text import query_text

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
