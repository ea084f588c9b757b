"""Core's admin hooks: documents reach the public only through a live page, and other units never; served pages
carry their surrogate keys for the front cache."""

from django.http import Http404
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


@hooks.register("before_serve_page")
def mark_page_response(page, request, serve_args, serve_kwargs):
    """The front cache can then drop this page's responses, by key, when it or what it shows changes."""
    add_keys(request, *served_page_keys(page))
