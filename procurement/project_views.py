"""Snippet views for projects that respect the unit each project belongs to.

Wagtail's generic snippet views check model-wide permissions only; a project belongs to one unit, so the
listing shows only the user's units' projects and every view of one project asks the permission policy
about that project (procurement.permissions.ProjectPermissionPolicy).
"""

from django.core.exceptions import PermissionDenied
from wagtail.snippets.views import snippets

from procurement.permissions import READ_ROLES, procurement_unit_codes


class ProjectIndexView(snippets.IndexView):
    def get_base_queryset(self):
        codes = procurement_unit_codes(self.request.user, READ_ROLES)
        return super().get_base_queryset().filter(unit__code__in=codes)


class ProjectPermissionMixin:
    """Refuse a view of one project unless the policy allows ``instance_action`` on it."""

    instance_action = "change"

    def get_object(self, queryset=None):
        project = super().get_object(queryset)
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
