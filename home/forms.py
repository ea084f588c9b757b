"""Upload checks for documents: the file's content must match its extension.

Wagtail already refuses extensions outside ``WAGTAILDOCS_EXTENSIONS`` and files over
``WAGTAILDOCS_MAX_UPLOAD_SIZE``; this form also refuses a file whose first bytes betray another type (an
executable renamed ``.pdf``, say), so that what the public downloads is what the link says.
"""

import os

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

_ZIP = (b"PK\x03\x04",)
_OLE = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",)
MAGIC_BY_EXTENSION = {
    "pdf": (b"%PDF-",),
    "docx": _ZIP,
    "xlsx": _ZIP,
    "pptx": _ZIP,
    "odt": _ZIP,
    "ods": _ZIP,
    "zip": _ZIP,
    "doc": _OLE,
    "xls": _OLE,
    "ppt": _OLE,
}
TEXT_EXTENSIONS = {"csv", "txt"}


def sniff_matches_extension(uploaded) -> bool:
    """True when the file's first bytes fit its extension (text files must be UTF-8 without NUL bytes)."""
    extension = os.path.splitext(uploaded.name)[1].lower().lstrip(".")
    position = uploaded.tell() if hasattr(uploaded, "tell") else 0
    uploaded.seek(0)
    head = uploaded.read(4096)
    uploaded.seek(position)
    if extension in MAGIC_BY_EXTENSION:
        return head.startswith(MAGIC_BY_EXTENSION[extension])
    if extension in TEXT_EXTENSIONS:
        if b"\x00" in head:
            return False
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as exc:
            # A multi-byte character may be cut at the 4 KiB boundary.
            return exc.start >= len(head) - 3
        return True
    return False


class SSODocumentForm(BaseDocumentForm):
    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data and not sniff_matches_extension(uploaded):
            raise ValidationError(
                _(
                    "The file's content does not match its type (.%(extension)s). "
                    "Please check the file and upload it again."
                ),
                code="content_mismatch",
                params={"extension": os.path.splitext(uploaded.name)[1].lower().lstrip(".")},
            )
        return uploaded
