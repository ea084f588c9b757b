"""``python manage.py periodic_report draft [--months 3|6] [--period-start YYYY-MM-DD]``: create the draft of a
period's report with its figures, or refresh the figures of a draft. Without ``--period-start``, the period that
ended last; without ``--months``, every length the daily job drafts."""

from django.core.management.base import BaseCommand, CommandError

from governance.management.arguments import iso_day
from governance.periodic_reports.drafts import configured_lengths, draft_report
from governance.periodic_reports.flow import ReportError
from governance.periodic_reports.periods import LENGTHS, PeriodError, last_ended_period, local_today


class Command(BaseCommand):
    help = "Create or refresh the draft of a 3- or 6-month report on the website (seed §3.3)."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        draft = sub.add_parser("draft", help="create the draft of a period with its figures, or refresh a draft")
        draft.add_argument("--months", type=int, choices=LENGTHS, help="length of the period")
        draft.add_argument("--period-start", type=iso_day, help="first day of the period (YYYY-MM-DD)")

    def handle(self, *args, action, months=None, period_start=None, **options):
        lengths = (months,) if months else configured_lengths()
        if period_start and not months and len(lengths) > 1:
            raise CommandError("--period-start needs --months")
        for length in lengths:
            start = period_start or last_ended_period(local_today(), length)[0]
            try:
                report, created = draft_report(length, start)
            except (PeriodError, ReportError) as error:
                raise CommandError(str(error)) from None
            verb = "created" if created else "refreshed"
            self.stdout.write(
                f"{verb}: {length}-month report {report.period_start} – {report.period_end} (#{report.pk})"
            )
