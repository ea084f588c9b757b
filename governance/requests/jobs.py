"""Scheduled jobs of the requests slice (django-crontab; settings.CRONJOBS). Plain functions, so tests call them."""

from core.job_lock import runs_once
from governance.requests.reminders import send_sla_reminders


@runs_once
def sla_reminders():
    """Daily: e-mail the people answerable for 3-day items due within a day or overdue (seed §2.1)."""
    send_sla_reminders()
