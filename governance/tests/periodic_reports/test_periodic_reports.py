"""The 3- or 6-month report (seed §3.3): figures gathered from the data, the PDF and XLSX, the draft made at
each period's end, and the admin steps up to the supervisor's acknowledgement."""

import datetime
import re
from io import BytesIO
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from pypdf import PdfReader
from wagtail.models import Page, PageLogEntry

from categories.models import Category
from categories.tests.factories import ContentPageFactory, NewsArticlePageFactory, RecruitmentNoticePageFactory
from governance.access.models import PageOwner, Unit
from governance.periodic_reports import jobs
from governance.periodic_reports.drafts import draft_periodic_reports, draft_report
from governance.periodic_reports.exports import report_pdf, report_xlsx
from governance.periodic_reports.figures import gather_figures
from governance.periodic_reports.models import PeriodicReport
from governance.periodic_reports.periods import last_ended_period, period_end
from governance.requests.models import PublicationRequest, SlaClock
from governance.tests.factories import traffic_entry, unit_user
from governance.traffic.chain import append
from governance.upkeep.models import PageReview, SiteIssue

pytestmark = pytest.mark.django_db

BANGKOK = ZoneInfo("Asia/Bangkok")
START, END = datetime.date(2025, 4, 1), datetime.date(2025, 6, 30)
AFTER_END = datetime.date(2025, 7, 1)


def _at(year, month, day, hour=9, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=BANGKOK)


def _page(factory, category_page, key, published=(), *, first=None, last=None, live=True):
    """A page with a publish log entry at each moment of ``published`` and its publication dates set."""
    page = factory(parent=category_page(key))
    for moment in published:
        PageLogEntry.objects.log_action(page, "wagtail.publish", timestamp=moment)
    first = first or (min(published) if published else None)
    last = last or (max(published) if published else None)
    Page.objects.filter(pk=page.pk).update(first_published_at=first, last_published_at=last, live=live)
    return page


def _rows(figures_rows, key):
    return {row[key]: row for row in figures_rows}


# Pages published and updated


@pytest.fixture
def publications(category_page):
    news, jobs, history = "news/press-releases", "news/recruitment", "about/organization/history"
    _page(NewsArticlePageFactory, category_page, news, [_at(2025, 4, 10), _at(2025, 5, 1)])  # new
    _page(NewsArticlePageFactory, category_page, news, [_at(2025, 3, 1), _at(2025, 5, 15), _at(2025, 6, 1)])  # upd
    _page(NewsArticlePageFactory, category_page, news, [_at(2025, 1, 5)])  # before the period
    _page(NewsArticlePageFactory, category_page, news, [_at(2025, 7, 5)])  # after the period
    owned = _page(RecruitmentNoticePageFactory, category_page, jobs, [_at(2025, 6, 30, 23, 30)])  # new, กม.'s
    PageOwner.objects.create(page=owned, unit=Unit.objects.get(code="กม."))
    _page(ContentPageFactory, category_page, history, [_at(2025, 4, 1, 0, 0)])  # new
    _page(RecruitmentNoticePageFactory, category_page, jobs, [_at(2025, 2, 1), _at(2025, 4, 20)])  # updated


def test_pages_first_published_in_the_period_count_as_published_and_earlier_ones_republished_as_updated(
    publications,
):
    pages = gather_figures(START, END)["pages"]

    assert (pages["published"], pages["updated"]) == (3, 2)


def test_published_and_updated_pages_are_counted_per_top_level_category_and_category(publications):
    pages = gather_figures(START, END)["pages"]

    tops = _rows(pages["by_top_category"], "key")
    assert (tops["news"]["published"], tops["news"]["updated"]) == (2, 2)
    assert (tops["about"]["published"], tops["about"]["updated"]) == (1, 0)
    assert tops["laws"]["published"] == tops["laws"]["updated"] == 0
    categories = _rows(pages["by_category"], "key")
    assert set(categories) == {"news/press-releases", "news/recruitment", "about/organization/history"}
    assert (categories["news/recruitment"]["published"], categories["news/recruitment"]["updated"]) == (1, 1)


