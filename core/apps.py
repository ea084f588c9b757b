from django.apps import AppConfig
from django.db.models.signals import post_migrate


def create_cache_table(sender, using="default", verbosity=1, **kwargs):
    """The database cache's table (when CACHES uses one) comes with ``migrate``, so no deployment step is
    forgotten; ``createcachetable`` leaves an existing table alone."""
    from django.core.management import call_command

    call_command("createcachetable", database=using, verbosity=0)


class CoreConfig(AppConfig):
    """What every app of the project uses, importing none of them: the base page, Thai text, dates and numbers,
    uploaded tables and files, provinces, PDFs, templated mail, the mail outbox and shared rate counters."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
    verbose_name = "core"

    def ready(self):
        post_migrate.connect(create_cache_table, sender=self)
        from core.spreadsheets import guard_wagtail_exports

        guard_wagtail_exports()
        from core import slugs

        slugs.install()
        from core import page_tree_cache

        page_tree_cache.connect()
        from core import front_cache_signals

        front_cache_signals.connect()
        from core.admin_dates import install as install_buddhist_era_dates

        install_buddhist_era_dates()
        from core import site_cache, visibility

        visibility.patch_page_queryset()
        visibility.connect()
        site_cache.connect()
