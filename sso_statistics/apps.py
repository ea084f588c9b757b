from django.apps import AppConfig


class SsoStatisticsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "sso_statistics"
