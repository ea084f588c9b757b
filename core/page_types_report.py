"""Wagtail's "Page types usage" report with the CSV and XLSX downloads every admin report here offers.

Wagtail's own view has no ``list_export``. This subclass adds it (through ``SafeSpreadsheetExportMixin``) and keeps
everything else: its filters, its template and its permission (any page permission: add, change or publish).
``urlpatterns`` serve it at Wagtail's own address, ahead of Wagtail's admin URLs (``sso_site/urls.py``), so the
Reports menu item and every ``wagtailadmin_reports:page_types_usage`` link reach it.
"""

from django.apps import apps
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


def app_name(app_label: str) -> str:
    try:
        return str(apps.get_app_config(app_label).verbose_name)
    except LookupError:
        return app_label


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

    def decorate_paginated_queryset(self, page_types):
        """Each type's part of the system by its verbose name (Thai), which the listing shows instead of the code
        name ``categories.lawpage``."""
        page_types = super().decorate_paginated_queryset(page_types)
        for item in page_types:
            item.app_name = app_name(item.app_label)
        return page_types

    def to_row_dict(self, item):
        page = item.last_edited_page
        edited_at = page.latest_revision_created_at if page else None
        return {
            "type": capfirst(item.name),
            "model": f"{item.app_label}.{item.model}",  # the download keeps the code name, which identifies it
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
