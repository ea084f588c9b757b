"""Who may keep which procurement projects: the units whose notices a user may write (seed §2.1 matrix).

A project belongs to a unit. A user may add or change it when they prepare data (or direct) for a procurement
category that covers the unit: a provincial office's staff for their own office only, กค. for every unit in
the procurement categories. Directors and checkers of those units may view. Nobody deletes a project that
already has notices.
"""

from wagtail.permission_policies.base import ModelPermissionPolicy

from categories.taxonomy import split_units
from governance.access.models import Unit
from governance.access.roles import CHECKER, DIRECTOR, EDITOR
from governance.access.rules import categories_by_path, user_unit_codes
from procurement.models.sections import ProcurementIndexPage, ProcurementOfficePage

WRITE_ROLES = (EDITOR, DIRECTOR)
READ_ROLES = (EDITOR, DIRECTOR, CHECKER)


def procurement_unit_codes(user, roles=WRITE_ROLES) -> set[str]:
    """Codes of the units whose projects ``user`` may keep, as ``roles`` in the procurement categories."""
    if not (user.is_active and user.is_authenticated):
        return set()
    if user.is_superuser:
        return set(Unit.objects.values_list("code", flat=True))
    codes = set().union(*(user_unit_codes(user, role) for role in roles))
    if not codes:
        return set()
    allowed = set()
    sections = ProcurementIndexPage.objects.values_list("path", flat=True)
    offices = dict(ProcurementOfficePage.objects.values_list("path", "province"))
    office_units = dict(Unit.objects.exclude(parent=None).values_list("province", "code"))
    for path, category in categories_by_path(user).items():
        if not any(path.startswith(section) for section in sections):
            continue
        named = codes & set(split_units(category.data_units))
        if not named:
            continue
        if path in offices:
            allowed.add(office_units.get(offices[path]))
        else:
            allowed |= {code for code in named if code not in office_units.values()}
    return allowed - {None}


class ProjectPermissionPolicy(ModelPermissionPolicy):
    """Model permissions are not used: the matrix decides (see the module docstring)."""

    def _codes(self, user, action):
        return procurement_unit_codes(user, READ_ROLES if action == "view" else WRITE_ROLES)

    def user_has_permission(self, user, action):
        return bool(self._codes(user, action))

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        if action == "delete" and instance.pk and instance.notices.exists():
            return False
        return instance.unit.code in self._codes(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, action, instance) for action in actions)

    def instances_user_has_permission_for(self, user, action):
        return self.model.objects.filter(unit__code__in=self._codes(user, action))

    def instances_user_has_any_permission_for(self, user, actions):
        codes = set().union(*(self._codes(user, action) for action in actions))
        return self.model.objects.filter(unit__code__in=codes)
