"""Procurement in the admin: projects (kept per unit, see procurement.permissions) and the procurement tools."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from procurement.models import ProcurementProject


class ProcurementProjectViewSet(SnippetViewSet):
    model = ProcurementProject
    icon = "clipboard-list"
    menu_label = _("Procurement projects")
    list_display = ["title", "unit", "fiscal_year", "budget", "method", "status"]
    list_filter = ["fiscal_year", "method", "status"]
    search_fields = ["title", "egp_number"]
    ordering = ["-fiscal_year", "-created_at"]


class ProcurementViewSetGroup(SnippetViewSetGroup):
    items = (ProcurementProjectViewSet,)
    menu_icon = "clipboard-list"
    menu_label = _("Procurement")
    menu_name = "procurement"


register_snippet(ProcurementViewSetGroup)
