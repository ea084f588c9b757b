"""Core's admin hooks: documents reach the public only through a live page, and other units never; page
addresses keep Thai; served pages carry their surrogate keys for the front cache; the admin in Sarabun, with the
office's own Help menu."""

from django.http import Http404
from django.templatetags.static import static
from django.urls import include, path, reverse_lazy
from django.utils.html import format_html
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core import admin_guide
from core.documents import may_read_unpublished, used_by_live_page
from core.http_caching import add_keys, served_page_keys

# Wagtail's own Help items that lead to its English site.
WAGTAIL_HELP_ITEMS = {"editor-guide"}
WAGTAIL_HELP_PREFIXES = ("whats-new-in-wagtail",)


@hooks.register("before_serve_document")
def serve_only_documents_of_live_pages(document, request):
    """Uploading a file must not publish it: the public gets only files that a live page uses."""
    if used_by_live_page(document):
        return None
    if may_read_unpublished(getattr(request, "user", None), document):
        return None
    raise Http404


@hooks.register("insert_editor_js")
def thai_page_slug_js():
    """The admin's slug-as-you-type keeps Thai vowel and tone marks, as the server does (core.slugs)."""
    return format_html('<script src="{}"></script>', static("core/js/thai-slug.js"))


@hooks.register("before_serve_page")
def mark_page_response(page, request, serve_args, serve_kwargs):
    """The front cache can then drop this page's responses, by key, when it or what it shows changes."""
    add_keys(request, *served_page_keys(page))


@hooks.register("insert_global_admin_css")
def admin_font():
    """Sarabun from our own static files, so Thai renders in the admin on a computer without Thai fonts."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("register_admin_urls")
def guide_urls():
    return [path("", include(admin_guide.urlpatterns))]


@hooks.register("register_help_menu_item")
def guide_menu_item():
    return MenuItem(
        gettext_lazy("Editors' guide"), reverse_lazy("sso_guide"), name="sso-guide", icon_name="help", order=1
    )


@hooks.register("construct_help_menu")
def drop_wagtails_english_help(request, menu_items):
    """Wagtail's "Editor Guide" and "What's new" open its English site: our guide replaces them."""
    menu_items[:] = [
        item
        for item in menu_items
        if item.name not in WAGTAIL_HELP_ITEMS and not item.name.startswith(WAGTAIL_HELP_PREFIXES)
    ]


@hooks.register("construct_homepage_panels")
def drop_whats_new_in_wagtail(request, panels):
    """The dashboard's "What's new in Wagtail" panel links Wagtail's English site."""
    panels[:] = [panel for panel in panels if getattr(panel, "name", "") != "whats_new_in_wagtail_version"]