def test_published_and_updated_pages_are_counted_per_owning_unit_or_else_the_data_unit(publications):
    units = _rows(gather_figures(START, END)["pages"]["by_unit"], "key")

    assert {unit: (row["published"], row["updated"]) for unit, row in units.items()} == {
        "ศสน.": (2, 1),
        "กม.": (1, 0),
        "กบค.": (0, 1),
    }


def test_the_figures_take_the_same_number_of_queries_however_many_pages_were_published(category_page):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            gather_figures(START, END)
        return len(captured)

    _page(NewsArticlePageFactory, category_page, "news/press-releases", [_at(2025, 4, 10)])
    few = queries()
    for day in range(1, 11):
        _page(ContentPageFactory, category_page, "about/organization/history", [_at(2025, 5, day)])

    assert queries() == few


# Publication requests


def _request(source, state, received_at):
    return PublicationRequest.objects.create(
        source=source, letter_number="รง 0001/2568", letter_date=received_at.date(), signer_name="นายทดสอบ",
        signer_position="ผู้อำนวยการ", subject="ขอเผยแพร่", letter_pdf="letters/test.pdf", state=state,
        received_at=received_at,
    )  # fmt: skip


def test_requests_received_in_the_period_are_counted_by_source_and_outcome():
    _request("ministry", "published", _at(2025, 4, 2))
    _request("ministry", "rejected", _at(2025, 5, 2))
    _request("external", "screened", _at(2025, 6, 2))
    _request("external", "published", _at(2025, 3, 31, 23, 59))  # before the period

    requests = gather_figures(START, END)["requests"]

    assert (requests["received"], requests["published"], requests["rejected"], requests["pending"]) == (3, 1, 1, 1)
    sources = _rows(requests["by_source"], "source")
    assert (sources["ministry"]["received"], sources["ministry"]["published"], sources["ministry"]["rejected"]) == (
        2,
        1,
        1,
    )
    assert (sources["external"]["received"], sources["external"]["pending"]) == (1, 1)
    assert sources["internal"]["received"] == 0


# The 3-day rule


def _clock(source, approved_at, live_after_days=None):
    live = approved_at + datetime.timedelta(days=live_after_days) if live_after_days is not None else None
    return SlaClock.objects.create(
        source=source, approved_at=approved_at, due_at=approved_at + datetime.timedelta(days=3), live_at=live
    )


def test_clocks_approved_in_the_period_are_on_time_late_or_running_with_the_median_days_to_live():
    _clock("regular", _at(2025, 4, 10), live_after_days=1)  # on time
    _clock("regular", _at(2025, 5, 10), live_after_days=5)  # late
    _clock("external", _at(2025, 6, 1))  # not live and past due: late
    _clock("external", _at(2025, 6, 29, 10))  # not live, not due yet when gathered: running
    _clock("regular", _at(2025, 3, 31, 23))  # approved before the period

    sla = gather_figures(START, END, now=_at(2025, 7, 1, 8))["sla"]

    assert (sla["approved"], sla["on_time"], sla["late"], sla["running"]) == (4, 1, 2, 1)
    assert sla["median_days"] == 3.0  # of 1 and 5 days
    assert sla["on_time_share"] == pytest.approx(1 / 3, abs=1e-4)
    sources = _rows(sla["by_source"], "source")
    assert (sources["external"]["late"], sources["external"]["running"], sources["external"]["median_days"]) == (
        1,
        1,
        None,
    )


# Site issues


def _issue(kind, opened_at, closed_at=None, source="check", status=None):
    status = status or ("fixed" if closed_at else "open")
    return SiteIssue.objects.create(
        kind=kind, source=source, status=status, detail="ทดสอบ", opened_at=opened_at, closed_at=closed_at,
        time_to_fix=closed_at - opened_at if status == "fixed" else None,
    )  # fmt: skip


