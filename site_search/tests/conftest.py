import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from core.pdf import print_pdf, sarabun_css


@pytest.fixture
def thai_pdf_document(db):
    """A real Thai PDF (WeasyPrint with Sarabun, as the site's own PDFs are made) holding the given text."""

    def make(text: str):
        style = f"{sarabun_css()} body {{ font-family: Sarabun }}"
        html = f"<html><head><style>{style}</style></head><body><p>{text}</p></body></html>"
        return get_document_model().objects.create(title="ประกาศ", file=ContentFile(print_pdf(html), name="notice.pdf"))

    return make
