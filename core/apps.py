from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app of the project uses, importing none of them: the base page, Thai text, dates and numbers,
    uploaded tables and files, provinces, PDFs and templated mail."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
    verbose_name = "core"

    def ready(self):
        from core import slugs

        slugs.install()
