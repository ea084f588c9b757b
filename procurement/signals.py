"""A project's status follows its published notices (planned → … → contracted, or cancelled)."""

from wagtail.signals import page_published, page_unpublished


def refresh_project_status(sender, instance, **kwargs):
    from procurement.models import ProcurementNoticePage

    page = instance.specific_deferred if not isinstance(instance, ProcurementNoticePage) else instance
    if isinstance(page, ProcurementNoticePage) and page.project_id:
        page.project.refresh_status()


def connect():
    page_published.connect(refresh_project_status, dispatch_uid="procurement_status_on_publish")
    page_unpublished.connect(refresh_project_status, dispatch_uid="procurement_status_on_unpublish")
