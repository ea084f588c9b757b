"""The eight parts of the evidence pack, each gathered for one fiscal year from the slice that owns it.

A part lists its files (each rendered only when the pack writes it, so one file at a time is in memory), the pages
of the site that show it, and notes for the index. A part with nothing for the year says so in ``empty``: the
index prints that sentence instead of leaving the part out."""

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl import Workbook

from categories.models import Category
from core.pdf import print_pdf, sarabun_css
from core.spreadsheets import workbook_bytes, xlsx_cell
from core.thai_dates import format_thai_date, format_thai_datetime
from governance.access.people import display_name
from governance.ita.fiscal import FiscalYear
from governance.periodic_reports import exports as periodic_exports
from governance.periodic_reports.figures import issue_figures
from governance.periodic_reports.models import PeriodicReport
from governance.periodic_reports.tables import issue_tables
from governance.requests.form_pdf import form_pdf
from governance.requests.models import PublicationRequest, SlaClock
from governance.requests.sla_report import HEADER as SLA_HEADER
from governance.requests.sla_report import clocks_between, report_row
from governance.traffic.models import TrafficSeal
from governance.workflow.matrix import CSV_HEADER as MATRIX_HEADER
from governance.workflow.matrix import effective_matrix, matrix_categories, row_cells
from procurement.models import MonthlySummaryNoticePage
from procurement.summary_exports import summary_pdf

MEASURES_KEY = "ita/measures"  # the category whose page carries the measures (data/taxonomy.yaml)


@dataclass
class PackFile:
    name: str  # its path inside the ZIP, which the index links to
    title: str
    render: Callable[[], bytes] | None = None
    open: Callable[[], object] | None = None  # a stored file, copied in chunks instead of read whole


@dataclass
class Part:
    key: str
    title: str
    files: list[PackFile] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (title, address on the site)
    notes: list[str] = field(default_factory=list)
    empty: str = ""

    @property
    def present(self) -> bool:
        return bool(self.files or self.links)


def sheet_bytes(title: str, header: list, rows) -> bytes:
    """One sheet of ``rows`` under a bold-less header, through the formula guard of ``core.spreadsheets``."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]
    sheet.append([xlsx_cell(cell) for cell in header])
    for row in rows:
        sheet.append([xlsx_cell(cell) for cell in row])
    return workbook_bytes(workbook)


def measures_part(year: FiscalYear) -> Part:
    part = Part("measures", _("The measures for publishing information on the website, and their signed document"))
    category = Category.objects.filter(key=MEASURES_KEY).select_related("page").first()
    page = category.page.specific if category and category.page_id else None
    if page is None or not page.live:
        part.empty = _("The measures page is not published on the site.")
        return part
    part.links.append((page.title, page.get_full_url()))
    part.files.append(PackFile("01-measures/measures-page.pdf", page.title, render=lambda: page_pdf(page)))
    for number, block in enumerate(page.attachments, start=1):
        document = block.value["document"]
        if document is None:
            continue
        extension = document.file.name.rsplit(".", 1)[-1].lower()
        part.files.append(
            PackFile(
                f"01-measures/signed-{number}.{extension}",
                block.value["label"] or document.title,
                open=document.file.open,
            )
        )
    if len(part.files) == 1:
        part.notes.append(_("The measures page has no signed document attached."))
    if page.last_published_at:
        part.notes.append(_("Last published on %(date)s.") % {"date": format_thai_datetime(page.last_published_at)})
    return part


def page_pdf(page) -> bytes:
    return print_pdf(render_to_string("governance/ita/page_pdf.html", {"page": page, "font_css": sarabun_css()}))


def matrix_part(year: FiscalYear) -> Part:
    """The rows are read when the file is written (a few queries per category), not for the screen's summary."""
    part = Part("matrix", _("The permission matrix (who may edit, publish and approve each category)"))
    count = matrix_categories().count()
    if not count:
        part.empty = _("No category has a page yet, so there is no permission matrix.")
        return part
    header = [_(name) for name in MATRIX_HEADER]
    part.files.append(
        PackFile(
            "02-permission-matrix/permission-matrix.xlsx",
            _("Permission matrix"),
            render=lambda: sheet_bytes(_("Permission matrix"), header, (row_cells(row) for row in effective_matrix())),
        )
    )
    part.notes.append(
        _("Read from the permissions the system enforced on %(date)s (%(count)s categories).")
        % {"date": format_thai_datetime(timezone.now()), "count": count}
    )
    return part


