"""Server-side enforcement of the publishing rules the page permissions cannot express: only a workflow publishes,
copies start as drafts, and a page stays within its category's approvals."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks

from governance.access.rules import category_for_page
from governance.workflow.page_views import TalkingPageViewSet
from governance.workflow.viewsets import PermissionMatrixViewSet


@hooks.register("before_move_page")
def moves_stay_within_their_category(request, page, destination):
    """A move must not take a page out of the approvals it needs: into another category (e.g. from a benefit
    page into "other", skipping the executive) or while it is in moderation."""
    if request.user.is_superuser:
        return None
    leaves_category = category_for_page(destination) != category_for_page(page.get_parent())
    if leaves_category or page.workflow_in_progress:
        messages.error(request, _("A page can only be moved within its category, and not while it awaits approval."))
        return redirect("wagtailadmin_pages:move", page.pk)
    return None


@hooks.register("before_publish_page")
def publish_only_through_the_workflow(request, page):
    """Seed §2.1: nothing goes live without the director's sign-off, so only a workflow publishes.

    Wagtail's create view has already added the new page to the tree (live, by the model's default) when this
    hook runs, so a refused first publication also takes the new page back offline; the draft is kept."""
    if request.user.is_superuser:
        return None
    if page.first_published_at is None and page.live:
        type(page).objects.filter(pk=page.pk).update(live=False, has_unpublished_changes=True)
    messages.error(request, _("Pages are published by approval: submit the page to its workflow."))
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_bulk_action")
def no_bulk_publishing(request, action_type, objects, action_class_instance):
    if action_type == "publish" and not request.user.is_superuser:
        raise PermissionDenied(_("Pages are published by approval: submit the page to its workflow."))
    if action_type == "move" and not request.user.is_superuser:
        raise PermissionDenied(_("A page can only be moved within its category, and not while it awaits approval."))


@hooks.register("before_copy_page")
def no_live_copies(request, page):
    """A published copy or an alias would put content live in a place whose units never approved it."""
    goes_live = request.POST.get("publish_copies") or request.POST.get("alias")
    if request.method == "POST" and goes_live and not request.user.is_superuser:
        messages.error(request, _("Copies start as drafts: submit them to their workflow to publish."))
        return redirect("wagtailadmin_pages:copy", page.pk)
    return None


@hooks.register("construct_page_action_menu")
def hide_direct_publish(menu_items, request, context):
    if not request.user.is_superuser:
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("register_admin_viewset")
def register_permission_matrix():
    return PermissionMatrixViewSet()


@hooks.register("register_admin_viewset")
def register_talking_page_views():
    """Every page type's edit and workflow-action views, with messages that name the next step and its holders."""
    return TalkingPageViewSet()
