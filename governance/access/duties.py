"""Separation of duties over accounts (issue 14): which roles a second account administrator must confirm, and
which pairs of roles one person may not hold because both act in the same unit's approval chain.

The approval chain of a page is: an editor of the data unit writes it, the data unit's director approves it, the
checking unit's checker reviews it where the matrix names one, and for material outside the list an authorised
executive approves first. One person holding two of these steps could publish alone, whatever four eyes checks
per revision. ``SSO_ALLOW_TWO_ROLES_IN_CHAIN`` (default False) turns the rule off for an office that must.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from categories.models import Category
from categories.taxonomy import OWNING_UNIT, split_units
from governance.access.roles import CENTRAL_UNIT, CHECKER, DIRECTOR, EDITOR, EXECUTIVES, parse_group_name


def needs_confirmation(group_name: str) -> bool:
    """Every role except a unit's editor: approving roles and office-wide roles (account administrators, auditors,
    executives …). A lone administrator could otherwise give an accomplice, or a second account of their own,
    the power to approve, or to confirm their own requests."""
    parsed = parse_group_name(group_name)
    return parsed is None or parsed[1] != EDITOR


def chain_slots() -> list[tuple[set[str], set[str], set[str]]]:
    """For each category of the matrix: the codes whose editors write it, whose directors approve it and whose
    checkers review it. ``OWNING_UNIT`` stays in the sets as a placeholder for the unit that wrote the page."""
    slots = []
    for data_units, checking_units in Category.objects.values_list("data_units", "checking_units"):
        data, checking = set(split_units(data_units)), set(split_units(checking_units))
        editors = data | ({CENTRAL_UNIT} if OWNING_UNIT in data else set())  # ศสน. edits every owner's pages
        slots.append((editors, data, checking))
    return slots


def _holds(codes: set[str], code: str, owner: str) -> bool:
    return code in codes or (OWNING_UNIT in codes and code == owner)


def _same_chain(first: tuple[str, str], second: tuple[str, str], slots) -> bool:
    (code_a, role_a), (code_b, role_b) = first, second
    if role_a == role_b:
        return False  # two units' directors (or editors, or checkers) take one step, not two
    if code_a == code_b:
        return True  # editor and director, director and checker … of one unit
    index = {EDITOR: 0, DIRECTOR: 1, CHECKER: 2}
    for slot in slots:
        for owner in (code_a, code_b):
            if _holds(slot[index[role_a]], code_a, owner) and _holds(slot[index[role_b]], code_b, owner):
                return True
    return False


def chain_conflicts(group_names) -> list[tuple[str, str]]:
    """Pairs of the given groups that act in the same approval chain (empty when the rule is off)."""
    if getattr(settings, "SSO_ALLOW_TWO_ROLES_IN_CHAIN", False):
        return []
    names = sorted(set(group_names))
    unit_roles = {name: parsed for name in names if (parsed := parse_group_name(name))}
    slots = chain_slots() if len(unit_roles) > 1 else []
    conflicts = []
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            if EXECUTIVES in (first, second):
                # The authorised executive approves material outside the list that any unit writes and approves.
                other = second if first == EXECUTIVES else first
                if other in unit_roles and unit_roles[other][1] in (EDITOR, DIRECTOR):
                    conflicts.append((first, second))
            elif (
                first in unit_roles
                and second in unit_roles
                and _same_chain(unit_roles[first], unit_roles[second], slots)
            ):
                conflicts.append((first, second))
    return conflicts


def check_one_role_per_chain(group_names) -> None:
    """Raise a Thai ValidationError naming the first pair of roles that share a chain."""
    conflicts = chain_conflicts(group_names)
    if conflicts:
        first, second = conflicts[0]
        raise ValidationError(
            _(
                "One person may not hold two roles in the same approval chain: %(first)s and %(second)s. "
                "Nothing was saved."
            )
            % {"first": first, "second": second},
            code="two_roles_in_chain",
        )
