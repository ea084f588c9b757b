"""Server-side enforcement of the publishing rules the page permissions cannot express."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from governance.models import Designation, ExtraDayOff, PageOwner, Unit
from governance.rules import category_for_page, primary_unit


@hooks.register("after_create_page")
def record_owning_unit(request, page):
    """Every page remembers the unit that wrote it (the owning-unit rule and later reports use it)."""
    unit = primary_unit(request.user)
    if unit is not None:
        PageOwner.objects.get_or_create(page=page, defaults={"unit": unit})


@hooks.register("after_copy_page")
def record_owning_unit_of_copies(request, page, new_page):
    """A copy belongs to the unit of whoever copied it, like a page they created (with its copied subpages)."""
    unit = primary_unit(request.user)
    if unit is not None:
        for copied in new_page.get_descendants(inclusive=True):
            PageOwner.objects.update_or_create(page=copied, defaults={"unit": unit})


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


@hooks.register("register_admin_urls")
def governance_urls():
    from django.urls import path

    from governance import request_views, views

    return [
        path("governance/issue-account/", views.issue_account_view, name="governance_issue_account"),
        path("governance/permission-matrix/", views.permission_matrix_view, name="governance_permission_matrix"),
        path("governance/sla-report/", views.sla_report_view, name="governance_sla_report"),
        path("governance/requests/", request_views.request_list_view, name="governance_request_list"),
        path("governance/requests/new/", request_views.request_create_view, name="governance_request_create"),
        path("governance/requests/<int:pk>/", request_views.request_detail_view, name="governance_request_detail"),
        path(
            "governance/requests/<int:pk>/act/<str:action>/",
            request_views.request_action_view,
            name="governance_request_action",
        ),
        path("governance/requests/<int:pk>/letter/", request_views.request_file_view, name="governance_request_letter"),
        path(
            "governance/requests/<int:pk>/attachments/<int:attachment_pk>/",
            request_views.request_file_view,
            name="governance_request_attachment",
        ),
        path("governance/requests/<int:pk>/form/", request_views.request_form_view, name="governance_request_form"),
    ]


@hooks.register("register_reports_menu_item")
def sla_report_menu_item():
    from django.urls import reverse

    from governance.views import MATRIX_READERS, report_reader_groups

    return GroupMenuItem(
        gettext_lazy("3-day report"),
        reverse("governance_sla_report"),
        icon_name="time",
        order=901,
        groups=MATRIX_READERS + tuple(report_reader_groups()),
    )


@hooks.register("register_admin_menu_item")
def publication_requests_menu_item():
    from django.urls import reverse

    from governance.request_views import READER_GROUPS

    return GroupMenuItem(
        gettext_lazy("Publication requests"),
        reverse("governance_request_list"),
        icon_name="mail",
        order=260,
        groups=tuple(READER_GROUPS),
    )


@hooks.register("construct_homepage_panels")
def add_due_items_panel(request, panels):
    from governance.panels import DueItemsPanel

    panels.insert(0, DueItemsPanel(request.user))


class GroupMenuItem(MenuItem):
    """A menu item shown only to members of some office-wide groups (the views check again)."""

    def __init__(self, *args, groups, **kwargs):
        super().__init__(*args, **kwargs)
        self.groups = groups

    def is_shown(self, request):
        from governance.rules import in_any_group

        return in_any_group(request.user, self.groups)


@hooks.register("register_settings_menu_item")
def issue_account_menu_item():
    from django.urls import reverse

    from governance.roles import ACCOUNT_ADMINS

    return GroupMenuItem(
        _("Issue an account"),
        reverse("governance_issue_account"),
        icon_name="user",
        order=601,
        groups=(ACCOUNT_ADMINS,),
    )


@hooks.register("register_reports_menu_item")
def permission_matrix_menu_item():
    from django.urls import reverse

    from governance.views import MATRIX_READERS

    return GroupMenuItem(
        _("Permission matrix"),
        reverse("governance_permission_matrix"),
        icon_name="key",
        order=900,
        groups=MATRIX_READERS,
    )


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


# The traffic log (Computer Crime Act): auditors alone read and export it; no screen edits or deletes records,
# seals or legal holds. The views check membership again and log every look in Wagtail's audit log.


@hooks.register("register_admin_urls")
def traffic_log_urls():
    from django.urls import path

    from governance.traffic import views

    return [
        path("traffic-log/", views.traffic_log_view, name="governance_traffic_log"),
        path("traffic-log/export.csv", views.traffic_export_view, name="governance_traffic_log_export"),
        path("traffic-log/holds/", views.legal_holds_view, name="governance_traffic_holds"),
        path("traffic-log/holds/<int:pk>/lift/", views.lift_hold_view, name="governance_traffic_hold_lift"),
    ]


@hooks.register("register_log_actions")
def traffic_log_actions(actions):
    from governance.traffic.views import LOG_ACTIONS

    for action, label, message in LOG_ACTIONS:
        actions.register_action(action, label, message)


class TrafficAuditorMenuItem(MenuItem):
    """Shown to the auditor group only (superusers too must be members)."""

    def is_shown(self, request):
        from governance.traffic.views import is_traffic_auditor

        return is_traffic_auditor(request.user)


@hooks.register("register_admin_menu_item")
def traffic_log_menu_item():
    from django.urls import reverse

    return TrafficAuditorMenuItem(
        "บันทึกการจราจรทางคอมพิวเตอร์", reverse("governance_traffic_log"), icon_name="list-ul", order=270
    )


# Site issues (menu, URLs, page buttons) and the 3- or 6-month report (menu, URLs, log actions).
from governance import issue_hooks, report_hooks  # noqa: E402,F401
