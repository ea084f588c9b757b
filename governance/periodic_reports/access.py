"""Who may do what with periodic reports. ศสน. staff (any of its unit groups) prepare them; the ศสน. director
is the supervisor who acknowledges; superusers may do both. Nobody acknowledges a report they prepared."""

from wagtail.models import ModelLogEntry

from governance.access.roles import CENTRAL_UNIT, CHECKER, DIRECTOR, EDITOR, group_name
from governance.access.rules import in_any_group

STAFF_GROUPS = tuple(group_name(CENTRAL_UNIT, role) for role in (EDITOR, DIRECTOR, CHECKER))
SUPERVISOR_GROUPS = (group_name(CENTRAL_UNIT, DIRECTOR),)
# Logged steps that make their author one of the report's preparers.
PREPARING_ACTIONS = ("sso.periodic_report.text", "sso.periodic_report.submit")


def can_view(user) -> bool:
    return in_any_group(user, STAFF_GROUPS)


def can_prepare(user) -> bool:
    return in_any_group(user, STAFF_GROUPS)


def can_supervise(user) -> bool:
    return in_any_group(user, SUPERVISOR_GROUPS)


def prepared(user, report) -> bool:
    """Four eyes: whoever wrote the text or submitted the report (now or in an earlier round) is a preparer."""
    if report.prepared_by_id == user.pk:
        return True
    return ModelLogEntry.objects.for_instance(report).filter(user_id=user.pk, action__in=PREPARING_ACTIONS).exists()


def can_acknowledge(user, report) -> bool:
    return can_supervise(user) and not prepared(user, report)
