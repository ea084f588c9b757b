"""The state of what pages point at, looked up in bulk and remembered for the whole run: a document linked from
a thousand pages is queried and opened once."""

from dataclasses import dataclass, replace
from datetime import datetime

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from governance.upkeep.site_checks.files import FileFacts, inspect_file
from governance.upkeep.site_checks.references import DOCUMENT, IMAGE, PAGE, Reference

LOOKUP_CHUNK = 500


@dataclass(frozen=True)
class LinkedPage:
    pk: int
    title: str
    url_path: str
    live: bool
    expired: bool
    expire_at: datetime | None
    go_live_at: datetime | None
    scheduled: bool = False

    def has_expired(self, now) -> bool:
        return self.expired or (self.expire_at is not None and self.expire_at <= now)


@dataclass(frozen=True)
class StoredFile:
    pk: int
    title: str
    name: str
    facts: FileFacts


def _chunks(ids):
    ids = sorted(ids)
    for start in range(0, len(ids), LOOKUP_CHUNK):
        yield ids[start : start + LOOKUP_CHUNK]


class Targets:
    """Pages, documents and images by id (None for an id that no longer exists)."""

    def __init__(self, now):
        self.now = now
        self.pages: dict[int, LinkedPage | None] = {}
        self.documents: dict[int, StoredFile | None] = {}
        self.images: dict[int, StoredFile | None] = {}

    def load(self, references: list[Reference]) -> None:
        wanted = {PAGE: set(), DOCUMENT: set(), IMAGE: set()}
        for ref in references:
            if ref.kind in wanted:
                wanted[ref.kind].add(ref.target)
        self._load_pages(wanted[PAGE] - self.pages.keys())
        self._load_files(self.documents, get_document_model(), wanted[DOCUMENT] - self.documents.keys(), True)
        self._load_files(self.images, get_image_model(), wanted[IMAGE] - self.images.keys(), False)

    def _load_pages(self, ids) -> None:
        columns = ("pk", "title", "url_path", "live", "expired", "expire_at", "go_live_at")
        for chunk in _chunks(ids):
            self.pages.update(dict.fromkeys(chunk))
            pages = [LinkedPage(*row) for row in Page.objects.filter(pk__in=chunk).values_list(*columns)]
            scheduled = self._scheduled([page for page in pages if not page.live and not page.has_expired(self.now)])
            for page in pages:
                self.pages[page.pk] = replace(page, scheduled=page.pk in scheduled)

    def _scheduled(self, pages: list[LinkedPage]) -> set[int]:
        """Unpublished pages that will go live: a go-live time ahead, or an approved revision waiting for one."""
        if not pages:
            return set()
        waiting = Revision.page_revisions.filter(
            object_id__in=[str(page.pk) for page in pages], approved_go_live_at__isnull=False
        ).values_list("object_id", flat=True)
        ahead = {page.pk for page in pages if page.go_live_at and page.go_live_at > self.now}
        return ahead | {int(pk) for pk in waiting}

    @staticmethod
    def _load_files(cache, model, ids, read_pdf: bool) -> None:
        storage = model._meta.get_field("file").storage
        has_size = any(field.name == "file_size" for field in model._meta.concrete_fields)
        columns = ["pk", "title", "file", *(["file_size"] if has_size else [])]
        for chunk in _chunks(ids):
            cache.update(dict.fromkeys(chunk))
            for row in model.objects.filter(pk__in=chunk).values(*columns):
                facts = inspect_file(storage, row["file"], row.get("file_size"), read_pdf=read_pdf)
                cache[row["pk"]] = StoredFile(row["pk"], row["title"], row["file"], facts)
