"""Live page rows written in bulk, for volume tests and bench/: Wagtail adds pages one at a time (a few queries
each), far too slow for tens of thousands, so these write the tree paths themselves."""

import uuid

from wagtail.models import Page


def first_free_step(parent) -> int:
    """The tree step after ``parent``'s last child (1 when it has none)."""
    last = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).order_by("-path").first()
    return Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1


def live_page_row(parent, step: int, *, slug: str, title: str, content_type, published) -> Page:
    """An unsaved live ``Page`` row at tree step ``step`` under ``parent`` (for ``bulk_create``)."""
    return Page(
        title=title,
        draft_title=title,
        slug=slug,
        content_type=content_type,
        path=Page._get_path(parent.path, parent.depth + 1, step),
        depth=parent.depth + 1,
        numchild=0,
        url_path=f"{parent.url_path}{slug}/",
        live=True,
        locale_id=parent.locale_id,
        translation_key=uuid.uuid4(),
        first_published_at=published,
        last_published_at=published,
    )
