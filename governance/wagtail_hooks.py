"""Server-side enforcement of the publishing rules the page permissions cannot express."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from wagtail import hooks

from governance.models import PageOwner
from governance.rules import can_edit, primary_unit


@hooks.register("after_create_page")
def record_owning_unit(request, page):
    """Every page remembers the unit that wrote it (the owning-unit rule and later reports use it)."""
    unit = primary_unit(request.user)
    if unit is not None:
        PageOwner.objects.get_or_create(page=page, defaults={"unit": unit})


@hooks.register("before_edit_page")
def only_the_owning_unit_edits(request, page):
    if not can_edit(request.user, page):
        raise PermissionDenied(_("Only the unit that owns this page, or ศสน., may edit it."))


@hooks.register("before_delete_page")
def only_the_owning_unit_deletes(request, page):
    if not can_edit(request.user, page):
        raise PermissionDenied(_("Only the unit that owns this page, or ศสน., may delete it."))


@hooks.register("before_publish_page")
def publish_only_through_the_workflow(request, page):
    """Seed §2.1: nothing goes live without the director's sign-off, so only a workflow publishes."""
    if not request.user.is_superuser:
        raise PermissionDenied(_("Pages are published by approval: submit the page to its workflow."))


@hooks.register("construct_page_action_menu")
def hide_direct_publish(menu_items, request, context):
    if not request.user.is_superuser:
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]
