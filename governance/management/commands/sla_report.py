import csv
import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from governance.models import SlaClock
from governance.sla_calendar import days_taken

HEADER = ["source", "unit", "category", "page", "approved at", "due at", "live at", "days taken", "on time"]


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
        tz = timezone.get_current_timezone()
        since = datetime.datetime.combine(start, datetime.time.min, tzinfo=tz)
        until = datetime.datetime.combine(end + datetime.timedelta(days=1), datetime.time.min, tzinfo=tz)
        clocks = (
            SlaClock.objects.filter(approved_at__gte=since, approved_at__lt=until)
            .select_related("category", "page")
            .order_by("approved_at")
        )
        writer = csv.writer(self.stdout)
        writer.writerow(HEADER)
        for clock in clocks:
            taken = days_taken(clock.approved_at, clock.live_at) if clock.live_at else ""
            on_time = {True: "yes", False: "no", None: "running"}[clock.on_time]
            writer.writerow(
                [
                    clock.source,
                    clock.unit,
                    clock.category.title if clock.category else "",
                    clock.page.title if clock.page else "",
                    timezone.localtime(clock.approved_at).isoformat(timespec="minutes"),
                    timezone.localtime(clock.due_at).isoformat(timespec="minutes"),
                    timezone.localtime(clock.live_at).isoformat(timespec="minutes") if clock.live_at else "",
                    taken,
                    on_time,
                ]
            )
