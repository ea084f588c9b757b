"""Projects in the admin: a snippet viewset whose form and views respect the unit each project belongs to.

Wagtail's generic snippet views check model-wide permissions only; a project belongs to one unit, so the
listing shows only the user's units' projects and every view of one project asks the permission policy
about that project (procurement.permissions.ProjectPermissionPolicy). The form sits here rather than on the
model because it asks the permission rules, which read the procurement pages, which sit above the model.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.snippets.views import snippets
from wagtail.snippets.views.snippets import SnippetViewSet

from governance.access.models import Unit
from procurement.models import ProcurementProject
from procurement.permissions import READ_ROLES, procurement_unit_codes


class ProjectForm(WagtailAdminModelForm):
    """Offers only the units whose projects the user may keep (see procurement.permissions)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None and "unit" in self.fields:
            self.fields["unit"].queryset = Unit.objects.filter(code__in=procurement_unit_codes(self.for_user))


class ProjectIndexView(snippets.IndexView):
    def get_base_queryset(self):
        codes = procurement_unit_codes(self.request.user, READ_ROLES)
        return super().get_base_queryset().filter(unit__code__in=codes)


class ProjectPermissionMixin:
    """Refuse a view of one project unless the policy allows ``instance_action`` on it."""

    instance_action = "change"

    def get_object(self, *args, **kwargs):
        # Wagtail's edit/delete/inspect views take ``queryset``; its usage and history views take nothing.
        project = super().get_object(*args, **kwargs)
        if not self.permission_policy.user_has_permission_for_instance(
            self.request.user, self.instance_action, project
        ):
            raise PermissionDenied
        return project


class ProjectEditView(ProjectPermissionMixin, snippets.EditView):
    pass


class ProjectDeleteView(ProjectPermissionMixin, snippets.DeleteView):
    instance_action = "delete"


class ProjectUsageView(ProjectPermissionMixin, snippets.UsageView):
    instance_action = "view"


class ProjectHistoryView(ProjectPermissionMixin, snippets.HistoryView):
    instance_action = "view"


class ProjectInspectView(ProjectPermissionMixin, snippets.InspectView):
    instance_action = "view"


class ProcurementProjectViewSet(SnippetViewSet):
    model = ProcurementProject
    icon = "clipboard-list"
    menu_label = _("Procurement projects")
    list_display = ["title", "unit", "fiscal_year", "budget", "method", "status"]
    list_filter = ["fiscal_year", "method", "status"]
    search_fields = ["title", "egp_number"]
    ordering = ["-fiscal_year", "-created_at"]
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldRowPanel([FieldPanel("unit"), FieldPanel("fiscal_year")]),
            FieldRowPanel([FieldPanel("budget"), FieldPanel("method")]),
            FieldPanel("egp_number"),
        ],
        base_form_class=ProjectForm,
    )
    index_view_class = ProjectIndexView
    edit_view_class = ProjectEditView
    delete_view_class = ProjectDeleteView
    usage_view_class = ProjectUsageView
    history_view_class = ProjectHistoryView
    inspect_view_class = ProjectInspectView
