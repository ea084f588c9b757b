"""Who may read the search report and keep the synonyms: the function ``settings.SSO_SEARCH_STAFF_TEST`` names
(ศสน. staff in this project's settings; governance sits above this app, so it is named, not imported), and
superusers."""

from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string


@cache
def _staff_test():
    name = getattr(settings, "SSO_SEARCH_STAFF_TEST", "")
    return import_string(name) if name else None


def is_search_staff(user) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    test = _staff_test()
    return bool(test and test(user))
