"""Accounts that สบท. issues to the publishers a unit's director designates (seed §2.1(1)), with separation of duties
(docs/security/accounts.md): the issuer never learns the password, and a role that approves waits for a second
account administrator."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from governance.access.duties import check_one_role_per_chain, needs_confirmation
from governance.access.models import Designation, RoleGrant, Unit
from governance.access.people import save_profile
from governance.access.roles import DIRECTOR, ROLE_GROUP_SUFFIX, group_name, parse_group_name
from governance.access.set_password import send_set_password_link

ROLE_REQUESTED = "sso.role.requested"
ROLE_CONFIRMED = "sso.role.confirmed"
ROLE_REFUSED = "sso.role.refused"


@transaction.atomic
def issue_account(
    *, username, full_name, email, unit_code, role, designated_by, letter_reference="", issued_by=None, position=""
) -> tuple:
    """Create the user without a usable password, record the designation, and return (user, pending grant or None).

    An editor joins the unit's group at once and is mailed a one-time link to set a password. Any other role is
    only requested: another account administrator confirms it (``confirm_role``), and the link is mailed then."""
    user_model = get_user_model()
    if role not in ROLE_GROUP_SUFFIX:
        raise ValidationError(_("Unknown role."))
    unit = Unit.objects.filter(code=unit_code).first()
    if unit is None:
        raise ValidationError(_("Unknown unit code: %(code)s") % {"code": unit_code})
    group = Group.objects.filter(name=group_name(unit.code, role)).first()
    if group is None:
        raise ValidationError(_("The unit has no such role group; run setup_site first."))
    if user_model.objects.filter(username=username).exists():
        raise ValidationError(_("The user name %(username)s is already taken.") % {"username": username})
    user = user_model.objects.create_user(username=username, email=email, password=None, first_name=full_name)
    save_profile(user, full_name=full_name, position=position, unit=unit)
    Designation.objects.create(
        user=user,
        unit=unit,
        role=role,
        designated_by=designated_by,
        letter_reference=letter_reference,
        created_by=issued_by,
    )
    grant = grant_role(user, group, requested_by=issued_by)
    if grant is None:
        send_set_password_link(user)
    return user, grant


def grant_role(user, group, *, requested_by) -> RoleGrant | None:
    """Add ``user`` to ``group``, or, for a role a second administrator must confirm, record the request and
    return it. Refuses (ValidationError) a role in the same approval chain as one the user holds or awaits."""
    held = set(user.groups.values_list("name", flat=True))
    awaited = set(
        RoleGrant.objects.filter(user=user, status=RoleGrant.Status.PENDING).values_list("group__name", flat=True)
    )
    check_one_role_per_chain(held | awaited | {group.name})
    if not needs_confirmation(group.name):
        user.groups.add(group)
        return None
    grant = RoleGrant.objects.create(user=user, group=group, requested_by=requested_by)
    log(instance=user, action=ROLE_REQUESTED, user=requested_by, data={"group": group.name})
    return grant


class SelfConfirmation(ValidationError):
    pass


@transaction.atomic
def confirm_role(grant: RoleGrant, *, confirmed_by) -> None:
    """The second administrator's confirmation: the user joins the group (a director becomes the unit's director
    when it has none) and, if they have never set a password, is mailed the link to set one."""
    grant = RoleGrant.objects.select_for_update().get(pk=grant.pk)
    _check_decidable(grant, confirmed_by)
    user = grant.user
    held = set(user.groups.values_list("name", flat=True))
    check_one_role_per_chain(held | {grant.group.name})
    user.groups.add(grant.group)
    grant.status, grant.decided_by, grant.decided_at = RoleGrant.Status.CONFIRMED, confirmed_by, timezone.now()
    grant.save(update_fields=["status", "decided_by", "decided_at"])
    parsed = parse_group_name(grant.group.name)
    if parsed is not None and parsed[1] == DIRECTOR:
        Unit.objects.filter(code=parsed[0], director=None).update(director=user)
    log(instance=user, action=ROLE_CONFIRMED, user=confirmed_by, data={"group": grant.group.name})
    if not user.has_usable_password() and user.last_login is None:
        send_set_password_link(user)


@transaction.atomic
def refuse_role(grant: RoleGrant, *, refused_by) -> None:
    grant = RoleGrant.objects.select_for_update().get(pk=grant.pk)
    _check_decidable(grant, refused_by)
    grant.status, grant.decided_by, grant.decided_at = RoleGrant.Status.REFUSED, refused_by, timezone.now()
    grant.save(update_fields=["status", "decided_by", "decided_at"])
    log(instance=grant.user, action=ROLE_REFUSED, user=refused_by, data={"group": grant.group.name})


def _check_decidable(grant: RoleGrant, decider) -> None:
    if grant.status != RoleGrant.Status.PENDING:
        raise ValidationError(_("This request has already been decided."))
    if decider is None or decider.pk in (grant.requested_by_id, grant.user_id):
        raise SelfConfirmation(
            _("Another account administrator must confirm or refuse this role, not the one who asked for it.")
        )