@pytest.fixture
def issues():
    _issue("broken_link", _at(2025, 4, 5), _at(2025, 4, 7))  # found and fixed in 2 days
    _issue("broken_link", _at(2025, 5, 1), _at(2025, 5, 5))  # found and fixed in 4 days
    _issue("missing_document", _at(2025, 6, 1))  # found, still open
    _issue("reported", _at(2025, 3, 1), _at(2025, 4, 2), source="public")  # found before, fixed in 32 days
    _issue("missing_image", _at(2025, 6, 20), _at(2025, 7, 3))  # found, fixed after the end: open at the end
    _issue("broken_link", _at(2025, 5, 2), _at(2025, 5, 3), status="dismissed")  # found and dismissed
    _issue("broken_link", _at(2025, 7, 10))  # after the period


def test_site_issues_found_fixed_and_open_at_the_end_with_the_median_time_to_fix(issues):
    figures = gather_figures(START, END)["issues"]

    counts = (figures["found"], figures["fixed"], figures["dismissed"], figures["open_at_end"])
    assert counts == (5, 3, 1, 2)
    assert figures["median_days_to_fix"] == 4.0  # of 2, 4 and 32 days


def test_site_issues_are_counted_by_kind_and_by_who_found_them(issues):
    figures = gather_figures(START, END)["issues"]

    kinds = _rows(figures["by_kind"], "kind")
    assert (kinds["broken_link"]["found"], kinds["broken_link"]["fixed"], kinds["broken_link"]["dismissed"]) == (
        3,
        2,
        1,
    )
    assert (kinds["missing_image"]["found"], kinds["missing_image"]["open_at_end"]) == (1, 1)
    sources = _rows(figures["by_source"], "source")
    assert (sources["public"]["found"], sources["public"]["fixed"]) == (0, 1)
    assert (sources["check"]["found"], sources["check"]["fixed"]) == (5, 2)


# Review compliance


def test_review_compliance_counts_live_pages_reviewed_or_republished_within_their_interval_at_the_end(
    category_page,
):
    news, history = "news/press-releases", "about/organization/history"  # reviewed every 30 and 365 days
    assert (Category.objects.get(key=news).review_days, Category.objects.get(key=history).review_days) == (30, 365)
    first = _at(2025, 1, 1)
    _page(NewsArticlePageFactory, category_page, news, first=first, last=_at(2025, 6, 15))  # within
    _page(NewsArticlePageFactory, category_page, news, first=first, last=_at(2025, 4, 1))  # overdue
    reviewed = _page(NewsArticlePageFactory, category_page, news, first=first, last=first)
    PageReview.objects.create(page=reviewed, reviewed_at=_at(2025, 6, 20))  # within
    late_review = _page(NewsArticlePageFactory, category_page, news, first=first, last=first)
    PageReview.objects.create(page=late_review, reviewed_at=_at(2025, 7, 15))  # after the end: overdue
    _page(ContentPageFactory, category_page, history, first=first, last=_at(2024, 9, 1))  # within 365 days
    _page(ContentPageFactory, category_page, history, first=first, last=_at(2024, 5, 1))  # overdue
    # Republished after the end; its publication in June still counts: within.
    _page(NewsArticlePageFactory, category_page, news, [_at(2025, 6, 25), _at(2025, 8, 1)], first=first)
    _page(NewsArticlePageFactory, category_page, news, first=first, last=_at(2025, 6, 25), live=False)  # not live
    _page(NewsArticlePageFactory, category_page, news, first=_at(2025, 7, 10), last=_at(2025, 7, 10))  # newer

    reviews = gather_figures(START, END)["reviews"]

    assert (reviews["pages"], reviews["within"], reviews["overdue"]) == (7, 4, 3)
    assert reviews["share"] == pytest.approx(4 / 7, abs=1e-4)
    tops = _rows(reviews["by_top_category"], "key")
    assert (tops["news"]["pages"], tops["news"]["within"]) == (5, 3)
    assert (tops["about"]["pages"], tops["about"]["within"]) == (2, 1)


# Traffic


