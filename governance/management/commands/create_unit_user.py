from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from governance.access.accounts import issue_account
from governance.access.roles import ROLE_GROUP_SUFFIX


class Command(BaseCommand):
    help = (
        "Issue an account to a publisher a unit's director designated (seed §2.1(1)). No password is shown: the "
        "holder is mailed a one-time link; a role other than editor waits for an account administrator to confirm it."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", required=True, help="full name in Thai")
        parser.add_argument("--position", required=True, help="position in Thai, e.g. นิติกรชำนาญการ")
        parser.add_argument("--email", required=True)
        parser.add_argument("--unit", required=True, help="unit code as the seed writes it, e.g. กม.")
        parser.add_argument("--role", required=True, choices=sorted(ROLE_GROUP_SUFFIX))
        parser.add_argument("--designated-by", required=True, help="name and position of the designating director")
        parser.add_argument("--letter", default="", help="reference of the designation letter")

    def handle(self, *args, **options):
        try:
            user, grant = issue_account(
                username=options["username"],
                full_name=options["name"],
                position=options["position"],
                email=options["email"],
                unit_code=options["unit"],
                role=options["role"],
                designated_by=options["designated_by"],
                letter_reference=options["letter"],
            )
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from None
        if grant is None:
            message = f"Account {user.username} issued; a one-time link to set the password was mailed to {user.email}."
        else:
            message = (
                f"Account {user.username} issued; the role {grant.group.name} waits for an account administrator "
                "to confirm it in the admin (Settings → Issue an account → roles waiting), then the link is mailed."
            )
        self.stdout.write(self.style.SUCCESS(message))
