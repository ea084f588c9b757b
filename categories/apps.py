from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class CategoriesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "categories"
    verbose_name = gettext_lazy("content categories")  # shown in the admin, e.g. the page types usage report
