"""The access slice in the admin: every new or copied page records its owning unit; สบท. issues accounts; the
permission matrix report (both viewsets, see ``governance.access.viewsets``); the registers of units,
designations and extra days off (wagtail-modeladmin, as the design card asks)."""

from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.log_actions import LogFormatter
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from governance.access.accounts import ROLE_CONFIRMED, ROLE_REFUSED, ROLE_REQUESTED
from governance.access.models import Designation, ExtraDayOff, PageOwner, Unit
from governance.access.rules import primary_unit
from governance.access.viewsets import UnitAccountViewSet


@hooks.register("after_create_page")
def record_owning_unit(request, page):
    """Every page remembers the unit that wrote it (the owning-unit rule and later reports use it)."""
    unit = primary_unit(request.user)
    if unit is not None:
        PageOwner.objects.get_or_create(page=page, defaults={"unit": unit})


@hooks.register("before_publish_page", order=-100)
def record_owning_unit_before_a_first_publish(request, page):
    """Create-and-publish runs ``before_publish_page`` before ``after_create_page``, and the workflow slice's hook
    refuses the publish by returning a response, which ends the create view there: without this the new page
    would have no owning unit, and its own unit could no longer edit it. Runs first, and never answers."""
    if page.first_published_at is None and not PageOwner.objects.filter(page_id=page.pk).exists():
        record_owning_unit(request, page)


@hooks.register("after_copy_page")
def record_owning_unit_of_copies(request, page, new_page):
    """A copy belongs to the unit of whoever copied it, like a page they created (with its copied subpages)."""
    unit = primary_unit(request.user)
    if unit is not None:
        for copied in new_page.get_descendants(inclusive=True):
            PageOwner.objects.update_or_create(page=copied, defaults={"unit": unit})


@hooks.register("register_log_actions")
def register_role_log_actions(actions):
    """The audit log's entries for roles asked for, confirmed and refused (separation of duties)."""
    for action, label in (
        (ROLE_REQUESTED, gettext_lazy("Role requested")),
        (ROLE_CONFIRMED, gettext_lazy("Role confirmed")),
        (ROLE_REFUSED, gettext_lazy("Role refused")),
    ):
        actions.register_action(action)(type("RoleLogFormatter", (RoleLogFormatter,), {"label": label}))


class RoleLogFormatter(LogFormatter):
    def format_message(self, log_entry):
        return f"{self.label}: {log_entry.data.get('group', '')}"


@hooks.register("register_admin_viewset")
def register_access_viewsets():
    return UnitAccountViewSet()


class UnitAdmin(ModelAdmin):
    model = Unit
    menu_label = gettext_lazy("Units")
    menu_icon = "group"
    list_display = ("code", "name_th", "kind", "director")
    list_filter = ("kind",)
    search_fields = ("code", "name_th")
    panels = [FieldPanel("name_th"), FieldPanel("director")]


class DesignationAdmin(ModelAdmin):
    model = Designation
    menu_label = gettext_lazy("Designations")
    menu_icon = "doc-full"
    list_display = ("user", "unit", "role", "designated_by", "letter_reference", "created_by", "created_at")
    list_filter = ("unit", "role")
    search_fields = ("user__username", "user__first_name", "letter_reference", "designated_by")
    panels = [FieldPanel("designated_by"), FieldPanel("letter_reference")]


class ExtraDayOffAdmin(ModelAdmin):
    model = ExtraDayOff
    menu_label = gettext_lazy("Extra days off")
    menu_icon = "date"
    list_display = ("date", "name")
    panels = [FieldPanel("date"), FieldPanel("name")]


class GovernanceGroup(ModelAdminGroup):
    menu_label = gettext_lazy("Governance")
    menu_icon = "clipboard-list"
    menu_order = 250
    items = (UnitAdmin, DesignationAdmin, ExtraDayOffAdmin)


modeladmin_register(GovernanceGroup)
