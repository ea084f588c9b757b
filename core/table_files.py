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

NOT_A_TABLE = "ไฟล์ต้องเป็น CSV (UTF-8) หรือ Excel (.xlsx) เท่านั้น"
_DAMAGED_WORKBOOK = NOT_A_TABLE + " (เปิดไฟล์ Excel นี้ไม่ได้)"


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
                f"ไฟล์ใหญ่เกินไป ({filesizeformat(uploaded.size)}) นำเข้าได้ไม่เกิน {filesizeformat(max_bytes)} "
                "ต่อครั้ง กรุณาแบ่งเป็นหลายไฟล์"
            )
        uploaded.seek(0)
        data = uploaded.read()
        if not data.strip():
            raise FileRejected("ไฟล์ว่างเปล่า")
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
            raise FileRejected(f"ไม่พบแผ่นงาน “{sheet}” ในไฟล์ (ในไฟล์มี: {', '.join(self.sheet_names)})")
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
        raise FileRejected("ไฟล์ CSV ต้องบันทึกเป็น UTF-8 (ใน Excel เลือกบันทึกเป็น “CSV UTF-8 (Comma delimited)”)") from exc
    try:
        return list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise FileRejected(f"อ่านไฟล์ CSV ไม่ได้: {exc}") from exc


def _open_workbook(data: bytes, max_unpacked_bytes: int):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise FileRejected(_DAMAGED_WORKBOOK) from exc
    if unpacked > max_unpacked_bytes:
        raise FileRejected("ไฟล์ Excel นี้มีข้อมูลมากเกินไป กรุณาแบ่งเป็นหลายไฟล์")
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
