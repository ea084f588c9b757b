"""Core's admin hooks: documents reach the public only through a live page, and other units never."""

from django.http import Http404
from wagtail import hooks

from core.documents import may_read_unpublished, used_by_live_page


@hooks.register("before_serve_document")
def serve_only_documents_of_live_pages(document, request):
    """Uploading a file must not publish it: the public gets only files that a live page uses."""
    if used_by_live_page(document):
        return None
    if may_read_unpublished(getattr(request, "user", None), document):
        return None
    raise Http404
