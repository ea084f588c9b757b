from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

from core.models import hidden_while_empty, with_live_items

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


@require_GET
@cache_control(max_age=86400, public=True)
def favicon_ico(request):
    """``/favicon.ico``: browsers and feed readers ask for it at the site's root whatever the page links, so
    it is served here from the static icon (scripts/draw_icons.py draws it) instead of answering 404."""
    path = finders.find("icons/favicon.ico")
    if not path:
        raise Http404
    with open(path, "rb") as icon:
        return HttpResponse(icon.read(), content_type="image/x-icon")
