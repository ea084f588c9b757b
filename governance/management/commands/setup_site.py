from django.core.management.base import BaseCommand, CommandError

from categories.ita_indicators import IndicatorFileError
from categories.site_builder import build_site
from categories.taxonomy import TaxonomyError, load_taxonomy
from governance.workflow.sync import sync_governance


class Command(BaseCommand):
    help = "Build the page tree from the taxonomy file (safe to run again: adds what is missing, changes nothing)."

    def add_arguments(self, parser):
        parser.add_argument("--file", help="taxonomy file (default: settings.SSO_TAXONOMY_FILE)")

    def handle(self, *args, **options):
        try:
            taxonomy = load_taxonomy(options.get("file"))
        except TaxonomyError as exc:
            raise CommandError(f"Taxonomy file rejected: {exc}") from None
        try:
            report = build_site(taxonomy)
        except IndicatorFileError as exc:
            raise CommandError(str(exc)) from None
        for warning in report.warnings:
            self.stderr.write(self.style.WARNING(warning))
        self.stdout.write(
            self.style.SUCCESS(
                f"Page tree ready: {len(report.created)} created, {len(report.adopted)} adopted, "
                f"{len(report.kept)} kept as editors left them."
            )
        )
        self.stdout.write(f"ITA section: {report.ita_items_added} indicator items added.")
        governance = sync_governance(taxonomy)
        for line in governance.defaults_retired:
            self.stdout.write(f"Wagtail's install default removed (it overrode the matrix): {line}")
        for line in governance.hand_added:
            self.stderr.write(self.style.WARNING(f"Permission added by hand (left as it is): {line}"))
        self.stdout.write(
            self.style.SUCCESS(
                f"Governance ready: {len(governance.units_created)} units and {len(governance.groups_created)} "
                f"groups created; page permissions +{governance.permissions_added} "
                f"-{governance.permissions_removed}; {governance.workflows_assigned} workflow assignments changed."
            )
        )
