"""Evidence for fiscal year 2569 (1 October 2025 – 30 September 2026), one record of every part, made with the
project's factories; and a user of each role the pack's rule names."""

import datetime

import pytest
from wagtail.blocks import StreamValue

from core.tests.factories import DocumentFactory
from governance.access.models import Unit
from governance.ita.fiscal import FiscalYear
from governance.periodic_reports.models import PeriodicReport
from governance.requests.models import SlaClock
from governance.tests.factories import PublicationRequestFactory, UserFactory, traffic_entry
from governance.traffic.chain import append
from governance.traffic.retention import seal_day
from governance.upkeep.models import SiteIssue
from procurement.tests import factories as procurement_factories

YEAR = FiscalYear(2569)
TZ = datetime.timezone(datetime.timedelta(hours=7))


def at(*parts) -> datetime.datetime:
    return datetime.datetime(*parts, tzinfo=TZ)


@pytest.fixture
def measures_page(category_page):
    page = category_page("ita/measures")
    document = DocumentFactory(title="มาตรการ (ฉบับลงนาม)")
    page.attachments = StreamValue(
        page.attachments.stream_block, [("attachment", {"document": document, "label": "ฉบับลงนาม"})], is_lazy=False
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def evidence(measures_page, category_page):
    """One of everything, inside fiscal year 2569."""
    acknowledger = UserFactory(first_name="สมชาย", last_name="ใจดี")
    request = PublicationRequestFactory(received_at=at(2026, 1, 5, 10))
    SlaClock.objects.create(source="regular", approved_at=at(2026, 2, 2, 9), due_at=at(2026, 2, 5, 9))
    PeriodicReport.objects.create(
        months=3, period_start=datetime.date(2026, 1, 1), period_end=datetime.date(2026, 3, 31),
        status=PeriodicReport.Status.ACKNOWLEDGED, acknowledged_by=acknowledger, acknowledged_at=at(2026, 4, 10, 9),
        problems="ไม่มี", obstacles="ไม่มี", suggestions="ไม่มี",
    )  # fmt: skip
    unit = Unit.objects.get(code="กค.")
    summary = procurement_factories.publish(
        procurement_factories.MonthlySummaryNoticeFactory(
            parent=category_page("news/procurement-central/monthly-summaries"), unit=unit,
            summary_month=datetime.date(2026, 3, 1),
        )
    )  # fmt: skip
    SiteIssue.objects.create(kind="broken_link", detail="ลิงก์เสีย", opened_at=at(2026, 3, 3, 8))
    append([traffic_entry(at(2026, 3, 1, 10))])
    seal = seal_day(datetime.date(2026, 3, 1))
    return {"request": request, "summary": summary, "seal": seal}
