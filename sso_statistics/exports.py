"""A dataset, or a part's time series, as CSV, JSON and XLSX files.

The CSV is the table as uploaded in canonical form: the header row of column labels, integers without separators,
decimals exactly as stored, no value as an empty cell. It is UTF-8 with a byte-order mark, so Excel shows the Thai.
"""

import json
from decimal import Decimal

import openpyxl
from openpyxl.styles import Font

from core.spreadsheets import csv_bytes as safe_csv_bytes
from core.spreadsheets import workbook_bytes
from sso_statistics.schemas import DECIMAL, INTEGER, PERCENT

CSV_TYPE = "text/csv; charset=utf-8"
JSON_TYPE = "application/json; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_NUMBER_FORMATS = {INTEGER: "#,##0", PERCENT: "0.0#", DECIMAL: "#,##0.00##"}


def csv_bytes(header: list[str], rows: list[list]) -> bytes:
    """Through the site's one CSV writer (core.spreadsheets): text that could start a formula is neutralised."""
    return safe_csv_bytes(header, rows)


def xlsx_bytes(sheet_title: str, title_lines: list[str], columns: list[dict], rows: list[list]) -> bytes:
    """A one-sheet workbook: title lines, a bold header, typed cells with Thai number formats."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = sheet_title[:31]
    for line in title_lines:
        sheet.append([line])
    if title_lines:
        sheet.append([])
    sheet.append([column["label"] for column in columns])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([float(cell) if isinstance(cell, Decimal) else cell for cell in row])
        for cell, column in zip(sheet[sheet.max_row], columns, strict=True):
            if column["type"] in _NUMBER_FORMATS:
                cell.number_format = _NUMBER_FORMATS[column["type"]]
    for i, column in enumerate(columns):
        sheet.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = max(12, len(column["label"]) + 4)
    return workbook_bytes(workbook)


def json_bytes(document: dict) -> bytes:
    """Decimals become JSON numbers (open-data readers expect numbers, not strings)."""
    return json.dumps(document, ensure_ascii=False, indent=1, default=_json_default).encode("utf-8")


def _json_default(value):
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() and value.as_tuple().exponent >= 0 else float(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def dataset_document(page, dataset, url: str) -> dict:
    """The JSON form of a dataset: what it is, where it comes from, and its rows keyed by column."""
    period = dataset.period
    keys = [column["key"] for column in dataset.columns]
    return {
        "title": dataset.title,
        "part": page.title,
        "fund": page.fund,
        "period": {
            "kind": period.kind,
            "slug": period.slug,
            "label": period.label,
            "start": period.start,
            "end": period.end,
        },
        "updated": dataset.updated_on,
        "source": dataset.source_note,
        "url": url,
        "columns": dataset.columns,
        "rows": [dict(zip(keys, row, strict=True)) for row in dataset.typed_rows()],
    }
