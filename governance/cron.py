"""Scheduled jobs (django-crontab). Each is a plain function so tests can call it directly."""

from django.core.management import call_command


def publish_scheduled():
    """Publish approved pages whose go-live time has come and unpublish expired ones (seed §3.1)."""
    call_command("publish_scheduled")


def sla_reminders():
    """Daily: e-mail the people answerable for 3-day items due within a day or overdue (seed §2.1)."""
    from governance.reminders import send_sla_reminders

    send_sla_reminders()


def traffic_log_daily():
    """Daily: seal yesterday's traffic records and purge the days past retention (seed §3.4)."""
    call_command("traffic_log", "purge")


def draft_periodic_reports():
    """Daily: once a period (quarter, half-year) has ended, draft its report with the figures (seed §3.3)."""
    from governance.reports.drafts import draft_periodic_reports as draft

    draft()


def check_site():
    """Daily: check the live pages and open a site issue for each new finding, close those fixed (seed §3.2)."""
    call_command("check_site")
