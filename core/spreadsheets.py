"""Spreadsheet exports that a spreadsheet program cannot run (CSV/formula injection, OWASP).

Admin exports hold text typed by others: a page title, a letter's subject, a user agent sent by anyone on the
internet. A cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return before one) is run as
a formula when the file is opened, e.g. ``=HYPERLINK("http://…")``. Wagtail's own export writes such text as it
is in CSV, so every admin export here passes its cells through ``neutralise_formula``: text that could start a
formula gets a leading ``'`` (shown as text, never run); numbers, dates and empty cells stay what they are, so a
spreadsheet can still add them up.

``SafeSpreadsheetExportMixin`` does this for Wagtail's ``ReportView`` and ``IndexView`` (their ``list_export``);
``xlsx_response`` writes rows that a view builds itself (the traffic log's prescribed layout) the same way.
"""

from io import BytesIO

from django.http import FileResponse
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
BOM = "\ufeff"  # Excel reads a UTF-8 CSV as Thai only when it starts with this mark


def neutralise_formula(value, starts: tuple[str, ...] = FORMULA_STARTS):
    """``'=HYPERLINK(…)`` for ``=HYPERLINK(…)``; any value that is not text starting with ``starts`` unchanged."""
    if isinstance(value, str) and value.startswith(starts):
        return "'" + value
    return value


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


class SafeSpreadsheetExportMixin:
    """Put before Wagtail's ``ReportView`` or ``IndexView``: the CSV and XLSX downloads of ``list_export`` get
    neutralised text cells (numbers stay numbers), and the CSV a byte-order mark and a UTF-8 content type so
    that Excel shows Thai."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_XLSX:
            return xlsx_cell(value)
        return neutralise_formula(value)

    def get_heading(self, queryset, field):
        return neutralise_formula(super().get_heading(queryset, field))

    def stream_csv(self, queryset):
        yield BOM.encode("utf-8")
        yield from super().stream_csv(queryset)

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response
