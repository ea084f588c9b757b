"""The figures as titled tables, the one layout that the admin screen, the PDF and the XLSX (a sheet per table)
all show. Cells keep their numbers; ``Share`` and ``Days`` say how a number is written."""

import datetime
from dataclasses import dataclass, field

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import pgettext

from core.thai_dates import format_thai_date
from governance.periodic_reports import labels
from governance.periodic_reports.charts import issues_chart, pages_chart, top_pages_chart
from sso_statistics.charts import Chart, render_svg


class Share(float):
    """A share from 0 to 1, written as a percentage."""


class Days(float):
    """A number of days, written with two decimals."""


def _share(value) -> Share | None:
    return None if value is None else Share(value)


def _days(value) -> Days | None:
    return None if value is None else Days(value)


def written(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, Share):
        return f"{value * 100:.1f}%"
    if isinstance(value, Days):
        return f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


@dataclass
class Table:
    title: str
    sheet: str
    columns: list[str]
    rows: list[list]
    total: list | None = None
    chart: Chart | None = field(default=None, repr=False)

    @property
    def shown_rows(self) -> list[list[tuple[str, bool]]]:
        """Each cell as (text, is a number), for the HTML tables."""
        return [[(written(cell), not isinstance(cell, str)) for cell in row] for row in self.rows]

    @property
    def shown_total(self) -> list[tuple[str, bool]] | None:
        return [(written(cell), not isinstance(cell, str)) for cell in self.total] if self.total else None

    @property
    def svg(self) -> SafeString | None:
        return mark_safe(render_svg(self.chart)) if self.chart else None  # noqa: S308 - render_svg escapes


def _total(rows: list[dict], label: str, keys: tuple[str, ...]) -> list:
    return [label, *(sum(row[key] for row in rows) for key in keys)]


def summary_table(figures: dict) -> Table:
    pages, requests, sla = figures["pages"], figures["requests"], figures["sla"]
    issues, reviews, traffic = figures["issues"], figures["reviews"], figures["traffic"]
    rows = [
        [
            pgettext("periodic report", "New web pages published"),
            pages["published"],
            pgettext("periodic report", "pages"),
        ],
        [pgettext("periodic report", "Web pages updated"), pages["updated"], pgettext("periodic report", "pages")],
        [
            pgettext("periodic report", "Publication requests received"),
            requests["received"],
            pgettext("periodic report", "cases"),
        ],
        [
            pgettext("periodic report", "Items to publish within 3 days"),
            sla["approved"],
            pgettext("periodic report", "items"),
        ],
        [pgettext("periodic report", "Published on time"), sla["on_time"], pgettext("periodic report", "items")],
        [pgettext("periodic report", "Published late"), sla["late"], pgettext("periodic report", "items")],
        [pgettext("periodic report", "Share published on time (%)"), _share(sla["on_time_share"]), ""],
        [
            pgettext("periodic report", "Time from approval to publication (median)"),
            _days(sla["median_days"]),
            pgettext("periodic report", "days"),
        ],
        [pgettext("periodic report", "Errors found"), issues["found"], pgettext("periodic report", "cases")],
        [pgettext("periodic report", "Errors fixed"), issues["fixed"], pgettext("periodic report", "cases")],
        [
            pgettext("periodic report", "Errors open at the end of the period"),
            issues["open_at_end"],
            pgettext("periodic report", "cases"),
        ],
        [
            pgettext("periodic report", "Time to fix an error (median)"),
            _days(issues["median_days_to_fix"]),
            pgettext("periodic report", "days"),
        ],
        [
            pgettext("periodic report", "Share of web pages reviewed in time at the end of the period (%)"),
            _share(reviews["share"]),
            "",
        ],
        [
            pgettext("periodic report", "Visits (visitors a day)"),
            traffic["visits"],
            pgettext("periodic report", "times"),
        ],
        [pgettext("periodic report", "Page views"), traffic["page_views"], pgettext("periodic report", "times")],
    ]
    return Table(
        pgettext("periodic report", "Summary of performance"),
        pgettext("periodic report", "Summary"),
        [
            pgettext("periodic report", "items"),
            pgettext("periodic report", "Number"),
            pgettext("periodic report", "Unit of count"),
        ],
        rows,
    )


def _pages_table(title: str, sheet: str, heading: str, rows: list[dict], chart=None) -> Table:
    body = [[row["title"], row["published"], row["updated"]] for row in rows]
    total = _total(rows, pgettext("periodic report", "Total"), ("published", "updated"))
    return Table(
        title,
        sheet,
        [heading, pgettext("periodic report", "New"), pgettext("periodic report", "Updated")],
        body,
        total,
        chart,
    )


def page_tables(pages: dict) -> list[Table]:
    return [
        _pages_table(
            pgettext("periodic report", "Web pages published and updated, by main category"),
            pgettext("periodic report", "Pages by main category"),
            pgettext("periodic report", "Main category"),
            pages["by_top_category"],
            pages_chart(pages),
        ),
        _pages_table(
            pgettext("periodic report", "Web pages published and updated, by category"),
            pgettext("periodic report", "Pages by category"),
            pgettext("periodic report", "Category"),
            pages["by_category"],
        ),
        _pages_table(
            pgettext("periodic report", "Web pages published and updated, by unit"),
            pgettext("periodic report", "Pages by unit"),
            pgettext("periodic report", "Unit"),
            pages["by_unit"],
        ),
    ]


