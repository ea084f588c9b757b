"""The text of documents that pages link, for the search index.

Only PDFs are read (pypdf, pure Python). Thai PDF text comes out with some vowels decomposed: sara am as nikhahit
+ sara aa (U+0E4D U+0E32), which ``core.search_text.normalise`` composes again. A document's text is cached in
``DocumentText`` by file hash, so re-indexing a page does not re-read its files; reading stops after
``SSO_SEARCH_MAX_PDF_PAGES`` pages and ``MAX_DOCUMENT_CHARS`` characters, and a broken file gives no text
rather than an error. Where a PDF lost sara am altogether (WeasyPrint's PDFs map its glyph to sara aa),
``core.search_text.repair_lost_sara_am`` puts it back by dictionary.
"""

import logging

from django.conf import settings

from core.search_text import repair_lost_sara_am
from site_search.models import DocumentText

logger = logging.getLogger(__name__)
MAX_DOCUMENT_CHARS = 100_000


def extract_pdf_text(file) -> str:
    from pypdf import PdfReader

    reader = PdfReader(file)
    texts, total = [], 0
    for page in reader.pages[: getattr(settings, "SSO_SEARCH_MAX_PDF_PAGES", 50)]:
        text = page.extract_text() or ""
        texts.append(text)
        total += len(text)
        if total > MAX_DOCUMENT_CHARS:
            break
    return repair_lost_sara_am("\n".join(texts)[:MAX_DOCUMENT_CHARS])


def document_text(document) -> str:
    """The text of a document (cached); empty for files that are not PDFs or cannot be read."""
    if not document.filename.lower().endswith(".pdf"):
        return ""
    file_hash = document.file_hash or ""
    cached = DocumentText.objects.filter(document=document).first()
    if cached and cached.file_hash == file_hash and file_hash:
        return cached.text
    try:
        with document.open_file() as file:
            text = extract_pdf_text(file)
    except Exception:  # a damaged or encrypted PDF must not stop the page being indexed
        logger.warning("Could not read the text of document %s", document.pk, exc_info=True)
        text = ""
    DocumentText.objects.update_or_create(document=document, defaults={"file_hash": file_hash, "text": text})
    return text
