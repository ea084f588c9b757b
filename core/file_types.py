"""Does a file's content fit its extension? Used by every upload check (documents, request letters)."""

import os

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
