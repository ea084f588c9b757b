"""แบบ สขร.1 as files: an XLSX sheet whose figures are numbers (for re-use) and a landscape A4 PDF (for print).

Both take a ``MonthlySummary``: the admin passes one built from today's data, a published notice its snapshot.
"""

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.http import content_disposition_header
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from core.pdf import print_pdf, sarabun_css
from core.provinces import PROVINCES
from core.spreadsheets import workbook_bytes
from procurement.summary import HEADINGS, NOTHING_BOUGHT, TOTAL_LABEL

SHEET_TITLE = "สขร.1"
MONEY_FORMAT = "#,##0.00"

# The sheet splits the two "name and price" headings into a name column and a number column, so every
# amount is a numeric cell: one sheet row per bid, the line's other cells merged down beside its bids.
HEADER_ROW = 4
FIRST_DATA_ROW = HEADER_ROW + 2
COLUMN_WIDTHS = (8, 40, 16, 16, 16, 30, 16, 30, 16, 36, 30)
SPLIT_HEADINGS = {
    6: ("ผู้เสนอราคา", "ราคาที่เสนอ (บาท)"),
    8: ("ผู้ได้รับการคัดเลือก", "ราคาที่ตกลง (บาท)"),
}
LAST_COLUMN = len(COLUMN_WIDTHS)

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
CENTRED = Alignment(wrap_text=True, vertical="center", horizontal="center")
BOLD = Font(bold=True)

PROVINCE_SLUGS = dict(PROVINCES)


def export_filename(unit, year: int, month: int, extension: str) -> str:
    """``sor-kor-ror-1-chiang-mai-2026-11.xlsx``: ASCII, since unit codes are Thai (a central unit by its id)."""
    name = PROVINCE_SLUGS.get(unit.province) if unit.province else None
    return f"sor-kor-ror-1-{name or f'unit-{unit.pk}'}-{year:04d}-{month:02d}.{extension}"


def _header(sheet):
    column = 1
    for heading in HEADINGS:
        if column in SPLIT_HEADINGS:
            sheet.merge_cells(start_row=HEADER_ROW, start_column=column, end_row=HEADER_ROW, end_column=column + 1)
            sheet.cell(HEADER_ROW, column, heading)
            for offset, sub_heading in enumerate(SPLIT_HEADINGS[column]):
                sheet.cell(HEADER_ROW + 1, column + offset, sub_heading)
            column += 2
        else:
            sheet.merge_cells(start_row=HEADER_ROW, start_column=column, end_row=HEADER_ROW + 1, end_column=column)
            sheet.cell(HEADER_ROW, column, heading)
            column += 1
    for row in sheet.iter_rows(min_row=HEADER_ROW, max_row=HEADER_ROW + 1, max_col=LAST_COLUMN):
        for cell in row:
            cell.font, cell.alignment, cell.border = BOLD, CENTRED, BORDER


def _money(cell, value):
    cell.value = value
    cell.number_format = MONEY_FORMAT


def _line(sheet, row: int, number: int, line) -> int:
    """Write one line from ``row``; return the row after it."""
    span = max(1, len(line.bids))
    for column, value in (
        (1, number),
        (2, line.work),
        (5, line.method),
        (8, line.selected),
        (10, line.reason),
        (11, line.contract_reference),
    ):
        sheet.cell(row, column, value)
    for column, value in ((3, line.budget), (4, line.reference_price), (9, line.agreed_price)):
        _money(sheet.cell(row, column), value)
    for offset, bid in enumerate(line.bids):
        sheet.cell(row + offset, 6, bid["name"])
        _money(sheet.cell(row + offset, 7), bid["price"])
    if span > 1:
        for column in (1, 2, 3, 4, 5, 8, 9, 10, 11):
            sheet.merge_cells(start_row=row, start_column=column, end_row=row + span - 1, end_column=column)
    return row + span


def _totals(sheet, row: int, summary):
    sheet.cell(row, 1, TOTAL_LABEL).font = BOLD
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    totals = {3: summary.total_budget, 4: summary.total_reference_price, 9: summary.total_agreed_price}
    for column, value in totals.items():
        _money(sheet.cell(row, column), value)
        sheet.cell(row, column).font = BOLD


def summary_xlsx(summary, title: str) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE
    sheet.cell(1, 1, title).font = Font(bold=True, size=14)
    sheet.cell(2, 1, f"หน่วยงาน {summary.unit_code} ประจำเดือน{summary.month_label}")
    for row in (1, 2):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=LAST_COLUMN)
    _header(sheet)
    row = FIRST_DATA_ROW
    if summary.nothing_bought:
        sheet.cell(row, 1, NOTHING_BOUGHT)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=LAST_COLUMN)
        row += 1
    else:
        for number, line in summary.numbered_lines():
            row = _line(sheet, row, number, line)
        _totals(sheet, row, summary)
        row += 1
    for cells in sheet.iter_rows(min_row=FIRST_DATA_ROW, max_row=row - 1, max_col=LAST_COLUMN):
        for cell in cells:
            cell.border, cell.alignment = BORDER, WRAP_TOP
    if summary.nothing_bought:
        sheet.cell(FIRST_DATA_ROW, 1).alignment = CENTRED
    for column, width in enumerate(COLUMN_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = sheet.cell(FIRST_DATA_ROW, 1)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    return workbook_bytes(workbook)


def summary_pdf_html(summary, title: str) -> str:
    """The HTML the PDF is printed from (the Sarabun font from local files; nothing is fetched remotely)."""
    return render_to_string(
        "procurement/summary_pdf.html",
        {"summary": summary, "title": title, "headings": HEADINGS, "nothing_bought": NOTHING_BOUGHT,
         "font_css": sarabun_css()},
    )  # fmt: skip


def summary_pdf(summary, title: str) -> bytes:
    return print_pdf(summary_pdf_html(summary, title))


CONTENT_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}


def summary_download(summary, title: str, unit, file_format: str) -> HttpResponse:
    """The XLSX or PDF as an attachment, for the admin builder and the published notice alike."""
    render = summary_xlsx if file_format == "xlsx" else summary_pdf
    response = HttpResponse(render(summary, title), content_type=CONTENT_TYPES[file_format])
    filename = export_filename(unit, summary.year, summary.month, file_format)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response
