import datetime

from django.core.management.base import BaseCommand, CommandError

from core.spreadsheets import SafeCsvWriter
from governance.requests.sla_report import HEADER, clocks_between, report_rows


def _day(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"Not a date (YYYY-MM-DD): {value}") from None


class Command(BaseCommand):
    help = "One row per 3-day clock approved in a period: source, unit, category, approved, live, days, on time."

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="start", required=True, help="first day, YYYY-MM-DD (Bangkok time)")
        parser.add_argument("--to", dest="end", required=True, help="last day, YYYY-MM-DD (inclusive)")
        parser.add_argument("--format", choices=["csv"], default="csv")

    def handle(self, *args, **options):
        start, end = _day(options["start"]), _day(options["end"])
        if end < start:
            raise CommandError("--to is before --from")
        writer = SafeCsvWriter(self.stdout)
        writer.writerow(HEADER)
        writer.writerows(report_rows(clocks_between(start, end)))
