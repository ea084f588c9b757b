"""Run one scheduled job of ``settings.CRONJOBS`` by its name, under its run-once lock (core/job_lock.py).

deploy/cron/sso-web calls ``manage.py run_job publish_scheduled`` and so on: names that stay the same when the
list changes, unlike the hashes of django-crontab's ``crontab run``. Each job takes its lock itself, so both ways
of running it run it once across servers.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.module_loading import import_string


def job_paths():
    """The dotted paths of the scheduled jobs, in the order of ``settings.CRONJOBS``."""
    return [entry[1] for entry in settings.CRONJOBS]


def find_job(name):
    for path in job_paths():
        if name in (path, path.rsplit(".", 1)[1]):
            return path
    return None


class Command(BaseCommand):
    help = "Run one scheduled job (settings.CRONJOBS) by name; it is skipped if another server is running it."

    def add_arguments(self, parser):
        parser.add_argument("name", help="the job's function name (publish_scheduled) or dotted path")

    def handle(self, *args, name, **options):
        path = find_job(name)
        if path is None:
            names = ", ".join(p.rsplit(".", 1)[1] for p in job_paths())
            raise CommandError(f"No scheduled job named {name!r}; settings.CRONJOBS has: {names}")
        import_string(path)()
