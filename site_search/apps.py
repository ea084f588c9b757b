from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteSearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "site_search"
    verbose_name = _("site search")

    def ready(self):
        from site_search import signals

        signals.connect()
