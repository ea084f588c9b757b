"""Reading the CSV and XLSX downloads of admin views in tests, and the text that must never reach a spreadsheet
as a formula (CSV/formula injection)."""

import csv
import io

from openpyxl import load_workbook

# Text a spreadsheet would run, and what every export must write instead.
FORMULA_SAMPLES = {
    '=HYPERLINK("http://x")': '\'=HYPERLINK("http://x")',
    "+1": "'+1",
    "@SUM(A1)": "'@SUM(A1)",
    "-2+3": "'-2+3",
    "\t=1+1": "'\t=1+1",
}


def _content(response) -> bytes:
    """The body, read once (a streamed body can be read only once) and kept on the response for the next look."""
    if not hasattr(response, "read_body"):
        response.read_body = b"".join(response.streaming_content) if response.streaming else response.content
    return response.read_body


def csv_rows(response) -> list[list[str]]:
    """The rows of a CSV download, which must start with the byte-order mark Excel needs for Thai."""
    text = _content(response).decode("utf-8")
    assert text.startswith("\ufeff"), "the CSV must start with a byte-order mark"
    return list(csv.reader(io.StringIO(text[1:])))


def xlsx_rows(response) -> list[list]:
    """The rows of the first sheet of an XLSX download, as openpyxl reads the values."""
    workbook = load_workbook(io.BytesIO(_content(response)), read_only=True)
    sheet = workbook.worksheets[0]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def xlsx_formula_cells(response) -> list[str]:
    """Coordinates of the cells an XLSX download stores as formulas (there must be none)."""
    workbook = load_workbook(io.BytesIO(_content(response)))
    return [cell.coordinate for sheet in workbook for row in sheet.iter_rows() for cell in row if cell.data_type == "f"]