def requests_in(year: FiscalYear):
    since, until = year.bounds()
    return (
        PublicationRequest.objects.filter(received_at__gte=since, received_at__lt=until)
        .select_related("assignee")
        .order_by("received_at", "pk")
    )


def requests_part(year: FiscalYear) -> Part:
    part = Part("requests", _("Publication requests and their request/approval forms"))
    requests = list(requests_in(year))
    if not requests:
        part.empty = _("No publication request was received in this fiscal year.")
        return part
    sources, states = dict(PublicationRequest.Source.choices), dict(PublicationRequest.State.choices)
    header = [_("number"), _("received at"), _("source"), _("requesting agency"), _("letter number"), _("subject"),
              _("state"), _("form")]  # fmt: skip
    rows = [
        [item.pk, format_thai_datetime(item.received_at), str(sources.get(item.source, item.source)),
         item.requesting_agency, item.letter_number, item.subject, str(states.get(item.state, item.state)),
         f"request-{item.pk}.pdf"]
        for item in requests
    ]  # fmt: skip
    part.files.append(
        PackFile("03-requests/requests.xlsx", _("List of publication requests"),
                 render=lambda: sheet_bytes(_("Publication requests"), header, rows))
    )  # fmt: skip
    for item in requests:
        part.files.append(
            PackFile(
                f"03-requests/request-{item.pk}.pdf",
                _("Request/approval form no. %(number)s: %(subject)s") % {"number": item.pk, "subject": item.subject},
                render=partial(form_pdf, item),
            )
        )
    return part


ON_TIME_LABELS = {"yes": gettext_lazy("on time"), "no": gettext_lazy("late"), "running": gettext_lazy("running")}


def sla_part(year: FiscalYear) -> Part:
    part = Part("sla", _("The 3-day publication report"))
    clocks = list(clocks_between(year.start, year.end))
    if not clocks:
        part.empty = _("No item was approved for publication in this fiscal year.")
        return part
    sources = dict(SlaClock.Source.choices)

    def cells(clock) -> list:
        row = report_row(clock)
        row[0] = str(sources.get(row[0], row[0]))
        row[-1] = str(ON_TIME_LABELS.get(row[-1], row[-1]))
        return row

    header = [_(name) for name in SLA_HEADER]
    on_time = sum(1 for clock in clocks if clock.on_time)
    part.files.append(
        PackFile("04-sla/3-day-report.xlsx", _("3-day report"),
                 render=lambda: sheet_bytes(_("3-day report"), header, (cells(clock) for clock in clocks)))
    )  # fmt: skip
    part.notes.append(_("%(count)s items, %(on_time)s published on time.") % {"count": len(clocks), "on_time": on_time})
    return part


def periodic_reports_in(year: FiscalYear):
    """Reports whose period ends in the year, and reports acknowledged in it (the previous year's last one)."""
    since, until = year.bounds()
    return (
        PeriodicReport.objects.filter(
            Q(period_end__gte=year.start, period_end__lte=year.end)
            | Q(acknowledged_at__gte=since, acknowledged_at__lt=until)
        )
        .select_related("prepared_by__profile__unit", "acknowledged_by__profile__unit")
        .order_by("period_start", "months")
    )


def periodic_reports_part(year: FiscalYear) -> Part:
    part = Part("periodic", _("The 3- or 6-month monitoring reports and their acknowledgements"))
    reports = list(periodic_reports_in(year))
    if not reports:
        part.empty = _("No monitoring report covers this fiscal year.")
        return part
    for report in reports:
        label = periodic_exports.period_label(report)
        stem = f"05-periodic-reports/report-{report.period_start:%Y-%m}-{report.months}m"
        part.files.append(PackFile(f"{stem}.pdf", label, render=partial(periodic_exports.report_pdf, report)))
        part.files.append(PackFile(f"{stem}.xlsx", label, render=partial(periodic_exports.report_xlsx, report)))
        if report.acknowledged_at:
            part.notes.append(
                _("%(period)s: acknowledged by %(person)s on %(date)s.")
                % {"period": label, "person": display_name(report.acknowledged_by, with_position=True),
                   "date": format_thai_datetime(report.acknowledged_at)}
            )  # fmt: skip
        else:
            part.notes.append(_("%(period)s: not acknowledged yet.") % {"period": label})
    return part


