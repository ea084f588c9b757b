"""The permission matrix report (Reports menu): who may edit, publish and approve each category, read from the live
page permissions and the workflows' approval tasks, with CSV and XLSX downloads for auditors."""

import django_filters
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from categories.models import Category
from categories.taxonomy import split_units
from core.admin_views import RowsReportMixin, UserTestPolicy
from core.spreadsheets import SafeSpreadsheetExportMixin
from governance.access.models import Unit
from governance.access.roles import MATRIX_READERS
from governance.access.rules import in_any_group
from governance.workflow.matrix import CSV_HEADER, effective_matrix, matrix_categories, row_cells


def can_read_matrix(user) -> bool:
    return in_any_group(user, MATRIX_READERS)


MATRIX_POLICY = UserTestPolicy(Category, view=can_read_matrix)


def _unit_choices():
    return list(Unit.objects.order_by("code").values_list("code", "code"))


class MatrixFilterSet(WagtailFilterSet):
    unit = django_filters.ChoiceFilter(
        label=gettext_lazy("unit named in the category"),
        choices=_unit_choices,
        empty_label=gettext_lazy("all"),
        method="filter_unit",
    )

    class Meta:
        model = Category
        fields = []

    def filter_unit(self, queryset, name, value):
        """Categories whose data, publishing or checking units (as the taxonomy writes them) include the unit."""
        named = [
            pk
            for pk, *units in queryset.values_list("pk", "data_units", "publishing_units", "checking_units")
            if any(value in split_units(written) for written in units)
        ]
        return queryset.filter(pk__in=named)


class PermissionMatrixView(RowsReportMixin, SafeSpreadsheetExportMixin, ReportView):
    """Who can edit, publish and approve each category page, read from the live tables: a page of categories on
    screen, every row in the CSV or XLSX download (the cells of the ``permission_matrix`` command)."""

    page_title = gettext_lazy("Permission matrix")
    header_icon = "key"
    # Auditors read the matrix whole against the measures' table (about 200 categories): one page holds it.
    paginate_by = 200
    permission_policy = MATRIX_POLICY
    any_permission_required = ["view"]
    filterset_class = MatrixFilterSet
    is_searchable = True
    search_fields = ["title", "key", "page__title"]
    search_backend_name = None  # categories are not in the search index: the ORM's icontains
    list_export = CSV_HEADER
    export_headings = {name: gettext_lazy(name) for name in CSV_HEADER}  # msgids from matrix.CSV_HEADER
    export_filename = "permission-matrix"
    results_template_name = "governance/access/permission_matrix_results.html"
    columns = [
        Column("title", label=gettext_lazy("category")),
        Column("path", label=gettext_lazy("path")),
        Column("edit", label=gettext_lazy("can edit"), accessor=lambda row: ", ".join(row.edit)),
        Column("publish", label=gettext_lazy("can publish"), accessor=lambda row: ", ".join(row.publish)),
        Column("approve", label=gettext_lazy("approves"), accessor=lambda row: " → ".join(row.approve)),
        Column("workflow", label=gettext_lazy("workflow")),
    ]

    def get_base_queryset(self):
        return matrix_categories()

    def build_rows(self, categories):
        return effective_matrix(list(categories))

    def to_row_dict(self, item):
        return dict(zip(CSV_HEADER, row_cells(item), strict=True))
