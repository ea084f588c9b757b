"""The 3-day clock for regular content: started by the workflow's last approval, stopped when the page is live."""

import csv
import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from categories.models import LawPage
from governance.requests.models import SlaClock
from governance.tests.admin_actions import LAW_FORM, create_in_admin, let_time_pass_until_go_live, workflow_action
from governance.tests.factories import unit_user
from governance.workflow import jobs

pytestmark = pytest.mark.django_db


def _approved_law(client, category_page, slug, form=LAW_FORM):
    page = create_in_admin(
        client, unit_user("กม.", "editor"), category_page("laws/acts"), LawPage, slug, form, "action-submit"
    )
    workflow_action(client, unit_user("กม.", "director"), page, "approve")
    workflow_action(client, unit_user("ศสน.", "checker"), page, "approve")
    return page


def test_the_last_approval_starts_a_clock_that_stops_when_the_page_is_live(client, category_page):
    page = _approved_law(client, category_page, "clock-act")
    clock = SlaClock.objects.get(page=page)
    assert clock.unit == "กม." and clock.category.key == "laws/acts"
    assert clock.live_at is not None and clock.on_time is True
    assert clock.due_at - clock.approved_at == datetime.timedelta(days=3)


def test_a_scheduled_go_live_moves_the_deadline_and_the_cron_job_stops_the_clock(client, category_page):
    go_live = timezone.localtime() + datetime.timedelta(days=10)
    form = {**LAW_FORM, "go_live_at": go_live.strftime("%Y-%m-%d %H:%M")}
    page = _approved_law(client, category_page, "clock-scheduled", form)
    clock = SlaClock.objects.get(page=page)
    assert clock.live_at is None and clock.on_time is None
    assert clock.due_at >= go_live.replace(second=0, microsecond=0)
    page.refresh_from_db()
    let_time_pass_until_go_live(page.latest_revision)
    jobs.publish_scheduled()
    clock.refresh_from_db()
    assert clock.live_at is not None and clock.on_time is True


def test_a_page_that_goes_live_after_its_deadline_is_late(category_page):
    from categories.tests.factories import NewsArticlePageFactory
    from governance.requests.clock import start_clock

    page = NewsArticlePageFactory(parent=category_page("news/press-releases"))
    page.unpublish()
    clock = start_clock(page, timezone.now() - datetime.timedelta(days=5))
    page.save_revision().publish()
    clock.refresh_from_db()
    assert clock.on_time is False


def test_the_sla_report_prints_one_row_per_clock(client, category_page):
    _approved_law(client, category_page, "report-act")
    out = io.StringIO()
    today = timezone.localdate().isoformat()
    call_command("sla_report", "--from", today, "--to", today, "--format", "csv", stdout=out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0][:3] == ["source", "unit", "category"]
    assert rows[1][0] == "regular" and rows[1][1] == "กม." and rows[1][-1] == "yes"


def test_the_sla_report_refuses_a_bad_date():
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("sla_report", "--from", "25/11/2569", "--to", "2026-11-30")


def test_the_sla_report_screen_shows_the_rows_to_the_central_director(client, category_page):
    from django.urls import reverse

    _approved_law(client, category_page, "screen-act")
    client.force_login(unit_user("ศสน.", "director"))
    html = client.get(reverse("sla_report:index")).content.decode()
    assert "หน้า screen-act" in html
    client.force_login(unit_user("กม.", "editor"))
    assert "หน้า screen-act" not in client.get(reverse("sla_report:index")).content.decode()