def request_table(requests: dict) -> Table:
    keys = ("received", "published", "rejected", "pending")
    rows = [
        [labels.label(labels.REQUEST_SOURCES, row["source"]), *(row[key] for key in keys)]
        for row in requests["by_source"]
    ]
    return Table(
        pgettext("periodic report", "Publication requests, by source and outcome"),
        pgettext("periodic report", "Requests"),
        [
            pgettext("periodic report", "Source"),
            pgettext("periodic report", "Received"),
            pgettext("periodic report", "Published"),
            pgettext("periodic report", "Rejected"),
            pgettext("periodic report", "In progress"),
        ],
        rows,
        _total(requests["by_source"], pgettext("periodic report", "Total"), keys),
    )


def _sla_cells(row: dict) -> list:
    counts = [row[key] for key in ("approved", "on_time", "late", "running")]
    return [*counts, _share(row["on_time_share"]), _days(row["median_days"])]


def sla_table(sla: dict) -> Table:
    rows = [[labels.label(labels.CLOCK_SOURCES, row["source"]), *_sla_cells(row)] for row in sla["by_source"]]
    return Table(
        pgettext("periodic report", "Publication within 3 days of approval, by source"),
        pgettext("periodic report", "Within 3 days"),
        [
            pgettext("periodic report", "Source"),
            pgettext("periodic report", "Approved"),
            pgettext("periodic report", "On time"),
            pgettext("periodic report", "Late"),
            pgettext("periodic report", "Not yet due"),
            pgettext("periodic report", "On time (%)"),
            pgettext("periodic report", "Median (days)"),
        ],
        rows,
        [pgettext("periodic report", "Total"), *_sla_cells(sla)],
    )


def issue_tables(issues: dict) -> list[Table]:
    kind_keys = ("found", "fixed", "dismissed", "open_at_end")
    by_kind = [
        [labels.label(labels.ISSUE_KINDS, row["kind"]), *(row[key] for key in kind_keys)] for row in issues["by_kind"]
    ]
    by_source = [
        [labels.label(labels.ISSUE_SOURCES, row["source"]), row["found"], row["fixed"]] for row in issues["by_source"]
    ]
    return [
        Table(
            pgettext("periodic report", "Website errors, by kind"),
            pgettext("periodic report", "Errors by kind"),
            [
                pgettext("periodic report", "Kind"),
                pgettext("periodic report", "Found"),
                pgettext("periodic report", "Fixed"),
                pgettext("periodic report", "Dismissed"),
                pgettext("periodic report", "Open at the end"),
            ],
            by_kind,
            [pgettext("periodic report", "Total"), *(issues[key] for key in kind_keys)],
            issues_chart(issues),
        ),
        Table(
            pgettext("periodic report", "Website errors, by who found them"),
            pgettext("periodic report", "Errors by finder"),
            [
                pgettext("periodic report", "Found by"),
                pgettext("periodic report", "Found"),
                pgettext("periodic report", "Fixed"),
            ],
            by_source,
            _total(issues["by_source"], pgettext("periodic report", "Total"), ("found", "fixed")),
        ),
    ]


def review_table(reviews: dict) -> Table:
    rows = [
        [row["title"], row["pages"], row["within"], row["pages"] - row["within"], _share(row["share"])]
        for row in reviews["by_top_category"]
    ]
    total = [
        pgettext("periodic report", "Total"),
        reviews["pages"],
        reviews["within"],
        reviews["overdue"],
        _share(reviews["share"]),
    ]
    return Table(
        pgettext("periodic report", "Reviews of web pages at the end of the period, by main category"),
        pgettext("periodic report", "Reviews"),
        [
            pgettext("periodic report", "Main category"),
            pgettext("periodic report", "Published web pages"),
            pgettext("periodic report", "Reviewed in time"),
            pgettext("periodic report", "Late"),
            pgettext("periodic report", "In time (%)"),
        ],
        rows,
        total,
    )


def _month(month: str) -> str:
    return format_thai_date(datetime.date.fromisoformat(f"{month}-01"), "month")


def traffic_tables(traffic: dict) -> list[Table]:
    months = [[_month(row["month"]), row["visits"], row["page_views"]] for row in traffic["by_month"]]
    top = [
        [rank, row["title"] or row["path"], row["path"], row["views"]]
        for rank, row in enumerate(traffic["top_pages"], 1)
    ]
    return [
        Table(
            pgettext("periodic report", "Website visits by month"),
            pgettext("periodic report", "Visits"),
            [
                pgettext("periodic report", "Month"),
                pgettext("periodic report", "Visits (visitors a day)"),
                pgettext("periodic report", "Page views"),
            ],
            months,
            [pgettext("periodic report", "Total"), traffic["visits"], traffic["page_views"]],
        ),
        Table(
            pgettext("periodic report", "The 10 most viewed web pages"),
            pgettext("periodic report", "Top pages"),
            [
                pgettext("periodic report", "Rank"),
                pgettext("periodic report", "Web page"),
                pgettext("periodic report", "Address"),
                pgettext("periodic report", "Views"),
            ],
            top,
            chart=top_pages_chart(traffic),
        ),
    ]


def report_tables(figures: dict) -> list[Table]:
    return [
        summary_table(figures),
        *page_tables(figures["pages"]),
        request_table(figures["requests"]),
        sla_table(figures["sla"]),
        *issue_tables(figures["issues"]),
        review_table(figures["reviews"]),
        *traffic_tables(figures["traffic"]),
    ]
