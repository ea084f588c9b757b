from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class SsoStatisticsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "sso_statistics"
    verbose_name = gettext_lazy("fund statistics")  # shown in the admin, e.g. the page types usage report
