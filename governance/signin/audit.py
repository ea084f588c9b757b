"""The audit-log actions of signing in, written with ``wagtail.log_actions.log`` on the account concerned (so
they show in its history and in Wagtail's site history report to those who may view users), registered by
``governance.signin.hooks``."""

from django.utils.translation import gettext_lazy

ENROLLED = "sso.second_factor.enrolled"
BACKUP_CODES_RENEWED = "sso.second_factor.backup_codes_renewed"
BACKUP_CODE_USED = "sso.second_factor.backup_code_used"
RESET = "sso.second_factor.reset"
LOCKED_OUT = "sso.sign_in.locked_out"
UNLOCKED = "sso.sign_in.unlocked"

LOG_ACTIONS = (
    (ENROLLED, gettext_lazy("Two-step verification set up"), gettext_lazy("Set up two-step verification")),
    (
        BACKUP_CODES_RENEWED,
        gettext_lazy("Backup codes renewed"),
        gettext_lazy("Created new backup codes for two-step verification"),
    ),
    (BACKUP_CODE_USED, gettext_lazy("Backup code used"), gettext_lazy("Signed in with a backup code")),
    (
        RESET,
        gettext_lazy("Two-step verification reset"),
        gettext_lazy("Reset two-step verification (devices removed)"),
    ),
    (LOCKED_OUT, gettext_lazy("Sign-in locked"), gettext_lazy("Locked after too many failed sign-ins")),
    (UNLOCKED, gettext_lazy("Sign-in unlocked"), gettext_lazy("Unlocked sign-in")),
)
