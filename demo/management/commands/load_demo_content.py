from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.loader import DemoLoader, TreeNotBuilt
from demo.procurement import load_procurement_demo
from demo.statistics import load_statistics_demo


class Command(BaseCommand):
    help = (
        "Fill the site built by setup_site with demo content: Thai news, people, laws, forms, offices, "
        "procurement projects from plan to contract, generated images and PDFs. Safe to run again: creates only "
        "what is missing and fills only empty fields."
    )

    def handle(self, *args, **options):
        loader = DemoLoader()
        try:
            report = loader.load()
        except TreeNotBuilt as exc:
            raise CommandError(str(exc)) from None
        report.pages_created += load_procurement_demo(loader, loader.today)
        self.stdout.write(f"Sample fund statistics: {load_statistics_demo(loader.today)} datasets created")
        for warning in report.warnings:
            self.stderr.write(self.style.WARNING(warning))
        self.stdout.write(self.style.SUCCESS(report.summary()))
        if settings.DEBUG:
            self._demo_accounts()

    def _demo_accounts(self):
        from demo.accounts import CREDENTIALS_FILE, DEMO_ACCOUNTS, create_demo_accounts

        created, new_password = create_demo_accounts()
        names = ", ".join(username for username, _name, _group in DEMO_ACCOUNTS)
        self.stdout.write(f"Demo accounts ({len(created)} created): {names}")
        if new_password:
            self.stdout.write(
                self.style.WARNING(f"Demo password (shown once, kept in {CREDENTIALS_FILE}): {new_password}")
            )
        else:
            self.stdout.write(f"Demo password: SSO_DEMO_PASSWORD, or the one kept in {CREDENTIALS_FILE}")
        from demo.requests import create_demo_requests

        self.stdout.write(f"Demo publication requests: {create_demo_requests()} created")
