from django.core.management.base import BaseCommand

from core.spreadsheets import SafeCsvWriter
from governance.workflow.matrix import CSV_HEADER, csv_rows, effective_matrix


class Command(BaseCommand):
    help = "Print who can edit, publish and approve each category page, read from the live permission tables."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["csv", "text"], default="text")

    def handle(self, *args, **options):
        rows = list(csv_rows(effective_matrix()))
        if options["format"] == "csv":
            writer = SafeCsvWriter(self.stdout)
            writer.writerow(CSV_HEADER)
            writer.writerows(rows)
            return
        for row in rows:
            self.stdout.write(" | ".join(row))
