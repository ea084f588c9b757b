"""Accounts that สบท. issues to the publishers a unit's director designates (seed §2.1(1))."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from governance.access.models import Designation, Unit
from governance.access.roles import DIRECTOR, ROLE_GROUP_SUFFIX, group_name


@transaction.atomic
def issue_account(
    *, username, full_name, email, unit_code, role, designated_by, letter_reference="", issued_by=None
) -> tuple:
    """Create the user in the unit's role group, record the designation, and return (user, one-time password).

    The password must be changed at first sign-in (see ``ForcePasswordChangeMiddleware``)."""
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
    password = secrets.token_urlsafe(12)
    user = user_model.objects.create_user(username=username, email=email, password=password, first_name=full_name)
    user.groups.add(group)
    Designation.objects.create(
        user=user,
        unit=unit,
        role=role,
        designated_by=designated_by,
        letter_reference=letter_reference,
        created_by=issued_by,
        initial_password_hash=user.password,
    )
    if role == DIRECTOR and unit.director_id is None:
        unit.director = user
        unit.save(update_fields=["director"])
    return user, password