@pytest.fixture
def traffic():
    one, two, three = "203.0.113.1", "203.0.113.2", "203.0.113.3"
    append(
        [
            traffic_entry(_at(2025, 4, 10, 10), client_ip=one, path="/"),
            traffic_entry(_at(2025, 4, 10, 11), client_ip=one, path="/news/?page=2"),
            traffic_entry(_at(2025, 4, 10, 11), client_ip=one, path="/static/css/site.css"),
            traffic_entry(_at(2025, 4, 11, 10), client_ip=one, path="/news/"),
            traffic_entry(_at(2025, 4, 10, 12), client_ip=two, path="/news/"),
            traffic_entry(_at(2025, 4, 10, 12), client_ip=two, path="/robots.txt"),  # a visit, not a page view
            traffic_entry(_at(2025, 4, 12, 12), client_ip=two, path="/search/", method="POST"),
            traffic_entry(_at(2025, 4, 13, 12), client_ip=two, path="/missing/", status=404),
            traffic_entry(_at(2025, 4, 14, 12), client_ip=two, path="/documents/1/form.pdf"),
            traffic_entry(_at(2025, 5, 1, 12), client_ip=three, path="/admin/"),
            traffic_entry(_at(2025, 5, 2, 23, 30), client_ip=three, path="/about/"),
            traffic_entry(_at(2025, 5, 3, 0, 30), client_ip=three, path="/about/"),  # another day in Bangkok
            traffic_entry(_at(2025, 7, 1, 0, 10), client_ip=three, path="/about/"),  # after the period
        ]
    )


def test_visits_are_client_days_and_page_views_successful_gets_of_public_pages(traffic):
    figures = gather_figures(START, END)["traffic"]

    assert (figures["visits"], figures["page_views"]) == (5, 6)
    assert figures["by_month"] == [
        {"month": "2025-04", "visits": 3, "page_views": 4},
        {"month": "2025-05", "visits": 2, "page_views": 2},
    ]


def test_the_top_pages_are_ranked_by_views_without_their_query_strings_and_named_by_their_titles(traffic):
    top = gather_figures(START, END)["traffic"]["top_pages"]

    assert [(row["path"], row["views"]) for row in top] == [("/news/", 3), ("/about/", 2), ("/", 1)]
    assert top[0]["title"] == Category.objects.get(key="news").page.title


# Files


def _pdf_text(pdf: bytes) -> str:
    """Sarabun draws ำ as a nikhahit glyph with no Unicode mapping plus า, so ำ may read as า: both sides are
    squeezed the same way."""
    return _squeezed("".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages))


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("ำ", "า")


@pytest.fixture
def written_report(issues):
    report, _ = draft_report(3, START)
    PeriodicReport.objects.filter(pk=report.pk).update(
        problems="ลิงก์เสียจากการย้ายเอกสาร", obstacles="บุคลากรไม่เพียงพอ", suggestions="ตรวจลิงก์ทุกสัปดาห์"
    )
    report.refresh_from_db()
    return report


def test_the_pdf_is_in_thai_with_the_headings_the_text_and_the_charts(written_report):
    text = _pdf_text(report_pdf(written_report))

    for heading in (
        "รายงานผลการดำเนินงาน ปัญหา อุปสรรค และข้อเสนอแนะ",
        "ผลการดำเนินงาน",
        "ข้อผิดพลาดบนเว็บไซต์ จำแนกตามประเภท",
        "ข้อเสนอแนะ",
        "ตรวจลิงก์ทุกสัปดาห์",
        "รอบ 3 เดือน ระหว่างวันที่ 1 เมษายน 2568 ถึงวันที่ 30 มิถุนายน 2568",
        "ข้อผิดพลาดที่พบและที่แก้ไขแล้ว",  # the chart's title, drawn from the inline SVG
    ):
        assert _squeezed(heading) in text


def test_the_xlsx_has_a_sheet_per_table_with_the_report_figures_as_numbers(written_report):
    workbook = load_workbook(BytesIO(report_xlsx(written_report)))
    figures = written_report.figures["issues"]

    assert "การเข้าชม" in workbook.sheetnames and "หน้าเว็บตามหน่วยงาน" in workbook.sheetnames
    sheet = workbook["ข้อผิดพลาดตามประเภท"]
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    assert rows[-1] == ("รวม", figures["found"], figures["fixed"], figures["dismissed"], figures["open_at_end"])
    summary = {row[0]: row[1] for row in workbook["สรุป"].iter_rows(min_row=4, values_only=True)}
    assert summary["ข้อผิดพลาดที่พบ"] == figures["found"] == 5
    assert summary["ระยะเวลาแก้ไขข้อผิดพลาด (มัธยฐาน)"] == figures["median_days_to_fix"]
    texts = {row[0]: row[1] for row in workbook["รายงาน"].iter_rows(values_only=True)}
    assert texts["อุปสรรค"] == "บุคลากรไม่เพียงพอ"


