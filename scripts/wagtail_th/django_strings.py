"""Strings of Django itself that its Thai catalogue lacks and editors see in the admin ("5 นาทีที่แล้ว").

Listed here so that ``makemessages`` puts them in the project's catalogue, which takes precedence over
Django's own. Nothing imports this module; it lives beside build.py, which does the same for Wagtail's strings.
"""

from django.utils.translation import gettext_lazy, ngettext_lazy

DJANGO_TIMESINCE_STRINGS = (
    ngettext_lazy("%(num)d year", "%(num)d years", "num"),
    ngettext_lazy("%(num)d month", "%(num)d months", "num"),
    ngettext_lazy("%(num)d week", "%(num)d weeks", "num"),
    ngettext_lazy("%(num)d day", "%(num)d days", "num"),
    ngettext_lazy("%(num)d hour", "%(num)d hours", "num"),
    ngettext_lazy("%(num)d minute", "%(num)d minutes", "num"),
)

# The help text under the second password box (django.contrib.auth's SetPasswordForm), on the account page.
DJANGO_PASSWORD_STRINGS = (gettext_lazy("Enter the same password as before, for verification."),)

# django.contrib.contenttypes' names, which its Thai catalogue leaves in English: the page types report counts them.
DJANGO_CONTENT_TYPE_STRINGS = (gettext_lazy("content type"), gettext_lazy("content types"))

# wagtail-modeladmin's screens (units, designations, days off): strings its Thai catalogue lacks.
MODELADMIN_STRINGS = (
    gettext_lazy("By %(filter_title)s"),
    gettext_lazy("%(result_count)s out of %(all_count)s"),
    gettext_lazy('Why not <a href="%(url)s">add one</a>?'),
)
