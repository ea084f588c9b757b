"""Issue 17 (PDPA): the public problem report states why it asks for a contact and how long it is kept, links the
privacy policy, sets no cookie, and the contact is blanked by a daily job after the retention period."""

import datetime

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from categories.tests.factories import LawPageFactory
from governance.upkeep import jobs
from governance.upkeep.models import SiteIssue

pytestmark = pytest.mark.django_db


@pytest.fixture
def law(category_page):
    page = LawPageFactory(parent=category_page("laws/acts"), title="พระราชบัญญัติประกันสังคม")
    page.save_revision().publish()
    return page


def _public_issue(page, days_ago, contact="somchai@example.com"):
    return SiteIssue.objects.create(
        kind=SiteIssue.Kind.REPORTED,
        source=SiteIssue.Source.PUBLIC,
        page=page,
        detail="เบอร์โทรไม่ถูกต้อง",
        reporter_contact=contact,
        opened_at=timezone.now() - datetime.timedelta(days=days_ago),
    )


def test_contacts_older_than_the_retention_period_are_blanked_by_the_daily_job(law, settings):
    settings.SSO_PROBLEM_REPORT_RETENTION_DAYS = 365
    old, recent = _public_issue(law, 366), _public_issue(law, 364, contact="081 234 5678")

    jobs.purge_problem_report_contacts()

    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.reporter_contact == "" and old.detail == "เบอร์โทรไม่ถูกต้อง"
    assert recent.reporter_contact == "081 234 5678"


def test_the_purge_job_is_scheduled_daily():
    assert any(job[1] == "governance.upkeep.jobs.purge_problem_report_contacts" for job in settings.CRONJOBS)


def test_the_form_states_purpose_and_retention_beside_the_contact_field_and_links_the_policy(
    client, law, category_page, settings
):
    from categories.models import PolicyPage

    settings.SSO_PROBLEM_REPORT_RETENTION_DAYS = 180
    policy = PolicyPage(title="นโยบายคุ้มครองข้อมูลส่วนบุคคล", slug="privacy", kind="privacy")
    category_page("other").add_child(instance=policy)
    policy.save_revision().publish()

    html = client.get(reverse("report_problem"), {"page": law.pk}).content.decode()

    notice = html.split('id="privacy-notice"')[1].split("</p>")[0]
    assert "180" in notice and policy.url in notice
    assert 'aria-describedby="privacy-notice"' in html


def test_the_report_form_sets_no_cookie_and_is_accepted_without_one(law, monkeypatch):
    from governance.upkeep import problem_reports

    browser = Client(enforce_csrf_checks=True)
    form = browser.get(reverse("report_problem"), {"page": law.pk})
    token = form.context["form"].initial["token"]
    real_time = problem_reports.time.time
    monkeypatch.setattr(problem_reports.time, "time", lambda: real_time() + 10)
    sent = browser.post(reverse("report_problem"), {"message": "ลิงก์เสีย", "contact": "", "website": "", "token": token})

    assert not form.cookies and "Set-Cookie" not in form
    assert sent.status_code == 200 and sent.context["sent"]
    assert SiteIssue.objects.filter(page=law).exists()


def _filled_form(browser, law, monkeypatch):
    """A report form as a visitor would send it: a token from the page, filled in for ten seconds."""
    from governance.upkeep import problem_reports

    token = browser.get(reverse("report_problem"), {"page": law.pk}).context["form"].initial["token"]
    real_time = problem_reports.time.time
    monkeypatch.setattr(problem_reports.time, "time", lambda: real_time() + 10)
    return {"message": "ลิงก์เสีย", "contact": "a@example.com", "website": "", "token": token}


def test_a_report_posted_from_another_site_is_refused_without_a_cookie_check(law, monkeypatch):
    browser = Client(enforce_csrf_checks=True)
    data = _filled_form(browser, law, monkeypatch)

    refused = browser.post(reverse("report_problem"), data, HTTP_ORIGIN="https://attacker.example")

    assert refused.status_code == 403
    assert "ส่งแบบฟอร์มนี้ได้จากหน้าเว็บไซต์" in refused.content.decode()
    assert not SiteIssue.objects.exists()


def test_a_report_posted_from_the_sites_own_page_is_accepted(law, monkeypatch):
    browser = Client(enforce_csrf_checks=True)
    data = _filled_form(browser, law, monkeypatch)

    sent = browser.post(reverse("report_problem"), data, HTTP_ORIGIN="http://testserver")

    assert sent.status_code == 200 and sent.context["sent"]
    assert SiteIssue.objects.filter(page=law).exists()
