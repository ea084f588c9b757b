"""Document files: is it there, how large, and does a PDF declare itself PDF/A.

Writers put the document's XMP metadata stream near the start or the end of the file, so reading the head and
the tail is enough to find the ``pdfaid:part`` property; a public document may be tens of megabytes and is never
read whole. Most writers leave the metadata unfiltered; some (WeasyPrint) compress it, so a Flate-compressed
metadata stream found in those bytes is inflated (at most ``MAX_METADATA_BYTES``) and searched too.
"""

import re
import zlib
from dataclasses import dataclass

from django.conf import settings

EDGE_BYTES = 256 * 1024
DEFAULT_PUBLIC_MAX_BYTES = 10 * 1024 * 1024
# The PDF/A identification schema: its prefix as writers use it, and its namespace should a writer rename it.
PDFA_MARKERS = (b"pdfaid:part", b"www.aiim.org/pdfa/ns/id")


MAX_METADATA_BYTES = 256 * 1024
_METADATA_STREAM = re.compile(rb"<<([^<>]*/Type\s*/Metadata[^<>]*)>>\s*stream\r?\n", re.DOTALL)


def _declares_pdfa(edges: bytes) -> bool:
    if any(marker in edges for marker in PDFA_MARKERS):
        return True
    for match in _METADATA_STREAM.finditer(edges):
        if b"/FlateDecode" not in match.group(1):
            continue
        end = edges.find(b"endstream", match.end())
        try:
            xmp = zlib.decompressobj().decompress(edges[match.end() : end if end > 0 else None], MAX_METADATA_BYTES)
        except zlib.error:
            continue
        if any(marker in xmp for marker in PDFA_MARKERS):
            return True
    return False


def public_max_bytes() -> int:
    return getattr(settings, "SSO_DOCUMENT_PUBLIC_MAX_BYTES", DEFAULT_PUBLIC_MAX_BYTES)


@dataclass(frozen=True)
class FileFacts:
    exists: bool
    size: int | None = None
    is_pdf: bool = False
    is_pdfa: bool = False


def _edges(handle, size: int | None) -> bytes:
    head = handle.read(EDGE_BYTES)
    if size is None or size <= 2 * EDGE_BYTES:
        return head + handle.read(EDGE_BYTES)
    handle.seek(size - EDGE_BYTES)
    return head + handle.read(EDGE_BYTES)


def inspect_file(storage, name: str, size: int | None = None, read_pdf: bool = True) -> FileFacts:
    """What the site check needs to know of a stored file; ``size`` is the size recorded at upload, if any."""
    if not name:
        return FileFacts(exists=False)
    try:
        if not storage.exists(name):
            return FileFacts(exists=False)
        if size is None:
            size = storage.size(name)
        if not read_pdf:
            return FileFacts(exists=True, size=size)
        with storage.open(name, "rb") as handle:
            edges = _edges(handle, size)
    except OSError:
        return FileFacts(exists=False)
    is_pdf = b"%PDF-" in edges[:1024]
    return FileFacts(exists=True, size=size, is_pdf=is_pdf, is_pdfa=is_pdf and _declares_pdfa(edges))
