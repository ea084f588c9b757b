"""A periodic report as files: an A4 PDF in Thai with its charts (WeasyPrint, the Sarabun font) and an XLSX
workbook with a sheet for the report's text and one for each table of figures, whose cells are numbers."""

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from core.pdf import print_pdf, sarabun_css
from core.spreadsheets import workbook_bytes
from core.thai_dates import format_thai_date, format_thai_datetime
from governance.access.people import display_name
from governance.periodic_reports import labels
from governance.periodic_reports.tables import Days, Share, Table, report_tables

TITLE = gettext_lazy(
    "Report on the performance, problems, obstacles and suggestions in managing the Social Security Office website"
)
CONTENT_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def period_label(report) -> str:
    start, end = format_thai_date(report.period_start), format_thai_date(report.period_end)
    return _("%(months)s-month period from %(start)s to %(end)s") % {
        "months": report.months,
        "start": start,
        "end": end,
    }


def context(report) -> dict:
    """What the admin screen and the PDF both show."""
    return {
        "report": report,
        "title": TITLE,
        "period": period_label(report),
        "status": labels.label(labels.STATUSES, report.status),
        "tables": report_tables(report.figures) if report.figures else [],
        "prepared_by": display_name(report.prepared_by, with_position=True),
        "acknowledged_by": display_name(report.acknowledged_by, with_position=True),
    }


def report_pdf(report) -> bytes:
    return print_pdf(
        render_to_string("governance/periodic_reports/pdf.html", context(report) | {"font_css": sarabun_css()})
    )


def _cell(sheet, row: int, column: int, value, bold: bool = False):
    cell = sheet.cell(row, column, float(value) if isinstance(value, Share | Days) else value)
    if isinstance(value, Share):
        cell.number_format = "0.0%"
    elif isinstance(value, Days):
        cell.number_format = "#,##0.00"
    elif isinstance(value, int):
        cell.number_format = "#,##0"
    if bold:
        cell.font = BOLD
    return cell


def _text_sheet(workbook: Workbook, report) -> None:
    sheet = workbook.active
    sheet.title = _("Report")
    rows = [
        (str(TITLE), ""),
        (period_label(report), ""),
        (_("Status"), labels.label(labels.STATUSES, report.status)),
        (_("Figures as of"), format_thai_datetime(report.figures_at)),
        (_("Problems"), report.problems),
        (_("Obstacles"), report.obstacles),
        (_("Suggestions"), report.suggestions),
        (_("Prepared by"), display_name(report.prepared_by, with_position=True)),
        (_("Submitted on"), format_thai_datetime(report.submitted_at)),
        (_("Acknowledged by the supervisor"), display_name(report.acknowledged_by, with_position=True)),
        (_("Acknowledged on"), format_thai_datetime(report.acknowledged_at)),
    ]
    for number, (name, value) in enumerate(rows, 1):
        _cell(sheet, number, 1, name, bold=True)
        sheet.cell(number, 2, value).alignment = WRAP
    sheet.column_dimensions["A"].width, sheet.column_dimensions["B"].width = 24, 90


def _table_sheet(workbook: Workbook, table: Table) -> None:
    sheet = workbook.create_sheet(table.sheet[:31])
    _cell(sheet, 1, 1, table.title, bold=True)
    for column, heading in enumerate(table.columns, 1):
        _cell(sheet, 3, column, heading, bold=True)
    rows = [*table.rows, table.total] if table.total else table.rows
    for number, row in enumerate(rows, 4):
        for column, value in enumerate(row, 1):
            _cell(sheet, number, column, value, bold=row is table.total)
    for column, heading in enumerate(table.columns, 1):
        sheet.column_dimensions[get_column_letter(column)].width = 40 if column == 1 else max(14, len(heading) + 4)
    sheet.freeze_panes = "B4"


def report_xlsx(report) -> bytes:
    workbook = Workbook()
    _text_sheet(workbook, report)
    for table in report_tables(report.figures) if report.figures else []:
        _table_sheet(workbook, table)
    return workbook_bytes(workbook)


def filename(report, extension: str) -> str:
    """``sso-web-report-3m-2025-01-01.pdf``: ASCII, for every browser and mail client."""
    return f"sso-web-report-{report.months}m-{report.period_start:%Y-%m-%d}.{extension}"


def download(report, file_format: str) -> HttpResponse:
    render = report_xlsx if file_format == "xlsx" else report_pdf
    response = HttpResponse(render(report), content_type=CONTENT_TYPES[file_format])
    response["Content-Disposition"] = content_disposition_header(True, filename(report, file_format))
    response["Cache-Control"] = "no-store"
    return response
