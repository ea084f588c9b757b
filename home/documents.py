"""Which documents the public may download: those that a live page uses (seed §2.1: nothing is published
without approval, and a file is published through the page that links it)."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex


def used_by_live_page(document) -> bool:
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    return Page.objects.live().filter(pk__in=[int(pk) for pk in page_ids]).exists()
