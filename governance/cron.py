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
