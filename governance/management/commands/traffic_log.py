"""``python manage.py traffic_log verify --from 2026-11-01 --to 2026-11-25``, ``seal``, ``purge``."""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError

from governance.management.arguments import iso_day
from governance.traffic.chain import day_bounds, verify
from governance.traffic.retention import purge, seal_days
from governance.traffic.witness import send_seals


class Command(BaseCommand):
    help = "Verify the traffic log's hash chain over a period, seal finished days, or purge past retention."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        check = sub.add_parser("verify", help="recompute the chain and name the first record that fails")
        check.add_argument("--from", dest="start", type=iso_day, help="first day (YYYY-MM-DD, Bangkok)")
        check.add_argument("--to", dest="end", type=iso_day, help="last day, included")
        sub.add_parser("seal", help="seal every finished day not sealed yet")
        sub.add_parser("purge", help="seal, then delete the records of days past retention (legal holds kept)")

    def handle(self, *args, action, **options):
        if action == "verify":
            start = day_bounds(options["start"])[0] if options["start"] else None
            end = day_bounds(options["end"] + timedelta(days=1))[0] if options["end"] else None
            result = verify(start, end)
            if not result.ok:
                raise CommandError(
                    f"record {result.record_seq}: {result.problem} ({result.checked} verified before it)"
                )
            self.stdout.write(
                self.style.SUCCESS(f"OK: {result.checked} records, {len(result.seals_checked)} daily seals verified")
            )
        elif action == "seal":
            sealed = seal_days()
            send_seals(sealed)
            self.stdout.write(f"{len(sealed)} days sealed")
        else:
            sealed = seal_days()
            send_seals(sealed)
            purged = purge()
            self.stdout.write(f"{len(sealed)} days sealed; records of {len(purged)} days purged")
