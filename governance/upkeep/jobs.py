"""Scheduled jobs of the upkeep slice (django-crontab; settings.CRONJOBS). Plain functions, so tests call them."""

from django.core.management import call_command

from core.job_lock import runs_once
from governance.upkeep.problem_reports import purge_reporter_contacts


@runs_once
def check_site():
    """Daily: check the live pages and open a site issue for each new finding, close those fixed (seed §3.2)."""
    call_command("check_site")


@runs_once
def purge_problem_report_contacts():
    """Daily: blank the contact details left on public problem reports older than the retention period (PDPA)."""
    purge_reporter_contacts()
