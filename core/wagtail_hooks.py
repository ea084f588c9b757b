"""Core's admin hooks: documents reach the public only through a live page."""

from django.http import Http404
from wagtail import hooks

from core.documents import used_by_live_page


@hooks.register("before_serve_document")
def serve_only_documents_of_live_pages(document, request):
    """Uploading a file must not publish it: the public gets only files that a live page uses."""
    if used_by_live_page(document):
        return None
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"):
        return None
    raise Http404
