"""Spreadsheet exports that a spreadsheet program cannot run (CSV/formula injection, OWASP).

Admin exports hold text typed by others: a page title, a letter's subject, a user agent sent by anyone on the
internet. A cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return before one) is run as
a formula when the file is opened, e.g. ``=HYPERLINK("http://…")``. Wagtail's own export writes such text as it
is in CSV, so every admin export here passes its cells through ``neutralise_formula``: text that could start a
formula gets a leading ``'`` (shown as text, never run); numbers, dates and empty cells stay what they are, so a
spreadsheet can still add them up.

This module is the one writer of every CSV and XLSX the site produces:
- ``csv_bytes`` / ``csv_lines`` / ``SafeCsvWriter``: CSV with a byte-order mark (Excel reads Thai), every cell
  neutralised;
- ``workbook_bytes``: saves an openpyxl workbook a module styled itself, after neutralising every cell of every
  sheet (a cell assigned ``=…`` is stored as a formula; re-assigning it as text makes it a string cell);
- ``xlsx_response``: rows that a view builds itself (the traffic log's prescribed layout), as an XLSX download;
- ``guard_wagtail_exports``: Wagtail's ``SpreadsheetExportMixin`` (the CSV/XLSX downloads of every ``ReportView``
  and ``IndexView``: its own reports, redirects, snippets, ours) passes each value through ``neutralise_formula``;
  installed once by ``core.apps.CoreConfig.ready``. ``SafeSpreadsheetExportMixin`` adds the byte-order mark.

Numbers stay numbers: only ``str`` values are touched, and a string that is a plain decimal number (``-5``,
``-1.50``, as the statistics tables store them) is a number to a spreadsheet, not a formula, so it is kept.
"""

import csv
import io
import re
from io import BytesIO

from django.http import FileResponse
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
BOM = "\ufeff"  # Excel reads a UTF-8 CSV as Thai only when it starts with this mark


PLAIN_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def neutralise_formula(value, starts: tuple[str, ...] = FORMULA_STARTS, keep_numbers: bool = True):
    """``'=HYPERLINK(…)`` for ``=HYPERLINK(…)``; any value that is not text starting with ``starts`` unchanged,
    and (unless ``keep_numbers`` is off) text that is a plain number such as ``-5`` too."""
    if isinstance(value, str) and value.startswith(starts):
        if keep_numbers and PLAIN_NUMBER.fullmatch(value):
            return value
        return "'" + value
    return value


class SafeCsvWriter:
    """``csv.writer`` whose rows pass through ``cell`` (``neutralise_formula`` unless told otherwise)."""

    def __init__(self, out, cell=neutralise_formula, **options):
        self._writer = csv.writer(out, **options)
        self._cell = cell

    def writerow(self, row):
        return self._writer.writerow([self._cell(value) for value in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def csv_bytes(header, rows, none_as: str = "") -> bytes:
    """A whole CSV file: byte-order mark, ``header``, ``rows`` (``None`` written as ``none_as``), CRLF lines."""
    out = io.StringIO(newline="")
    writer = SafeCsvWriter(out, lineterminator="\r\n")
    if header is not None:
        writer.writerow(header)
    writer.writerows([none_as if cell is None else cell for cell in row] for row in rows)
    return (BOM + out.getvalue()).encode("utf-8")


class _Echo:
    """csv.writer writes each row here and gets the line back, to stream it."""

    def write(self, value):
        return value


def csv_lines(rows, cell=neutralise_formula, batch: int = 2000):
    """The rows as CSV text in batches of lines, after the byte-order mark: for a streamed download."""
    writer = SafeCsvWriter(_Echo(), cell=cell)
    yield BOM
    buffered = []
    for row in rows:
        buffered.append(writer.writerow(row))
        if len(buffered) == batch:
            yield "".join(buffered)
            buffered = []
    yield "".join(buffered)


def workbook_bytes(workbook) -> bytes:
    """Neutralise every text cell of every sheet of ``workbook`` (styles kept), then save it."""
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                value = cell.value
                if isinstance(value, str) and (cell.data_type == "f" or value.startswith(FORMULA_STARTS)):
                    cell.value = xlsx_cell(value)
                    cell.data_type = "s"
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_cell(value):
    """A value openpyxl can write: control characters it refuses (a forged header may hold them) become
    U+FFFD instead of failing the download, then the text is neutralised."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    return neutralise_formula(value)


def xlsx_response(rows, filename: str, title: str = "Sheet1") -> FileResponse:
    """An XLSX download of ``rows`` (lists of cells), every cell through ``xlsx_cell``."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title)
    for row in rows:
        sheet.append([xlsx_cell(value) for value in row])
    output = BytesIO()
    workbook.save(output)
    output.seek(0)
    return FileResponse(output, as_attachment=True, content_type=XLSX_CONTENT_TYPE, filename=filename)


def guard_wagtail_exports():
    """Make Wagtail's ``SpreadsheetExportMixin`` neutralise every value and heading it writes, for every view
    that uses it (Wagtail's own reports and listings included). Idempotent."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "_sso_formula_guard", False):
        return
    preprocess, heading = SpreadsheetExportMixin.preprocess_field_value, SpreadsheetExportMixin.get_heading

    def preprocess_field_value(self, field, value, export_format):
        value = preprocess(self, field, value, export_format)
        return xlsx_cell(value) if export_format == self.FORMAT_XLSX else neutralise_formula(value)

    def get_heading(self, queryset, field):
        return neutralise_formula(heading(self, queryset, field))

    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SpreadsheetExportMixin.get_heading = get_heading
    SpreadsheetExportMixin._sso_formula_guard = True


class SafeSpreadsheetExportMixin:
    """Put before Wagtail's ``ReportView`` or ``IndexView``: the CSV download gets a byte-order mark and a UTF-8
    content type so that Excel shows Thai (every cell is already neutralised by ``guard_wagtail_exports``)."""

    def stream_csv(self, queryset):
        yield BOM.encode("utf-8")
        yield from super().stream_csv(queryset)

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response
