"""People by name: the one helper that says who a user is, wherever a user appears (requests, logs, reports,
e-mails, the request/approval form PDF, workflow messages), and the one place that writes a person's profile.

``display_name`` asks no query: ``save_profile`` keeps the profile's full name in the user's first name (last name
empty), which is also what Wagtail's own screens show. ``display_name(user, with_position=True)`` reads the profile
(one query, none with ``select_related("profile")``)."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction

from governance.access.models import Profile, Unit
from governance.access.roles import DIRECTOR, group_name


def display_name(user, *, with_position: bool = False) -> str:
    """The person's Thai full name (their user name when they have none); with their position and unit if asked."""
    if user is None:
        return ""
    name = (user.get_full_name() or "").strip() or user.get_username()
    if not with_position:
        return name
    profile = profile_of(user)
    if profile is None:
        return name
    where = " ".join(part for part in (profile.position, profile.unit.code if profile.unit_id else "") if part)
    return f"{name} ({where})" if where else name


def names(users, *, limit: int = 3) -> str:
    """A short Thai list of people: "ก, ข และ ค" (with "และอีก N คน" past ``limit``)."""
    listed = sorted({display_name(user) for user in users})
    if not listed:
        return ""
    shown, rest = listed[:limit], len(listed) - limit
    if rest > 0:
        return f"{', '.join(shown)} และอีก {rest} คน"
    if len(shown) == 1:
        return shown[0]
    return f"{', '.join(shown[:-1])} และ {shown[-1]}"


def profile_of(user) -> Profile | None:
    try:
        return user.profile
    except (ObjectDoesNotExist, AttributeError):
        return None


@transaction.atomic
def save_profile(user, *, full_name: str, position: str = "", unit=None) -> Profile:
    """Create or update ``user``'s profile, and keep the full name in the user's first name."""
    full_name = full_name.strip()
    profile, _created = Profile.objects.update_or_create(
        user=user, defaults={"full_name": full_name, "position": position.strip(), "unit": unit}
    )
    if user.first_name != full_name or user.last_name:
        type(user).objects.filter(pk=user.pk).update(first_name=full_name, last_name="")
        user.first_name, user.last_name = full_name, ""
    user.profile = profile
    return profile


def ensure_profile(user) -> Profile:
    """The user's profile, made from their name (or user name) when they have none yet: every account has one."""
    profile = profile_of(user)
    if profile is not None:
        return profile
    return Profile.objects.create(user=user, full_name=(user.get_full_name() or "").strip() or user.get_username())


def director_emails(unit_codes) -> list[str]:
    """The supervisors of the units, each address once: each unit's named director and the members of its
    director group (someone who is both gets one e-mail). Site-issue mail and the 3-day reminders use it."""
    codes = list(unit_codes)
    named = Unit.objects.filter(code__in=codes, director__isnull=False, director__is_active=True).values_list(
        "director__email", flat=True
    )
    grouped = (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=[group_name(code, DIRECTOR) for code in codes])
        .values_list("email", flat=True)
    )
    return sorted({email for email in [*named, *grouped] if email})
