from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from governance.access.accounts import issue_account
from governance.access.roles import ROLE_GROUP_SUFFIX


class Command(BaseCommand):
    help = "Issue an account to a publisher a unit's director designated (seed §2.1(1)); prints a one-time password."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", required=True, help="full name in Thai")
        parser.add_argument("--email", required=True)
        parser.add_argument("--unit", required=True, help="unit code as the seed writes it, e.g. กม.")
        parser.add_argument("--role", required=True, choices=sorted(ROLE_GROUP_SUFFIX))
        parser.add_argument("--designated-by", required=True, help="name and position of the designating director")
        parser.add_argument("--letter", default="", help="reference of the designation letter")

    def handle(self, *args, **options):
        try:
            user, password = issue_account(
                username=options["username"],
                full_name=options["name"],
                email=options["email"],
                unit_code=options["unit"],
                role=options["role"],
                designated_by=options["designated_by"],
                letter_reference=options["letter"],
            )
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Account {user.username} issued. One-time password (shown once, must be changed at first "
                f"sign-in): {password}"
            )
        )
