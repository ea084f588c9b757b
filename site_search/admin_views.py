"""Admin screens: the synonyms editors keep (a snippet viewset) and the weekly report of what people search for,
with CSV/XLSX downloads whose cells cannot run as formulas."""

import django_filters
from django.db.models import F
from django.utils.translation import gettext_lazy, pgettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_views import UserTestPolicy, UserTestViewSet
from core.spreadsheets import SafeSpreadsheetExportMixin
from site_search.access import is_search_staff
from site_search.models import QueryWeek, Synonym

SYNONYM_POLICY = UserTestPolicy(
    Synonym, view=is_search_staff, add=is_search_staff, change=is_search_staff, delete=is_search_staff
)
REPORT_POLICY = UserTestPolicy(QueryWeek, view=is_search_staff)


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = gettext_lazy("Search synonyms")
    menu_order = 750
    add_to_admin_menu = True
    list_display = ["phrase", "alternatives"]
    search_fields = ["phrase", "alternatives"]


class QueryWeekFilterSet(WagtailFilterSet):
    week = django_filters.DateFilter(label=gettext_lazy("week starting"))
    zero_only = django_filters.BooleanFilter(label=gettext_lazy("only searches that found nothing"), method="zero")

    def zero(self, queryset, name, value):
        return queryset.filter(zero_results=F("searches")) if value else queryset

    class Meta:
        model = QueryWeek
        fields = []


class QueryReportView(SafeSpreadsheetExportMixin, ReportView):
    page_title = gettext_lazy("What people search for")
    header_icon = "search"
    permission_policy = REPORT_POLICY
    any_permission_required = ["view"]
    filterset_class = QueryWeekFilterSet
    list_export = ["week", "query", "searches", "zero_results"]
    export_headings = {
        "week": gettext_lazy("week starting"),
        "query": pgettext_lazy("search report", "query"),
        "searches": gettext_lazy("searches"),
        "zero_results": gettext_lazy("searches with no result"),
    }
    columns = [
        Column("week", label=gettext_lazy("week starting")),
        Column("query", label=pgettext_lazy("search report", "query")),
        Column("searches", label=gettext_lazy("searches")),
        Column("zero_results", label=gettext_lazy("searches with no result")),
    ]

    def get_queryset(self):
        return QueryWeek.objects.order_by("-week", "-searches", "query")

    def get_filename(self):
        return "search-queries"


class QueryReportViewSet(UserTestViewSet):
    """The search report, in the Reports menu."""

    name = "search_report"
    url_prefix = "search-report"
    icon = "search"
    menu_label = gettext_lazy("What people search for")
    menu_order = 905
    menu_hook = "register_reports_menu_item"
    permission_policy = REPORT_POLICY
    listing_view_class = QueryReportView
