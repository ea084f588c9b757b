from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo import content
from demo.accounts import CREDENTIALS_FILE, create_demo_accounts, demo_accounts
from demo.citizen import load_sample_hospitals, load_services, read_services
from demo.datafiles import DemoDataError
from demo.english import load_english_demo, read_english
from demo.ita import load_ita_demo
from demo.loader import DemoLoader, TreeNotBuilt
from demo.procurement import load_procurement_demo, read_procurement
from demo.requests import create_demo_requests, read_requests
from demo.statistics import load_statistics_demo


def read_data_files(today) -> None:
    """Read every demo data file, so that a mistake in one stops the command before anything is written."""
    content.child_pages(today)
    content.page_fills(today)
    read_procurement(today)
    read_requests(today)
    read_services()
    read_english()


class Command(BaseCommand):
    help = (
        "Fill the site built by setup_site with the demo content of data/demo/*.yaml: Thai news, people, laws, "
        "forms, offices, procurement projects from plan to contract, generated images and PDFs. Safe to run again: "
        "creates only what is missing and fills only empty fields."
    )

    def handle(self, *args, **options):
        loader = DemoLoader()
        try:
            read_data_files(loader.today)
            report = loader.load()
        except (TreeNotBuilt, DemoDataError) as exc:
            raise CommandError(str(exc)) from None
        report.pages_created += load_procurement_demo(loader, loader.today)
        self.stdout.write(f"English pages: {load_english_demo()} created (under /en/)")
        self.stdout.write(f"Sample fund statistics: {load_statistics_demo(loader.today)} datasets created")
        self.stdout.write(f"Online services: {load_services()} created")
        self.stdout.write(f"Sample hospitals (labelled samples): {load_sample_hospitals()} created")
        for warning in report.warnings:
            self.stderr.write(self.style.WARNING(warning))
        self.stdout.write(self.style.SUCCESS(report.summary()))
        if settings.DEBUG:
            self._demo_accounts()

    def _demo_accounts(self):
        accounts = demo_accounts()
        created, new_password = create_demo_accounts(accounts)
        names = ", ".join(account.username for account in accounts)
        self.stdout.write(f"Demo accounts ({len(created)} created): {names}")
        if new_password:
            self.stdout.write(
                self.style.WARNING(f"Demo password (shown once, kept in {CREDENTIALS_FILE}): {new_password}")
            )
        else:
            self.stdout.write(f"Demo password: SSO_DEMO_PASSWORD, or the one kept in {CREDENTIALS_FILE}")
        self.stdout.write(f"Demo publication requests: {create_demo_requests()} created")
        self.stdout.write(f"Demo ITA evidence: {load_ita_demo()}")
