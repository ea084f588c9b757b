"""Wagtail's "Page types usage" report with the CSV and XLSX downloads every admin report here offers.

Wagtail's own view has no ``list_export``. This subclass adds it (through ``SafeSpreadsheetExportMixin``) and keeps
everything else: its filters, its template and its permission (any page permission: add, change or publish).
``urlpatterns`` serve it at Wagtail's own address, ahead of Wagtail's admin URLs (``sso_site/urls.py``), so the
Reports menu item and every ``wagtailadmin_reports:page_types_usage`` link reach it.
"""

from django.urls import path
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView as WagtailPageTypesUsageReportView
from wagtail.utils.urlpatterns import decorate_urlpatterns

from core.spreadsheets import SafeSpreadsheetExportMixin

URL_PREFIX = "admin/reports/page-types-usage/"


class PageTypesUsageReportView(SafeSpreadsheetExportMixin, WagtailPageTypesUsageReportView):
    list_export = ["type", "model", "count", "last_edited_page", "last_edited_at"]
    export_headings = {
        "type": gettext_lazy("Type"),
        "model": gettext_lazy("App"),
        "count": gettext_lazy("Pages"),
        "last_edited_page": gettext_lazy("Last edited page"),
        "last_edited_at": gettext_lazy("Last edit"),
    }
    export_filename = "page-types-usage"

    def to_row_dict(self, item):
        page = item.last_edited_page
        edited_at = page.latest_revision_created_at if page else None
        return {
            "type": capfirst(item.name),
            "model": f"{item.app_label}.{item.model}",
            "count": item.count,
            "last_edited_page": page.get_admin_display_title() if page else "",
            # Bangkok time as the admin shows it, not Wagtail's UTC.
            "last_edited_at": timezone.localtime(edited_at).replace(tzinfo=None) if edited_at else None,
        }


urlpatterns = decorate_urlpatterns(
    [
        path("", PageTypesUsageReportView.as_view()),
        path("results/", PageTypesUsageReportView.as_view(results_only=True)),
    ],
    lambda view: never_cache(require_admin_access(view)),
)