def summaries_in(year: FiscalYear):
    return (
        MonthlySummaryNoticePage.objects.live()
        .filter(summary_month__gte=year.start, summary_month__lte=year.end)
        .select_related("unit")
        .order_by("summary_month", "unit__code", "pk")
    )


def summaries_part(year: FiscalYear) -> Part:
    part = Part("summaries", _("The monthly procurement summaries (form สขร.1)"))
    notices = [notice for notice in summaries_in(year) if notice.summary]
    if not notices:
        part.empty = _("No monthly procurement summary was published for this fiscal year.")
        return part
    for notice in notices:
        unit = notice.unit.code if notice.unit_id else ""
        name = f"06-procurement-summaries/{notice.summary_month:%Y-%m}-{notice.pk}.pdf"
        part.files.append(
            PackFile(name, notice.title,
                     render=lambda notice=notice: summary_pdf(notice.monthly_summary(), notice.title))
        )  # fmt: skip
        part.links.append((f"{notice.title} ({unit})" if unit and unit not in notice.title else notice.title,
                           notice.get_full_url()))  # fmt: skip
    return part


def issues_part(year: FiscalYear) -> Part:
    part = Part("issues", _("Website error statistics (site issues)"))
    since, until = year.bounds()
    figures = issue_figures(since, until)
    if not (figures["found"] or figures["fixed"] or figures["dismissed"] or figures["open_at_end"]):
        part.empty = _("No website error was found or open in this fiscal year.")
        return part

    def workbook() -> bytes:
        book = Workbook()
        book.remove(book.active)
        for table in issue_tables(figures):
            sheet = book.create_sheet(table.sheet[:31])
            sheet.append([xlsx_cell(cell) for cell in table.columns])
            for row in table.rows + ([table.total] if table.total else []):
                sheet.append([xlsx_cell(cell) for cell in row])
        return workbook_bytes(book)

    part.files.append(
        PackFile("07-site-issues/site-issue-statistics.xlsx", _("Website error statistics"), render=workbook)
    )
    part.notes.append(
        _("%(found)s found, %(fixed)s fixed, %(dismissed)s dismissed, %(open)s still open at the end of the year.")
        % {"found": figures["found"], "fixed": figures["fixed"], "dismissed": figures["dismissed"],
           "open": figures["open_at_end"]}
    )  # fmt: skip
    return part


def seals_part(year: FiscalYear) -> Part:
    part = Part("seals", _("Daily seals of the computer traffic log"))
    seals = list(TrafficSeal.objects.filter(day__gte=year.start, day__lte=year.end).order_by("day"))
    if not seals:
        part.empty = _("No day of this fiscal year has a traffic-log seal.")
        return part
    header = [_("day"), _("records"), _("first sequence"), _("last sequence"), _("final hash"), _("sealed at")]
    rows = [
        [format_thai_date(seal.day), seal.count, seal.first_seq, seal.last_seq, seal.final_hash,
         format_thai_datetime(seal.sealed_at)]
        for seal in seals
    ]  # fmt: skip
    part.files.append(
        PackFile("08-traffic-seals/traffic-log-seals.xlsx", _("Traffic-log seals"),
                 render=lambda: sheet_bytes(_("Traffic-log seals"), header, rows))
    )  # fmt: skip
    part.notes.append(
        _("%(days)s sealed days, from %(first)s to %(last)s.")
        % {"days": len(seals), "first": format_thai_date(seals[0].day), "last": format_thai_date(seals[-1].day)}
    )
    return part


PART_BUILDERS = (
    measures_part,
    matrix_part,
    requests_part,
    sla_part,
    periodic_reports_part,
    summaries_part,
    issues_part,
    seals_part,
)


def gather_parts(year: FiscalYear) -> list[Part]:
    return [build(year) for build in PART_BUILDERS]
