"""Scheduled jobs of the periodic-report slice (django-crontab; settings.CRONJOBS). Plain functions, so tests call
them."""

from core.job_lock import runs_once
from governance.periodic_reports.drafts import draft_periodic_reports as draft


@runs_once
def draft_periodic_reports():
    """Daily: once a period (quarter, half-year) has ended, draft its report with the figures (seed §3.3)."""
    draft()
