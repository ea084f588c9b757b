from django.core.management.base import BaseCommand, CommandError

from home.demo.loader import DemoLoader, TreeNotBuilt


class Command(BaseCommand):
    help = (
        "Fill the site built by setup_site with demo content: Thai news, people, laws, forms, offices, "
        "generated images and PDFs. Safe to run again: creates only what is missing and fills only empty fields."
    )

    def handle(self, *args, **options):
        try:
            report = DemoLoader().load()
        except TreeNotBuilt as exc:
            raise CommandError(str(exc)) from None
        for warning in report.warnings:
            self.stderr.write(self.style.WARNING(warning))
        self.stdout.write(self.style.SUCCESS(report.summary()))
