"""Template tags and filters of the public site: Thai dates, province names, file labels, the menu and breadcrumbs."""

import json
import re
from decimal import Decimal, InvalidOperation

from django import template
from django.apps import apps
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext, pgettext
from wagtail.models import Page, Site

from core import site_cache
from core.models import hidden_while_empty, route_trail, with_live_items
from core.page_languages import localized_home, translations
from core.page_queries import public
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


_NOT_DIALLED = re.compile(r"[^0-9+]")
_PHONE_SEPARATORS = re.compile(r"\s*(?:,|/|;|หรือ|\bor\b)\s*")


@register.filter
def tel_href(number):
    """``tel:021234567`` for a number as people write it (``0 2123 4567``, ``02-123-4567 ต่อ 12``): digits only,
    the extension dropped, so a phone dials it with one tap."""
    main = re.split(r"ต่อ|ext\.?|#", str(number or ""), maxsplit=1)[0]
    digits = _NOT_DIALLED.sub("", main)
    return f"tel:{digits}" if len(digits) >= 4 else ""


@register.filter
def phone_numbers(text):
    """The numbers in a telephone field that lists several (``0 2956 2345, 0 2956 2346``), each with its
    ``tel:`` link: [(number as written, href)]; a part that is not a number keeps an empty href."""
    return [(part, tel_href(part)) for part in _PHONE_SEPARATORS.split(str(text or "").strip()) if part]


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
def home_url(context):
    """The address of the home page in the request's language: "/" or "/en/"."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return localized_home(site, request).get_url(request) if site else "/"


@register.simple_tag(takes_context=True)
def page_languages(context, page=None):
    """The page in each content language, for the language switch and ``hreflang`` links: a list of
    ``{"code", "name", "url", "full_url", "current", "translated"}`` (``url`` is relative on the request's site,
    for the switch; ``hreflang`` needs ``full_url``). A language the page has no live translation in links
    to that language's home page and is not an alternate (``translated`` False). From the translation cache
    (core.page_languages): no query once cached, two otherwise."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    home_key = site.root_page.translation_key
    page_key = page.translation_key if page is not None and getattr(page, "pk", None) else None
    found = translations(request, site, [home_key] + ([page_key] if page_key else []))
    current = get_language()
    languages = []
    for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
        target = found[page_key].get(code) if page_key else None
        shown = target or found[home_key].get(code)
        if shown is None:
            continue
        languages.append(
            {
                "code": code,
                "name": name,
                "url": shown["url"],
                "full_url": shown["full_url"],
                "current": code == current,
                "translated": target is not None,
            }
        )
    return languages


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The two top levels under the site's home page that are live, public and in menus: one query, kept in the
    cache until a page, site or restriction changes (``core.site_cache``)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    root = localized_home(site, request)
    return site_cache.cached(f"main-menu:{root.pk}", request, site, lambda: _menu_sections(root))


def _menu_sections(root):
    pages = with_live_items(
        public(Page.objects.live())
        .in_menu()
        .descendant_of(root)
        .filter(depth__in=(root.depth + 1, root.depth + 2))
        .only("id", "title", "path", "depth", "url_path", "content_type_id")
        .order_by("path")
    )
    pages = [page for page in pages if not hidden_while_empty(page)]
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
    """The page's ancestors below the tree root, the home page first (those routing read: no query; else one
    query), without repeated titles."""
    if page is None or not getattr(page, "pk", None):
        return []
    crumbs = route_trail(context.get("request"), page)
    if crumbs is None:
        crumbs = list(page.get_ancestors().filter(depth__gt=1).only("id", "title", "path", "depth", "url_path"))
    # A section and its only category often share a title (ข่าวประชาสัมพันธ์ › ข่าวประชาสัมพันธ์): a crumb that
    # repeats the next one's title says nothing, so only the deeper of the two is shown (the home crumb stays).
    titles = [crumb.title for crumb in crumbs] + [page.title]
    return [crumb for i, crumb in enumerate(crumbs) if i == 0 or crumb.title != titles[i + 1]]


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
