"""Who must sign in with a second factor: the one rule, asked by the middleware, the enrolment screen and tests.

An account must have one when a stolen password would let someone approve or publish, issue accounts, read the
traffic log, or act for the two centres that run the site (สบท., ศสน.). The rule reads the groups as
``governance.access.sync`` and the workflows build them, so a new approver group or task is covered without a
code change. ``SSO_OTP_REQUIRED_FOR_ALL`` extends it to every account (editors included).
"""

from django.conf import settings
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Task

from governance.access.roles import CHECKER, DIRECTOR, OFFICE_WIDE_GROUPS, parse_group_name
from governance.access.rules import group_names

# The two centres whose every member must have a second factor: สบท. runs the servers and issues accounts,
# ศสน. edits and approves pages of every unit.
CENTRE_UNITS = ("สบท.", "ศสน.")
# Unit roles that approve (a director signs off and publishes; a checker reviews).
APPROVING_ROLES = (DIRECTOR, CHECKER)
# Model permissions that let an account create or change other accounts.
ACCOUNT_PERMISSIONS = ("auth.add_user", "auth.change_user", "auth.delete_user")


def approver_group_names() -> set[str]:
    """Groups that may publish somewhere in the tree, or that an active workflow task names as its approvers."""
    publishing = GroupPagePermission.objects.filter(permission__codename="publish_page").values_list(
        "group__name", flat=True
    )
    names = set(publishing)
    for task in Task.objects.filter(active=True).specific():
        groups = getattr(task, "groups", None)
        if groups is not None:
            names.update(groups.values_list("name", flat=True))
    return names


def _holds_privileged_group(names: frozenset[str]) -> bool:
    if not names.isdisjoint(OFFICE_WIDE_GROUPS):
        return True
    for name in names:
        parsed = parse_group_name(name)
        if parsed and (parsed[0] in CENTRE_UNITS or parsed[1] in APPROVING_ROLES):
            return True
    return False


def second_factor_required(user) -> bool:
    """Must ``user`` have a confirmed second factor before using the admin?"""
    if not (user and user.is_authenticated and user.is_active):
        return False
    if getattr(settings, "SSO_OTP_REQUIRED_FOR_ALL", False) or user.is_superuser or user.is_staff:
        return True
    names = group_names(user)
    if _holds_privileged_group(names):
        return True
    if any(user.has_perm(permission) for permission in ACCOUNT_PERMISSIONS):
        return True
    return bool(names) and not names.isdisjoint(approver_group_names())


def groups_requiring_second_factor() -> list[str]:
    """Names of the groups whose members must have a second factor (for the documentation and the admin)."""
    approvers = approver_group_names()
    return sorted(
        name
        for name in Group.objects.values_list("name", flat=True)
        if name in approvers or _holds_privileged_group(frozenset([name]))
    )
