"""Scheduled jobs of the workflow slice (django-crontab; settings.CRONJOBS). Plain functions, so tests call them."""

from django.core.management import call_command

from core.job_lock import runs_once


@runs_once
def publish_scheduled():
    """Publish approved pages whose go-live time has come and unpublish expired ones (seed §3.1)."""
    call_command("publish_scheduled")
