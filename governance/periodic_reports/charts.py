"""The report's charts, drawn on the server with the statistics charts (SVG for the admin screen and the PDF)."""

from governance.periodic_reports import labels
from sso_statistics.charts import Chart, Series, bar_chart, ranked_bar_chart


def pages_chart(pages: dict) -> Chart:
    rows = pages["by_top_category"]
    return bar_chart(
        title="หน้าเว็บที่เผยแพร่ใหม่และปรับปรุง จำแนกตามหมวดหลัก",
        categories=[row["title"] for row in rows],
        series=[
            Series("เผยแพร่ใหม่", [row["published"] for row in rows]),
            Series("ปรับปรุง", [row["updated"] for row in rows]),
        ],
        unit="หน้า",
    )


def issues_chart(issues: dict) -> Chart:
    rows = issues["by_kind"]
    return bar_chart(
        title="ข้อผิดพลาดที่พบและที่แก้ไขแล้ว จำแนกตามประเภท",
        categories=[labels.label(labels.ISSUE_KINDS, row["kind"]) for row in rows],
        series=[Series("พบ", [row["found"] for row in rows]), Series("แก้ไขแล้ว", [row["fixed"] for row in rows])],
        unit="เรื่อง",
    )


def top_pages_chart(traffic: dict) -> Chart:
    rows = traffic["top_pages"]
    return ranked_bar_chart(
        title="หน้าเว็บที่มีการเปิดมากที่สุด",
        labels=[row["title"] or row["path"] for row in rows],
        values=[row["views"] for row in rows],
        unit="ครั้ง",
        limit=10,
    )
