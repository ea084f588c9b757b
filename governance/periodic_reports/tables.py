"""The figures as titled tables, the one layout that the admin screen, the PDF and the XLSX (a sheet per table)
all show. Cells keep their numbers; ``Share`` and ``Days`` say how a number is written."""

import datetime
from dataclasses import dataclass, field

from django.utils.safestring import SafeString, mark_safe

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
        ["หน้าเว็บที่เผยแพร่ใหม่", pages["published"], "หน้า"],
        ["หน้าเว็บที่ปรับปรุง", pages["updated"], "หน้า"],
        ["คำขอเผยแพร่ข้อมูลที่ได้รับ", requests["received"], "เรื่อง"],
        ["รายการที่ต้องเผยแพร่ภายใน 3 วัน", sla["approved"], "รายการ"],
        ["เผยแพร่ทันกำหนด", sla["on_time"], "รายการ"],
        ["เผยแพร่เกินกำหนด", sla["late"], "รายการ"],
        ["ร้อยละที่เผยแพร่ทันกำหนด", _share(sla["on_time_share"]), ""],
        ["ระยะเวลาตั้งแต่อนุมัติถึงเผยแพร่ (มัธยฐาน)", _days(sla["median_days"]), "วัน"],
        ["ข้อผิดพลาดที่พบ", issues["found"], "เรื่อง"],
        ["ข้อผิดพลาดที่แก้ไขแล้ว", issues["fixed"], "เรื่อง"],
        ["ข้อผิดพลาดที่ค้าง ณ สิ้นงวด", issues["open_at_end"], "เรื่อง"],
        ["ระยะเวลาแก้ไขข้อผิดพลาด (มัธยฐาน)", _days(issues["median_days_to_fix"]), "วัน"],
        ["ร้อยละของหน้าเว็บที่ทบทวนภายในกำหนด ณ สิ้นงวด", _share(reviews["share"]), ""],
        ["การเข้าชม (ผู้เข้าชมต่อวัน)", traffic["visits"], "ครั้ง"],
        ["การเปิดหน้าเว็บ", traffic["page_views"], "ครั้ง"],
    ]
    return Table("สรุปผลการดำเนินงาน", "สรุป", ["รายการ", "จำนวน", "หน่วย"], rows)


def _pages_table(title: str, sheet: str, heading: str, rows: list[dict], chart=None) -> Table:
    body = [[row["title"], row["published"], row["updated"]] for row in rows]
    total = _total(rows, "รวม", ("published", "updated"))
    return Table(title, sheet, [heading, "เผยแพร่ใหม่", "ปรับปรุง"], body, total, chart)


def page_tables(pages: dict) -> list[Table]:
    return [
        _pages_table(
            "หน้าเว็บที่เผยแพร่ใหม่และปรับปรุง จำแนกตามหมวดหลัก",
            "หน้าเว็บตามหมวดหลัก",
            "หมวดหลัก",
            pages["by_top_category"],
            pages_chart(pages),
        ),
        _pages_table("หน้าเว็บที่เผยแพร่ใหม่และปรับปรุง จำแนกตามหมวด", "หน้าเว็บตามหมวด", "หมวด", pages["by_category"]),
        _pages_table("หน้าเว็บที่เผยแพร่ใหม่และปรับปรุง จำแนกตามหน่วยงาน", "หน้าเว็บตามหน่วยงาน", "หน่วยงาน", pages["by_unit"]),
    ]


def request_table(requests: dict) -> Table:
    keys = ("received", "published", "rejected", "pending")
    rows = [
        [labels.label(labels.REQUEST_SOURCES, row["source"]), *(row[key] for key in keys)]
        for row in requests["by_source"]
    ]
    return Table(
        "คำขอเผยแพร่ข้อมูล จำแนกตามแหล่งที่มาและผลการดำเนินการ",
        "คำขอเผยแพร่",
        ["แหล่งที่มา", "ได้รับ", "เผยแพร่แล้ว", "ไม่อนุมัติ", "อยู่ระหว่างดำเนินการ"],
        rows,
        _total(requests["by_source"], "รวม", keys),
    )


def _sla_cells(row: dict) -> list:
    counts = [row[key] for key in ("approved", "on_time", "late", "running")]
    return [*counts, _share(row["on_time_share"]), _days(row["median_days"])]


def sla_table(sla: dict) -> Table:
    rows = [[labels.label(labels.CLOCK_SOURCES, row["source"]), *_sla_cells(row)] for row in sla["by_source"]]
    return Table(
        "การเผยแพร่ภายใน 3 วันหลังได้รับอนุมัติ จำแนกตามแหล่งที่มา",
        "ภายใน 3 วัน",
        ["แหล่งที่มา", "อนุมัติ", "ทันกำหนด", "เกินกำหนด", "ยังไม่ถึงกำหนด", "ร้อยละทันกำหนด", "มัธยฐาน (วัน)"],
        rows,
        ["รวม", *_sla_cells(sla)],
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
            "ข้อผิดพลาดบนเว็บไซต์ จำแนกตามประเภท",
            "ข้อผิดพลาดตามประเภท",
            ["ประเภท", "พบ", "แก้ไขแล้ว", "ยุติโดยไม่แก้ไข", "ค้าง ณ สิ้นงวด"],
            by_kind,
            ["รวม", *(issues[key] for key in kind_keys)],
            issues_chart(issues),
        ),
        Table(
            "ข้อผิดพลาดบนเว็บไซต์ จำแนกตามผู้พบ",
            "ข้อผิดพลาดตามผู้พบ",
            ["ผู้พบ", "พบ", "แก้ไขแล้ว"],
            by_source,
            _total(issues["by_source"], "รวม", ("found", "fixed")),
        ),
    ]


def review_table(reviews: dict) -> Table:
    rows = [
        [row["title"], row["pages"], row["within"], row["pages"] - row["within"], _share(row["share"])]
        for row in reviews["by_top_category"]
    ]
    total = ["รวม", reviews["pages"], reviews["within"], reviews["overdue"], _share(reviews["share"])]
    return Table(
        "การทบทวนความถูกต้องของหน้าเว็บ ณ สิ้นงวด จำแนกตามหมวดหลัก",
        "การทบทวน",
        ["หมวดหลัก", "หน้าเว็บที่เผยแพร่", "ทบทวนภายในกำหนด", "เกินกำหนด", "ร้อยละภายในกำหนด"],
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
            "สถิติการเข้าชมเว็บไซต์รายเดือน",
            "การเข้าชม",
            ["เดือน", "การเข้าชม (ผู้เข้าชมต่อวัน)", "การเปิดหน้าเว็บ"],
            months,
            ["รวม", traffic["visits"], traffic["page_views"]],
        ),
        Table(
            "หน้าเว็บที่มีการเปิดมากที่สุด 10 อันดับ",
            "หน้ายอดนิยม",
            ["อันดับ", "หน้าเว็บ", "ที่อยู่", "จำนวนครั้ง"],
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