# Drafts


def test_a_draft_with_its_figures_is_made_the_day_after_a_period_ends_and_only_once(issues):
    made = draft_periodic_reports(today=AFTER_END)
    again = draft_periodic_reports(today=AFTER_END + datetime.timedelta(days=1))

    assert {(report.months, report.period_start) for report in made} == {(3, START), (6, datetime.date(2025, 1, 1))}
    assert again == []
    quarter = PeriodicReport.objects.get(months=3, period_start=START)
    assert (quarter.status, quarter.period_end, quarter.prepared_by) == ("draft", END, None)
    assert quarter.figures["issues"]["found"] == 5 and quarter.figures_at is not None


def test_no_draft_is_made_for_a_period_before_it_has_ended():
    draft_periodic_reports(today=END)

    assert not PeriodicReport.objects.filter(period_start=START, months=3).exists()


def test_the_daily_job_drafts_the_periods_that_ended_last():
    jobs.draft_periodic_reports()

    today = timezone.localdate()
    for months in (3, 6):
        assert PeriodicReport.objects.filter(months=months, period_start=last_ended_period(today, months)[0]).exists()


def test_the_command_creates_a_draft_then_refreshes_its_figures():
    call_command("periodic_report", "draft", "--months", "3", "--period-start", "2025-04-01")
    report = PeriodicReport.objects.get(months=3, period_start=START)
    _issue("broken_link", _at(2025, 5, 1))

    call_command("periodic_report", "draft", "--months", "3", "--period-start", "2025-04-01")

    report.refresh_from_db()
    assert report.figures["issues"]["found"] == 1


def test_periods_are_calendar_quarters_and_half_years():
    assert period_end(datetime.date(2025, 10, 1), 3) == datetime.date(2025, 12, 31)
    assert period_end(datetime.date(2025, 7, 1), 6) == datetime.date(2025, 12, 31)
    assert last_ended_period(datetime.date(2026, 1, 1), 6) == (datetime.date(2025, 7, 1), datetime.date(2025, 12, 31))


# Admin screens


@pytest.fixture
def draft():
    report, _ = draft_report(3, START)
    return report


def _act(client, user, report, action, **data):
    client.force_login(user)
    return client.post(reverse("periodic_reports:action", args=[report.pk, action]), data)


def _write_and_submit(client, user, report):
    text = {"problems": "ไม่มี", "obstacles": "ไม่มี", "suggestions": "ควรอบรมผู้จัดทำข้อมูล"}
    _act(client, user, report, "text", **text)
    _act(client, user, report, "submit")
    report.refresh_from_db()
    assert report.status == "submitted"


def test_the_report_screen_shows_the_figures_as_tables_and_charts(client, written_report):
    client.force_login(unit_user("ศสน.", "editor"))

    response = client.get(reverse("periodic_reports:detail", args=[written_report.pk]))

    assert response.status_code == 200
    content = response.content.decode()
    assert "ข้อผิดพลาดบนเว็บไซต์ จำแนกตามประเภท" in content and content.count('aria-labelledby="chart-') == 3


def test_the_supervisor_acknowledges_a_submitted_report_and_who_and_when_are_recorded(client, draft):
    _write_and_submit(client, unit_user("ศสน.", "editor"), draft)
    supervisor = unit_user("ศสน.", "director")

    response = _act(client, supervisor, draft, "acknowledge")

    draft.refresh_from_db()
    assert response.status_code == 302
    assert (draft.status, draft.acknowledged_by) == ("acknowledged", supervisor)
    assert abs(timezone.now() - draft.acknowledged_at) < datetime.timedelta(minutes=1)


