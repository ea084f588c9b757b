"""Drafts of periodic reports: made by the daily job once a period has ended, or by hand (the command, the
admin list). The lengths made automatically are ``settings.SSO_PERIODIC_REPORT_MONTHS`` (3 and 6 by default)."""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from governance.periodic_reports.figures import gather_figures
from governance.periodic_reports.flow import DRAFT, ReportError, refresh_figures
from governance.periodic_reports.models import PeriodicReport
from governance.periodic_reports.periods import LENGTHS, PeriodError, last_ended_period, local_today, period_end


def configured_lengths() -> tuple[int, ...]:
    return tuple(getattr(settings, "SSO_PERIODIC_REPORT_MONTHS", LENGTHS))


def _create(months: int, start: datetime.date, end: datetime.date, user=None) -> tuple[PeriodicReport, bool]:
    """The draft with its figures, gathered before the row is written: a failure leaves no empty draft behind."""
    now = timezone.now()
    figures = gather_figures(start, end, now=now)
    try:
        with transaction.atomic():
            report = PeriodicReport.objects.create(
                months=months, period_start=start, period_end=end, figures=figures, figures_at=now
            )
    except IntegrityError:  # made a moment ago by another run
        return PeriodicReport.objects.get(months=months, period_start=start), False
    log(instance=report, action="sso.periodic_report.draft", user=user)
    return report, True


def draft_report(
    months: int, start: datetime.date, user=None, today: datetime.date | None = None
) -> tuple[PeriodicReport, bool]:
    """Create the draft of an ended period, or refresh the figures of its existing draft. Returns (report,
    created). A submitted or acknowledged report keeps the figures its supervisor saw."""
    end = period_end(start, months)
    if end >= (today or local_today()):
        raise PeriodError(_("The period has not ended: its report can be made from the day after it ends"))
    report = PeriodicReport.objects.filter(months=months, period_start=start).first()
    if report is None:
        return _create(months, start, end, user)
    if report.status != DRAFT:
        raise ReportError(_("This period's report has gone to the supervisor, so its figures stay as they are"))
    refresh_figures(report, user)
    return report, False


def draft_periodic_reports(today: datetime.date | None = None) -> list[PeriodicReport]:
    """For each configured length, the draft of the period that ended last, unless it exists already (so the
    job may run any number of times a day, and a day it missed is made up the next)."""
    today = today or local_today()
    made = []
    for months in configured_lengths():
        start, end = last_ended_period(today, months)
        if not PeriodicReport.objects.filter(months=months, period_start=start).exists():
            report, created = _create(months, start, end)
            if created:
                made.append(report)
    return made
