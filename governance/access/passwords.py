"""The password policy (issue 14): Django's validators with the project's own message ids, because Django's Thai
catalogue has no translation for any of them, and a validator that keeps a one-time password from being chosen.

``AUTH_PASSWORD_VALIDATORS`` names these classes; every form that sets a password (the admin account page, the
set-password link, Django's password forms) runs them through ``validate_password``.
"""

from django.contrib.auth import password_validation
from django.contrib.auth.hashers import check_password
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from governance.access.models import Designation

MINIMUM_LENGTH = 12


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    """At least 12 characters: an 8-character password such as ``Aa1aaaaa`` falls to an online guess."""

    def __init__(self, min_length=MINIMUM_LENGTH):
        super().__init__(min_length=min_length)

    def get_error_message(self):
        # ValidationError fills %(min_length)d from the params the parent passes.
        return ngettext(
            "The password is too short: it must have at least %(min_length)d character.",
            "The password is too short: it must have at least %(min_length)d characters.",
            self.min_length,
        )

    def get_help_text(self):
        return ngettext(
            "At least %(min_length)d character.", "At least %(min_length)d characters.", self.min_length
        ) % {"min_length": self.min_length}


class UserAttributeSimilarityValidator(password_validation.UserAttributeSimilarityValidator):
    """Not close to the user name, the name or the e-mail address."""

    def get_error_message(self):
        return _("The password is too close to the %(verbose_name)s.")

    def get_help_text(self):
        return _("Not close to your user name, name or e-mail address.")


class CommonPasswordValidator(password_validation.CommonPasswordValidator):
    """Not one of the 20,000 passwords Django lists as most common."""

    def get_error_message(self):
        return _("The password is one of the most commonly used passwords.")

    def get_help_text(self):
        return _("Not a commonly used password.")


class NumericPasswordValidator(password_validation.NumericPasswordValidator):
    """Not digits only."""

    def get_error_message(self):
        return _("The password has only digits.")

    def get_help_text(self):
        return _("Not digits only.")


class NotTheOneTimePasswordValidator:
    """The one-time password an account was issued with can never become its chosen password.

    Setting the same password again gives a new hash (a new salt), so comparing hashes, as the forced
    first-login change once did, lets it through: the candidate is checked against the stored initial hash."""

    def validate(self, password, user=None):
        if user is None or user.pk is None:
            return
        hashes = Designation.objects.filter(user=user).exclude(initial_password_hash="")
        for initial_hash in hashes.values_list("initial_password_hash", flat=True):
            if check_password(password, initial_hash):
                raise ValidationError(
                    _("This is the one-time password you were given: choose a new one."), code="one_time_password"
                )

    def get_help_text(self):
        return _("Not the one-time password you were given.")
