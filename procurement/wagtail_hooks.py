"""Procurement in the admin: projects (kept per unit, see procurement.permissions) and the procurement tools."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from procurement.import_views import import_view, template_view
from procurement.permissions import procurement_unit_codes
from procurement.project_views import ProcurementProjectViewSet
from procurement.summary_views import monthly_summary_view


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
        return bool(procurement_unit_codes(request.user))


@hooks.register("register_admin_urls")
def monthly_summary_urls():
    return [path("procurement/monthly-summary/", monthly_summary_view, name="procurement_monthly_summary")]


@hooks.register("register_procurement_menu_item")
def monthly_summary_menu_item():
    return ProcurementUnitMenuItem(
        _("Monthly summary (สขร.1)"),
        reverse("procurement_monthly_summary"),
        name="procurement-monthly-summary",
        icon_name="table",
        order=800,
    )


@hooks.register("register_admin_urls")
def notice_import_urls():
    return [
        path("procurement/import/", import_view, name="procurement_import"),
        path("procurement/import/template.csv", template_view, name="procurement_import_template"),
    ]


@hooks.register("register_procurement_menu_item")
def notice_import_menu_item():
    return ProcurementUnitMenuItem(
        _("Import notices from the old website"),
        reverse("procurement_import"),
        name="procurement-import",
        icon_name="upload",
        order=900,
    )
