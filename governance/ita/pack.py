"""The evidence pack as one ZIP: ``00-index.pdf`` (a Thai index with a link to every file and page, and for each
part without data a sentence saying so), then each part's files in its numbered folder.

The ZIP is written to a file object the caller gives (a temporary file for a download, the output file for the
command). Each file is rendered and written before the next is made, and stored documents are copied in chunks, so
memory holds one file at a time, not the pack."""

import shutil
import time
import zipfile

from django.template.loader import render_to_string
from django.utils import timezone

from core.pdf import print_pdf, sarabun_css
from core.thai_dates import format_thai_datetime
from governance.ita.fiscal import FiscalYear
from governance.ita.parts import Part, gather_parts

INDEX_NAME = "00-index.pdf"
CHUNK = 1024 * 1024


def pack_filename(year: FiscalYear) -> str:
    return f"ita-evidence-{year.year}.zip"


def index_html(year: FiscalYear, parts: list[Part]) -> str:
    return render_to_string(
        "governance/ita/index_pdf.html",
        {"year": year, "parts": parts, "made_at": format_thai_datetime(timezone.now()), "font_css": sarabun_css()},
    )


def write_file(archive: zipfile.ZipFile, packed) -> None:
    if packed.open is not None:
        entry = zipfile.ZipInfo(packed.name, date_time=time.localtime()[:6])
        entry.compress_type = zipfile.ZIP_DEFLATED
        with packed.open() as source, archive.open(entry, "w", force_zip64=True) as target:
            shutil.copyfileobj(source, target, CHUNK)
    else:
        archive.writestr(packed.name, packed.render())


def write_pack(year: FiscalYear, out) -> list[Part]:
    """Write the pack for ``year`` to the binary file object ``out``; returns its parts (for the caller's summary)."""
    parts = gather_parts(year)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(INDEX_NAME, print_pdf(index_html(year, parts)))
        for part in parts:
            for packed in part.files:
                write_file(archive, packed)
    return parts
