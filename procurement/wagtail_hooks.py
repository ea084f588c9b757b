"""Procurement in the admin: projects (kept per unit, see procurement.permissions) and the procurement tools."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from procurement import project_views
from procurement.models import ProcurementProject


class ProcurementProjectViewSet(SnippetViewSet):
    model = ProcurementProject
    icon = "clipboard-list"
    menu_label = _("Procurement projects")
    list_display = ["title", "unit", "fiscal_year", "budget", "method", "status"]
    list_filter = ["fiscal_year", "method", "status"]
    search_fields = ["title", "egp_number"]
    ordering = ["-fiscal_year", "-created_at"]
    index_view_class = project_views.ProjectIndexView
    edit_view_class = project_views.ProjectEditView
    delete_view_class = project_views.ProjectDeleteView
    usage_view_class = project_views.ProjectUsageView
    history_view_class = project_views.ProjectHistoryView
    inspect_view_class = project_views.ProjectInspectView


class ProcurementViewSetGroup(SnippetViewSetGroup):
    items = (ProcurementProjectViewSet,)
    menu_icon = "clipboard-list"
    menu_label = _("Procurement")
    menu_name = "procurement"
    # Menu items registered with this hook appear inside the Procurement menu (the notice import uses it).
    submenu_hook = "register_procurement_menu_item"


register_snippet(ProcurementViewSetGroup)


class ProcurementUnitMenuItem(MenuItem):
    """Shown to users who keep procurement data for some unit (the view checks again)."""

    def is_shown(self, request):
        from procurement.permissions import procurement_unit_codes

        return bool(procurement_unit_codes(request.user))


@hooks.register("register_admin_urls")
def monthly_summary_urls():
    from django.urls import path

    from procurement.summary_views import monthly_summary_view

    return [path("procurement/monthly-summary/", monthly_summary_view, name="procurement_monthly_summary")]


@hooks.register("register_procurement_menu_item")
def monthly_summary_menu_item():
    from django.urls import reverse

    return ProcurementUnitMenuItem(
        _("Monthly summary (สขร.1)"),
        reverse("procurement_monthly_summary"),
        name="procurement-monthly-summary",
        icon_name="table",
        order=800,
    )


@hooks.register("register_admin_urls")
def notice_import_urls():
    from django.urls import path

    from procurement.import_views import import_view, template_view

    return [
        path("procurement/import/", import_view, name="procurement_import"),
        path("procurement/import/template.csv", template_view, name="procurement_import_template"),
    ]


@hooks.register("register_procurement_menu_item")
def notice_import_menu_item():
    from django.urls import reverse

    return ProcurementUnitMenuItem(
        _("Import notices from the old website"),
        reverse("procurement_import"),
        name="procurement-import",
        icon_name="upload",
        order=900,
    )
