from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteSearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "site_search"
    verbose_name = _("site search")

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from site_search import signals
        from site_search.admin_views import SYNONYM_POLICY
        from site_search.models import Synonym

        register_permission_policy(Synonym, SYNONYM_POLICY, exact_class=True)
        signals.connect()
