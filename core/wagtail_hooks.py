"""Core's admin hooks: documents reach the public only through a live page, and other units never; page
addresses keep Thai; served pages carry their surrogate keys for the front cache."""

from django.http import Http404
from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

from core.documents import may_read_unpublished, used_by_live_page
from core.http_caching import add_keys, served_page_keys


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
