import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from governance.signin import two_factor

CREDENTIALS_FILE = settings.BASE_DIR / ".local" / "admin-credentials"
BACKUP_CODES_FILE = settings.BASE_DIR / ".local" / "admin-backup-codes"
USERNAME = "admin"


class Command(BaseCommand):
    help = (
        "Development only: create the 'admin' superuser with a random password on first run, kept in "
        ".local/admin-credentials (not in git), and print the login."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_demo_admin runs only with DEBUG on (development settings).")
        user_model = get_user_model()
        user = user_model.objects.filter(username=USERNAME).first()
        if user is None:
            password = secrets.token_urlsafe(12)
            user_model.objects.create_superuser(
                USERNAME, email="admin@example.invalid", password=password, first_name="ผู้ดูแลระบบ"
            )
            CREDENTIALS_FILE.parent.mkdir(mode=0o700, exist_ok=True)
            CREDENTIALS_FILE.write_text(f"{USERNAME}\n{password}\n", encoding="utf-8")
            CREDENTIALS_FILE.chmod(0o600)
        if CREDENTIALS_FILE.exists():
            username, password = CREDENTIALS_FILE.read_text(encoding="utf-8").split()[:2]
            message = f"Admin login: http://127.0.0.1:8000/admin/  user: {username}  password: {password}"
        else:
            message = f"Admin login: http://127.0.0.1:8000/admin/  user: {USERNAME} (password set earlier by hand)"
        self.stdout.write(self.style.SUCCESS(message))
        self._second_factor(user or user_model.objects.get(username=USERNAME))

    def _second_factor(self, user):
        """The admin must pass a second factor (governance.signin). So that a newcomer gets in without an
        authenticator app, the first run gives the admin single-use backup codes, kept beside the password; an
        app can be added later under Account."""
        if not settings.SSO_OTP_ENFORCED:
            return
        if not two_factor.has_confirmed_device(user):
            codes = two_factor.new_backup_codes(user)
            BACKUP_CODES_FILE.parent.mkdir(mode=0o700, exist_ok=True)
            BACKUP_CODES_FILE.write_text("\n".join(codes) + "\n", encoding="utf-8")
            BACKUP_CODES_FILE.chmod(0o600)
        if BACKUP_CODES_FILE.exists():
            left = {code.lower() for code in BACKUP_CODES_FILE.read_text(encoding="utf-8").split()}
            unused = [code.upper() for code in two_factor.unused_backup_codes(user) if code.lower() in left]
            if unused:
                where = f"single use; {len(unused)} left in {BACKUP_CODES_FILE}"
                self.stdout.write(self.style.SUCCESS(f"Second factor: backup code {unused[0]} ({where})"))
