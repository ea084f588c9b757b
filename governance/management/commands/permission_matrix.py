import csv

from django.core.management.base import BaseCommand

from governance.matrix import effective_matrix

HEADER = ["path", "title", "can edit", "can publish", "approves", "workflow"]


class Command(BaseCommand):
    help = "Print who can edit, publish and approve each category page, read from the live permission tables."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["csv", "text"], default="text")

    def handle(self, *args, **options):
        rows = [
            [row.path, row.title, "; ".join(row.edit), "; ".join(row.publish), "; ".join(row.approve), row.workflow]
            for row in effective_matrix()
        ]
        if options["format"] == "csv":
            writer = csv.writer(self.stdout)
            writer.writerow(HEADER)
            writer.writerows(rows)
            return
        for row in rows:
            self.stdout.write(" | ".join(row))
