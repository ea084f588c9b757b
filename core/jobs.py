"""Scheduled jobs of core (django-crontab; settings.CRONJOBS). Plain functions, so tests call them."""

from core import front_cache, outbox, rate_limits
from core.job_lock import runs_once


@runs_once
def send_outbox():
    """Every minute: send the e-mails that are due, then forget those sent long ago and expired rate counters."""
    outbox.send_due()
    outbox.purge_sent()
    rate_limits.purge_expired()


@runs_once
def send_purges():
    """Every minute: send the front-cache purges still due (failed ones, and the second pass of each)."""
    front_cache.send_due()
