"""The demo's integrity-assessment evidence: what ``load_demo_content`` adds so that the evidence pack of the demo's
fiscal year (the one today falls in) has every part. The measures page and its signed document come from the data
files (fills.yaml, media.yaml); the requests, the 3-day clocks and the procurement summary from the other demo
loaders; the site issues from ``check_site``. This module adds the two parts that only time would make:

- an acknowledged 3-month report: the ศสน. editor writes and submits the report of the quarter before the last
  ended one (the last one is left to ``periodic_report draft``, which ``make demo`` runs next and which refuses to
  touch a report that has gone to the supervisor), and the ศสน. director acknowledges it today;
- traffic-log seals: on an empty log, a few sample records on each of the last three finished days of the fiscal
  year, chained and sealed as the daily job would.
"""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from governance.ita.fiscal import FiscalYear, current_fiscal_year
from governance.periodic_reports import flow as report_flow
from governance.periodic_reports.drafts import draft_report
from governance.periodic_reports.models import PeriodicReport
from governance.periodic_reports.periods import last_ended_period
from governance.traffic.chain import append
from governance.traffic.models import TrafficRecord
from governance.traffic.retention import seal_days

PREPARER, SUPERVISOR = "ssn-editor", "ssn-director"
REPORT_TEXT = {
    "problems": "พบลิงก์เสียและเอกสารที่ไม่เป็น PDF/A บางรายการ ซึ่งแก้ไขแล้วภายในวันที่พบ",
    "obstacles": "หน่วยงานบางแห่งส่งข้อมูลให้เผยแพร่ใกล้ครบกำหนด 3 วัน",
    "suggestions": "แจ้งเตือนผู้อำนวยการหน่วยงานล่วงหน้า และจัดอบรมผู้จัดทำข้อมูลปีละ 2 ครั้ง",
}
DEMO_PATHS = ("/", "/about/", "/news/press-releases/", "/ita/", "/ita/measures/")


def demo_fiscal_year(today: datetime.date | None = None) -> FiscalYear:
    return FiscalYear(current_fiscal_year(today))


def acknowledged_report(today: datetime.date) -> PeriodicReport | None:
    """The quarter before the last ended one, written, submitted and acknowledged today (once)."""
    users = get_user_model().objects.in_bulk([PREPARER, SUPERVISOR], field_name="username")
    if len(users) < 2:
        return None
    last_start, _end = last_ended_period(today, 3)
    start, _end = last_ended_period(last_start, 3)
    report = PeriodicReport.objects.filter(months=3, period_start=start).first()
    if report is None:
        report, _created = draft_report(3, start, today=today)
    if report.status == PeriodicReport.Status.DRAFT:
        report_flow.save_text(report, users[PREPARER], **REPORT_TEXT)
        report_flow.submit(report, users[PREPARER])
    if report.status == PeriodicReport.Status.SUBMITTED:
        report_flow.acknowledge(report, users[SUPERVISOR])
    return report


def sealed_days(today: datetime.date) -> int:
    """Sample traffic on the last three finished days of the fiscal year, sealed; nothing on a log in use."""
    if TrafficRecord.objects.exists():
        return len(seal_days(today))
    year = demo_fiscal_year(today)
    days = [day for day in (today - datetime.timedelta(days=n) for n in (3, 2, 1)) if year.contains(day)]
    tz = timezone.get_current_timezone()
    entries = [
        {"time": datetime.datetime.combine(day, datetime.time(9 + hour), tzinfo=tz), "client_ip": "203.0.113.10",
         "method": "GET", "host": "localhost", "path": path, "status": 200, "response_size": 5120, "duration_ms": 40,
         "user_agent": "Mozilla/5.0 (demo)"}
        for day in days for hour, path in enumerate(DEMO_PATHS)
    ]  # fmt: skip
    append(entries)
    return len(seal_days(today))


def load_ita_demo(today: datetime.date | None = None) -> str:
    today = today or timezone.localdate()
    report = acknowledged_report(today)
    seals = sealed_days(today)
    acknowledged = f"report #{report.pk} {report.status}" if report else "no report (demo accounts missing)"
    return f"{acknowledged}; {seals} traffic-log days sealed"
