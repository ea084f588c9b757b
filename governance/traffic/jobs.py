"""Scheduled jobs of the traffic slice (django-crontab; settings.CRONJOBS). Plain functions, so tests call them."""

from django.core.management import call_command

from core.job_lock import runs_once


@runs_once
def traffic_log_daily():
    """Daily: seal yesterday's traffic records and purge the days past retention (seed §3.4)."""
    call_command("traffic_log", "purge")
