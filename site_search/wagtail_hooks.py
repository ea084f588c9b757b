"""Search in the admin: the synonyms (a snippet, in the main menu) and the weekly search report (Reports menu)."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from site_search.admin_views import QueryReportViewSet, SynonymViewSet

register_snippet(SynonymViewSet)


@hooks.register("register_admin_viewset")
def register_search_report():
    return QueryReportViewSet()
