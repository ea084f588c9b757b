from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProcurementConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "procurement"
    verbose_name = _("procurement")

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from procurement import signals
        from procurement.models import ProcurementProject
        from procurement.permissions import ProjectPermissionPolicy

        register_permission_policy(ProcurementProject, ProjectPermissionPolicy(ProcurementProject), exact_class=True)
        signals.connect()
