"""Template tags and filters of the public site: Thai dates, province names, file labels, the menu and breadcrumbs."""

import json
from decimal import Decimal, InvalidOperation

from django import template
from django.apps import apps
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, pgettext
from wagtail.models import Page, Site

from core import site_cache
from core.models import route_trail
from core.provinces import BANGKOK
from core.thai_dates import format_thai_date, format_thai_datetime

register = template.Library()


@register.filter
def thai_date(value, style="long"):
    """``{{ page.date|thai_date }}`` → 25 พฤศจิกายน 2569; styles: long, short, month, year."""
    return format_thai_date(value, style)


@register.filter
def thai_datetime(value):
    return format_thai_datetime(value)


@register.filter
def province_label(province):
    """``จังหวัดเชียงใหม่`` for a province; Bangkok, which is not one, by its name alone."""
    if not province or province == BANGKOK:
        return province
    return gettext("%(province)s Province") % {"province": province}


@register.filter
def page_links(page_obj):
    """The page numbers a pager shows: first, last, and two either side of the current one, with
    ``Paginator.ELLIPSIS`` for the gaps. Looping over every page of a 1,000-page listing cost ~10 ms a render."""
    return list(page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1))


@register.filter
def baht(value):
    """``1234567.5`` → ``1,234,567.50`` (amounts in baht, as Thai official documents write them)."""
    if value in (None, ""):
        return ""
    try:
        return f"{Decimal(str(value)):,.2f}"
    except InvalidOperation:
        return value


@register.filter
def file_meta(document):
    """``PDF, 1.2 MB`` for a Wagtail document (type from the extension, size stored at upload)."""
    if not document:
        return ""
    extension = (document.file_extension or "").upper() or "FILE"
    size = document.file_size
    if size is None:
        try:
            size = document.file.size
        except (OSError, ValueError):
            size = None
    return f"{extension}, {filesizeformat(size)}" if size is not None else extension


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The two top levels under the site's home page that are live, public and in menus: one query, kept in the
    cache until a page, site or restriction changes (``core.site_cache``)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    return site_cache.cached("main-menu", request, site, lambda: _menu_sections(site.root_page))


def _menu_sections(root):
    pages = list(
        Page.objects.live()
        .public()
        .in_menu()
        .descendant_of(root)
        .filter(depth__in=(root.depth + 1, root.depth + 2))
        .only("id", "title", "path", "depth", "url_path")
        .order_by("path")
    )
    sections = []
    by_path = {}
    for page in pages:
        page.menu_children = []
        if page.depth == root.depth + 1:
            sections.append(page)
            by_path[page.path] = page
        else:
            parent = by_path.get(page.path[: -Page.steplen])
            if parent is not None:
                parent.menu_children.append(page)
    return sections


@register.simple_tag(takes_context=True)
def site_setting(context, label):
    """A site setting (``"home.SiteContact"``) for the request's site, from the cache (``core.site_cache``),
    with the pages it links to already read, so the footer's policy links cost no query."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    model = apps.get_model(label)
    if site is None:
        return None

    def build():
        links = [f.name for f in model._meta.concrete_fields if f.many_to_one and f.name != "site"]
        return model.objects.select_related(*links).filter(site=site).first() or model.for_site(site)

    return site_cache.cached(f"setting:{label}", request, site, build)


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """The page's ancestors below the tree root, the home page first: those routing read (no query) or one query."""
    if page is None or not getattr(page, "pk", None):
        return []
    trail = route_trail(context.get("request"), page)
    if trail is not None:
        return trail
    return list(page.get_ancestors().filter(depth__gt=1).only("id", "title", "path", "depth", "url_path"))


# As django.utils.html.json_script escapes them: no text inside the JSON can end the <script> element.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def breadcrumb_list_ld(context, crumbs, page):
    """schema.org BreadcrumbList of the trail the page shows (``crumbs`` from ``breadcrumbs``, then the page), as a
    JSON-LD block, so search engines show the section path under a result. It reuses the crumbs already read: no
    query of its own. ``<``, ``>`` and ``&`` are escaped as in ``json_script``, so no title can close the block."""
    request = context.get("request")
    trail = [*crumbs, page]
    items = []
    for position, crumb in enumerate(trail, start=1):
        url = crumb.get_url(request=request)
        if url is None:
            continue
        name = pgettext("breadcrumb", "Home") if position == 1 and len(trail) > 1 else crumb.title
        items.append(
            {
                "@type": "ListItem",
                "position": len(items) + 1,
                "name": name,
                "item": request.build_absolute_uri(url) if request is not None else url,
            }
        )
    data = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items}
    text = json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308 - JSON with <, >, & escaped
