"""When a notice is published or unpublished: its project's status follows (planned → … → contracted, or
cancelled), and the listings' cached filter choices are renewed."""

from wagtail.signals import page_published, page_unpublished


def refresh_project_status(sender, instance, **kwargs):
    from procurement.listing import notices_changed
    from procurement.models import ProcurementNoticePage

    page = instance.specific_deferred if not isinstance(instance, ProcurementNoticePage) else instance
    if not isinstance(page, ProcurementNoticePage):
        return
    notices_changed()
    if page.project_id:
        page.project.refresh_status()


def connect():
    page_published.connect(refresh_project_status, dispatch_uid="procurement_status_on_publish")
    page_unpublished.connect(refresh_project_status, dispatch_uid="procurement_status_on_unpublish")
