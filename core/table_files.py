"""Opening a table that staff upload (CSV in UTF-8 or an Excel workbook) without trusting it.

Used by the procurement import and the fund-statistics upload. The file is refused as a whole, with a Thai
message, when it is too large, empty, not a table, damaged, or a "zip bomb" (small to upload, huge once opened).
"""

import csv
import io
import os
import zipfile

import openpyxl
from django.template.defaultfilters import filesizeformat
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

NOT_A_TABLE = gettext_lazy("The file must be CSV (UTF-8) or Excel (.xlsx)")
_DAMAGED_WORKBOOK = format_lazy("{} ({})", NOT_A_TABLE, gettext_lazy("this Excel file cannot be opened"))


class FileRejected(Exception):
    """The whole file is refused (size, type, encoding, sheet, header) before any of its rows is looked at."""


class TableFile:
    """The rows of an uploaded CSV, or of a sheet of an uploaded workbook, as lists of cell values.

    Use it as a context manager: a workbook stays open (read-only, rows read as they are needed) until closed.
    ``sheet_names`` is empty for a CSV.
    """

    def __init__(self, uploaded, *, max_bytes: int, max_unpacked_bytes: int):
        if uploaded.size > max_bytes:
            raise FileRejected(
                _("The file is too large (%(size)s): at most %(limit)s can be imported at a time. Please split it.")
                % {"size": filesizeformat(uploaded.size), "limit": filesizeformat(max_bytes)}
            )
        uploaded.seek(0)
        data = uploaded.read()
        if not data.strip():
            raise FileRejected(_("The file is empty"))
        extension = os.path.splitext(uploaded.name or "")[1].lower()
        is_zip = data.startswith(b"PK\x03\x04")
        if extension not in (".csv", ".xlsx", "") or (extension == ".csv" and is_zip):
            raise FileRejected(NOT_A_TABLE)
        self._workbook = None
        self._csv_rows = None
        if is_zip:
            self._workbook = _open_workbook(data, max_unpacked_bytes)
            self.sheet_names = list(self._workbook.sheetnames)
        else:
            self._csv_rows = _csv_rows(data, extension)
            self.sheet_names = []

    def rows(self, sheet: str | None = None):
        """The rows of ``sheet`` (the first sheet when None; ignored for a CSV), read lazily."""
        if self._workbook is None:
            return iter(self._csv_rows)
        if sheet is None:
            worksheet = self._workbook.worksheets[0]
        elif sheet in self.sheet_names:
            worksheet = self._workbook[sheet]
        else:
            raise FileRejected(
                _("No sheet “%(sheet)s” in the file (it has: %(names)s)")
                % {"sheet": sheet, "names": ", ".join(self.sheet_names)}
            )
        return worksheet.iter_rows(values_only=True)

    def close(self):
        if self._workbook is not None:
            self._workbook.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def _csv_rows(data: bytes, extension: str) -> list[list[str]]:
    if extension == ".xlsx" or b"\x00" in data:
        raise FileRejected(NOT_A_TABLE)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileRejected(
            _("A CSV file must be saved as UTF-8 (in Excel, save as “CSV UTF-8 (Comma delimited)”)")
        ) from exc
    try:
        return list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise FileRejected(_("The CSV file cannot be read: %(error)s") % {"error": exc}) from exc


def _open_workbook(data: bytes, max_unpacked_bytes: int):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise FileRejected(_DAMAGED_WORKBOOK) from exc
    if unpacked > max_unpacked_bytes:
        raise FileRejected(_("This Excel file holds too much data. Please split it."))
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        workbook.worksheets[0]
    except Exception as exc:  # openpyxl raises many exception types (zip, XML, its own) for a damaged file
        raise FileRejected(_DAMAGED_WORKBOOK) from exc
    return workbook


def trim_cells(cells) -> list:
    """Cells with ``None`` as ``""`` and trailing blanks dropped (a row of blanks becomes ``[]``)."""
    cells = ["" if cell is None else cell for cell in cells]
    while cells and (cells[-1] is None or (isinstance(cells[-1], str) and not cells[-1].strip())):
        cells.pop()
    return cells
