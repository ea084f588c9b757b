"""``python manage.py check_site [--external]``: check every live page and open or close site issues."""

from django.core.management.base import BaseCommand

from governance.upkeep.models import SiteIssue
from governance.upkeep.site_checks import run_site_check


class Command(BaseCommand):
    help = (
        "Check the live pages (broken links, missing documents and images, links to expired pages, overdue "
        "reviews, empty sections, documents not PDF/A or too large): open an issue per new finding and close "
        "the issues whose finding is gone."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--external",
            action="store_true",
            help="also request outside links (HEAD, then GET; 5 s timeout), up to SSO_SITE_CHECK_EXTERNAL_MAX_LINKS",
        )

    def handle(self, *args, external, **options):
        # Without --external the setting SSO_SITE_CHECK_EXTERNAL_LINKS decides (off by default).
        summary = run_site_check(external=True if external else None)
        self.stdout.write(f"{summary.pages} live pages checked in {summary.seconds:.1f} s")
        for kind in SiteIssue.Kind:
            if summary.findings[kind]:
                self.stdout.write(f"  {kind.label}: {summary.findings[kind]}")
        if summary.external_checked:
            self.stdout.write(f"{summary.external_checked} outside addresses requested")
        self.stdout.write(
            self.style.SUCCESS(
                f"issues: {summary.opened} new, {summary.seen_again} still open, {summary.fixed} closed as fixed"
            )
        )
