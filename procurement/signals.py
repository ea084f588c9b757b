"""When a notice is published or unpublished: its project's status follows (planned → … → contracted, or
cancelled), and the listings' cached filter choices are renewed."""

from wagtail.signals import page_published, page_unpublished

from procurement.models.listing import notices_changed
from procurement.models.notices import ProcurementNoticePage, refresh_project_status


def notice_published_or_unpublished(sender, instance, **kwargs):
    page = instance.specific_deferred if not isinstance(instance, ProcurementNoticePage) else instance
    if not isinstance(page, ProcurementNoticePage):
        return
    notices_changed()
    if page.project_id:
        refresh_project_status(page.project)


def connect():
    page_published.connect(notice_published_or_unpublished, dispatch_uid="procurement_status_on_publish")
    page_unpublished.connect(notice_published_or_unpublished, dispatch_uid="procurement_status_on_unpublish")
