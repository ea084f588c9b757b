"""``{{ user|display_name }}`` and ``{{ user|name_and_position }}``: templates name people the way
``governance.access.people.display_name`` does."""

from django import template

from governance.access.people import display_name as person_name
from governance.access.people import profile_of

register = template.Library()


@register.filter
def display_name(user) -> str:
    return person_name(user)


@register.filter
def name_and_position(user) -> str:
    return person_name(user, with_position=True)


@register.filter
def position(user) -> str:
    """The person's position from their profile ("" when none is recorded)."""
    profile = profile_of(user) if user is not None else None
    return profile.position if profile else ""
