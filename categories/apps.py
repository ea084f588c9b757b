from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class CategoriesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "categories"
    verbose_name = gettext_lazy("content categories")  # shown in the admin, e.g. the page types usage report

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from categories.hospital_admin import HOSPITAL_POLICY
        from categories.models import Hospital

        register_permission_policy(Hospital, HOSPITAL_POLICY, exact_class=True)
