"""The page editor's list of a part's datasets, with the links to upload, download and remove them.

Datasets are not edited in the form: they come from files, checked as a whole (``sso_statistics.validation``).
"""

from django.urls import reverse
from wagtail.admin.panels import Panel


class DatasetsPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "sso_statistics/admin/datasets_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            context["page"] = page
            context["schema"] = page.schema if page.pk else None
            context["datasets"] = sorted(page.datasets.all(), key=lambda dataset: dataset.period) if page.pk else []
            if page.pk:
                context["upload_url"] = reverse("sso_statistics:upload", args=[page.pk])
                context["template_url"] = reverse("sso_statistics:template", args=[page.pk])
            return context