def test_the_supervisor_is_emailed_when_a_report_is_submitted(
    client, draft, mailoutbox, django_capture_on_commit_callbacks
):
    unit_user("ศสน.", "director", email="ict-director@sso.example")

    with django_capture_on_commit_callbacks(execute=True):
        _write_and_submit(client, unit_user("ศสน.", "editor"), draft)

    assert [mail.to for mail in mailoutbox] == [["ict-director@sso.example"]]
    assert mailoutbox[0].subject.startswith("[เสนอเพื่อทราบ]")


def test_the_preparer_is_emailed_when_the_report_is_acknowledged(
    client, draft, mailoutbox, django_capture_on_commit_callbacks
):
    _write_and_submit(client, unit_user("ศสน.", "editor", email="preparer@sso.example"), draft)

    with django_capture_on_commit_callbacks(execute=True):
        _act(client, unit_user("ศสน.", "director"), draft, "acknowledge")

    assert [mail.to for mail in mailoutbox] == [["preparer@sso.example"]]


def test_the_supervisor_who_prepared_the_report_may_not_acknowledge_it(client, draft):
    supervisor = unit_user("ศสน.", "director")
    _write_and_submit(client, supervisor, draft)

    response = _act(client, supervisor, draft, "acknowledge")

    draft.refresh_from_db()
    assert response.status_code == 403
    assert (draft.status, draft.acknowledged_by, draft.acknowledged_at) == ("submitted", None, None)


@pytest.mark.parametrize(("code", "role"), [("ศสน.", "editor"), ("กม.", "director")])
def test_a_user_outside_the_supervisor_role_may_not_acknowledge(client, draft, code, role):
    _write_and_submit(client, unit_user("ศสน.", "checker"), draft)

    response = _act(client, unit_user(code, role), draft, "acknowledge")

    draft.refresh_from_db()
    assert response.status_code == 403 and draft.status == "submitted"


def test_the_supervisor_may_return_a_submitted_report_for_changes(client, draft):
    _write_and_submit(client, unit_user("ศสน.", "editor"), draft)

    _act(client, unit_user("ศสน.", "director"), draft, "return", note="เพิ่มข้อเสนอแนะเรื่องเอกสาร PDF/A")

    draft.refresh_from_db()
    assert (draft.status, draft.submitted_at) == ("draft", None)


def test_the_list_shows_every_report_to_ศสน_staff(client, draft):
    client.force_login(unit_user("ศสน.", "checker"))

    response = client.get(reverse("periodic_reports:index"))

    assert response.status_code == 200
    assert "รอบ 3 เดือน ระหว่างวันที่ 1 เมษายน 2568 ถึงวันที่ 30 มิถุนายน 2568" in response.content.decode()


def test_a_report_is_submitted_only_with_its_problems_obstacles_and_suggestions(client, draft):
    _act(client, unit_user("ศสน.", "editor"), draft, "submit")

    draft.refresh_from_db()
    assert draft.status == "draft"


def test_the_text_of_a_submitted_report_no_longer_changes(client, draft):
    staff = unit_user("ศสน.", "editor")
    _write_and_submit(client, staff, draft)

    _act(client, staff, draft, "text", problems="แก้ภายหลัง", obstacles="x", suggestions="y")

    draft.refresh_from_db()
    assert draft.problems == "ไม่มี"


def test_an_editor_of_another_unit_gets_403_on_every_report_url(client, draft):
    client.force_login(unit_user("กม.", "editor"))
    gets = [
        reverse("periodic_reports:index"),
        reverse("periodic_reports:detail", args=[draft.pk]),
        reverse("periodic_reports:download", args=[draft.pk, "pdf"]),
        reverse("periodic_reports:download", args=[draft.pk, "xlsx"]),
    ]
    posts = [reverse("periodic_reports:add")] + [
        reverse("periodic_reports:action", args=[draft.pk, action])
        for action in ("text", "refresh", "submit", "acknowledge", "return")
    ]

    statuses = [client.get(url).status_code for url in gets] + [
        client.post(url, {"months": 3}).status_code for url in posts
    ]

    assert statuses == [403] * (len(gets) + len(posts))
    draft.refresh_from_db()
    assert (draft.status, draft.problems) == ("draft", "")
