"""Building the search index: one ``SearchEntry`` per live, public page, its fields tokenised by
``core.search_text`` so that a query is plain token matching.

Fields and their weight in ranking: title and codes (form code, law number, notice number) highest, then the
summary, then the body and the page type's other text, then the text of the PDFs the page links.
"""

import html
from datetime import date, datetime, time

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction, ReferenceIndex

from core.models import plain_texts
from core.search_text import compact, search_tokens
from site_search.document_text import document_text
from site_search.models import SearchEntry, SearchWord

# Attributes (of ``search_text_attributes``) that hold codes: they rank with the title.
CODE_ATTRIBUTES = frozenset({"form_code", "number", "notice_number", "project_number"})
SNIPPET_CHARS = 4000
PHRASE_BODY_CHARS = 1000
SECTION_DEPTH = 3  # root 1, home 2, the menu's sections 3


def _joined(texts) -> str:
    """Texts joined by lines, HTML entities left by ``strip_tags`` turned back into characters."""
    return html.unescape("\n".join(t for t in texts if t))


def _as_datetime(value):
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return timezone.make_aware(datetime.combine(value, time()))
    return None


def linked_documents(page):
    """Documents the page links (Wagtail's reference index knows every chooser, block and rich-text link)."""
    Document = get_document_model()
    ids = (
        ReferenceIndex.get_references_for_object(page)
        .filter(to_content_type=ContentType.objects.get_for_model(Document))
        .values_list("to_object_id", flat=True)
    )
    return Document.objects.filter(pk__in=[int(i) for i in ids if str(i).isdigit()])


def is_searchable(page) -> bool:
    return page.live and not PageViewRestriction.objects.filter(page__path__in=_ancestor_paths(page)).exists()


def _ancestor_paths(page) -> list[str]:
    step = Page.steplen
    return [page.path[:n] for n in range(step, len(page.path) + 1, step)]


def entry_fields(page) -> dict:
    """The index row of a page (not saved)."""
    specific = page.specific
    codes, body = [], []
    for name in getattr(specific, "search_text_attributes", ()):
        texts = plain_texts(getattr(specific, name, ""))
        (codes if name in CODE_ATTRIBUTES else body).extend(texts)
    summary = getattr(specific, "intro", "") or specific.search_description or ""
    body_text = _joined(body)
    attachments = _joined(document_text(document) for document in linked_documents(page))
    section_path = page.path[: Page.steplen * SECTION_DEPTH] if page.depth >= SECTION_DEPTH else None
    section_id = Page.objects.filter(path=section_path).values_list("id", flat=True).first() if section_path else None
    date_field = getattr(specific, "listing_date_field", None)
    listing_date = getattr(specific, date_field, None) if date_field else None
    listing_date = listing_date or getattr(specific, "listing_date", None) or page.first_published_at
    return {
        "title": page.title[:255],
        "title_tokens": " ".join(search_tokens(page.title)),
        "code_tokens": " ".join(search_tokens(_joined(codes))),
        "summary_tokens": " ".join(search_tokens(summary)),
        "body_tokens": " ".join(search_tokens(body_text)),
        "attachment_tokens": " ".join(search_tokens(attachments)),
        "title_compact": compact(page.title),
        "phrase_text": compact(_joined([page.title, summary, body_text[:PHRASE_BODY_CHARS]])),
        "snippet_text": _joined([summary, body_text, attachments])[:SNIPPET_CHARS],
        "section_id": section_id,
        "page_type": f"{page.content_type.app_label}.{page.content_type.model}",
        "date": _as_datetime(listing_date) or page.first_published_at,
    }


def index_page(page) -> SearchEntry | None:
    """Index a page if it is live and public; otherwise remove it from the index."""
    page = Page.objects.get(pk=page.pk)  # the published state, not an unsaved draft object
    if not is_searchable(page):
        remove_page(page)
        return None
    fields = entry_fields(page)
    entry, _ = SearchEntry.objects.update_or_create(page_id=page.pk, defaults=fields)
    add_words(fields["title_tokens"].split() + fields["summary_tokens"].split())
    return entry


def remove_page(page) -> None:
    SearchEntry.objects.filter(page_id=page.pk).delete()


def add_words(words) -> None:
    """Add words to the vocabulary that "did you mean" suggests from."""
    words = {w for w in words if 2 <= len(w) <= 100 and not w.isdigit()}
    SearchWord.objects.bulk_create([SearchWord(word=w) for w in words], ignore_conflicts=True)


def rebuild(stdout=None) -> int:
    """Index every live page again and drop entries of pages no longer searchable."""
    count = 0
    live_ids = set()
    for page in Page.objects.live().filter(depth__gt=1).iterator():
        if index_page(page):
            live_ids.add(page.pk)
            count += 1
    SearchEntry.objects.exclude(page_id__in=live_ids).delete()
    return count
