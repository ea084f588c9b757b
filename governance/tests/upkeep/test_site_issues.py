"""Errors found by people, and fixing and reporting them (seed §3.2): staff report from the admin, the public
from any page; an issue belongs to the category's checking units, moves open → in progress → fixed (linked to
the revision that fixed it) or dismissed with a reason, and the directors hear of it when opened and fixed."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from categories.tests.factories import LawPageFactory
from governance.tests.factories import unit_user
from governance.upkeep import issues as upkeep
from governance.upkeep import problem_reports
from governance.upkeep.models import PageReview, SiteIssue

pytestmark = pytest.mark.django_db


@pytest.fixture
def law(category_page):
    """A live act under laws/acts: data unit กม., checked by กม. and ศสน."""
    page = LawPageFactory(parent=category_page("laws/acts"), title="พระราชบัญญัติประกันสังคม")
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


@pytest.fixture
def legal_director():
    return unit_user("กม.", "director", email="legal-director@sso.example")


def report(client, user, page, detail="ปีที่ประกาศใช้ไม่ถูกต้อง"):
    client.force_login(user)
    return client.post(reverse("site_issues:report_page", args=[page.pk]), {"detail": detail, "location": "ปี พ.ศ."})


def test_a_staff_report_opens_an_issue_for_the_checking_units(client, law):
    response = report(client, unit_user("กค.", "editor"), law)

    assert response.status_code == 302
    issue = SiteIssue.objects.get()
    assert (issue.kind, issue.source, issue.page_id, issue.units) == ("reported", "staff", law.pk, "กม./ศสน.")


def test_the_directors_of_the_checking_units_are_emailed_when_an_issue_opens(
    client, law, legal_director, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        report(client, unit_user("กค.", "editor"), law)

    assert len(mailoutbox) == 1
    assert "legal-director@sso.example" in mailoutbox[0].to
    assert "พระราชบัญญัติประกันสังคม" in mailoutbox[0].subject


def test_an_issue_is_listed_for_its_units_and_not_for_others(client, law):
    upkeep.open_issue(kind=SiteIssue.Kind.REPORTED, page=law, detail="ผิด", source=SiteIssue.Source.STAFF)

    client.force_login(unit_user("กม.", "checker"))
    ours = client.get(reverse("site_issues:index")).content.decode()
    client.force_login(unit_user("กค.", "editor"))
    theirs = client.get(reverse("site_issues:index")).content.decode()

    assert "พระราชบัญญัติประกันสังคม" in ours
    assert "พระราชบัญญัติประกันสังคม" not in theirs


def test_an_editor_of_another_unit_gets_403_on_the_issue(client, law):
    issue, _ = upkeep.open_issue(kind=SiteIssue.Kind.REPORTED, page=law, detail="ผิด", source=SiteIssue.Source.STAFF)
    client.force_login(unit_user("กค.", "editor"))

    assert client.get(reverse("site_issues:edit", args=[issue.pk])).status_code == 403
    assert client.post(reverse("site_issues:edit", args=[issue.pk]), {"action": "fix"}).status_code == 403
    assert SiteIssue.objects.get().status == "open"


def test_fixing_links_the_revision_and_records_the_time_to_fix(
    client, law, legal_director, mailoutbox, django_capture_on_commit_callbacks
):
    issue, _ = upkeep.open_issue(kind=SiteIssue.Kind.REPORTED, page=law, detail="ผิด", source=SiteIssue.Source.STAFF)
    SiteIssue.objects.filter(pk=issue.pk).update(opened_at=timezone.now() - datetime.timedelta(hours=5))
    law.title = "พระราชบัญญัติประกันสังคม พ.ศ. 2533"
    revision = law.save_revision()
    client.force_login(unit_user("กม.", "editor"))
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("site_issues:edit", args=[issue.pk]), {"action": "fix"})

    issue.refresh_from_db()
    assert (issue.status, issue.fixed_revision_id) == ("fixed", revision.pk)
    assert datetime.timedelta(hours=5) <= issue.time_to_fix < datetime.timedelta(hours=5, minutes=1)
    assert [message.to for message in mailoutbox] == [["legal-director@sso.example"]]
    assert "[แก้ไขแล้ว]" in mailoutbox[0].subject


def test_work_on_an_issue_is_recorded_before_it_is_fixed(client, law):
    issue, _ = upkeep.open_issue(kind=SiteIssue.Kind.REPORTED, page=law, detail="ผิด", source=SiteIssue.Source.STAFF)
    client.force_login(unit_user("ศสน.", "checker"))

    client.post(reverse("site_issues:edit", args=[issue.pk]), {"action": "start"})

    issue.refresh_from_db()
    assert issue.status == "in_progress" and issue.started_at is not None


def test_dismissing_needs_a_reason(client, law):
    issue, _ = upkeep.open_issue(kind=SiteIssue.Kind.REPORTED, page=law, detail="ผิด", source=SiteIssue.Source.STAFF)
    client.force_login(unit_user("กม.", "editor"))
    url = reverse("site_issues:edit", args=[issue.pk])

    refused = client.post(url, {"action": "dismiss", "reason": ""})
    client.post(url, {"action": "dismiss", "reason": "ข้อมูลถูกต้องตามราชกิจจานุเบกษา"})

    assert refused.status_code == 400
    issue.refresh_from_db()
    assert (issue.status, issue.dismiss_reason) == ("dismissed", "ข้อมูลถูกต้องตามราชกิจจานุเบกษา")


def test_a_closed_issue_cannot_be_fixed_again(law):
    issue, _ = upkeep.open_issue(kind=SiteIssue.Kind.REPORTED, page=law, detail="ผิด", source=SiteIssue.Source.STAFF)
    upkeep.fix(issue)

    with pytest.raises(upkeep.TransitionError):
        upkeep.fix(issue)


def test_an_editor_of_the_page_stamps_it_reviewed(client, law):
    client.force_login(unit_user("กม.", "editor"))

    assert client.get(reverse("site_issues:review_page", args=[law.pk])).status_code == 200
    client.post(reverse("site_issues:review_page", args=[law.pk]))

    assert PageReview.objects.get(page=law).reviewed_at > law.last_published_at
    assert upkeep.last_reviewed_at(law) == PageReview.objects.get(page=law).reviewed_at


def test_a_review_closes_the_pages_overdue_review_issue(client, law):
    issue, _ = upkeep.open_issue(kind=SiteIssue.Kind.REVIEW_OVERDUE, page=law, detail="เลยกำหนด", fingerprint="r1")
    client.force_login(unit_user("กม.", "editor"))

    client.post(reverse("site_issues:review_page", args=[law.pk]))

    issue.refresh_from_db()
    assert issue.status == "fixed"


def test_a_user_who_may_not_edit_the_page_cannot_stamp_it_reviewed(client, law):
    client.force_login(unit_user("กค.", "editor"))

    assert client.post(reverse("site_issues:review_page", args=[law.pk])).status_code == 403
    assert not PageReview.objects.exists()


def test_the_same_automated_finding_opens_one_issue(law):
    first, created = upkeep.open_issue(kind=SiteIssue.Kind.BROKEN_LINK, page=law, detail="ลิงก์เสีย", fingerprint="f1")
    again, created_again = upkeep.open_issue(
        kind=SiteIssue.Kind.BROKEN_LINK, page=law, detail="ลิงก์เสีย", fingerprint="f1"
    )

    assert (created, created_again, again.pk) == (True, False, first.pk)
    assert SiteIssue.objects.count() == 1


# The public's report form


def public_report(client, page, monkeypatch, age=10, **fields):
    """Post the form served for ``page`` as if ``age`` seconds after it was served."""
    token = client.get(reverse("report_problem"), {"page": page.pk}).context["form"].initial["token"]
    real_time = problem_reports.time.time
    monkeypatch.setattr(problem_reports.time, "time", lambda: real_time() + age)
    data = {"message": "เบอร์โทรศัพท์ในหน้านี้โทรไม่ติด", "contact": "somchai@example.com", "website": "", "token": token}
    return client.post(reverse("report_problem"), {**data, **fields})


def test_a_visitor_reports_a_problem_on_a_page(client, law, monkeypatch):
    response = public_report(client, law, monkeypatch)

    assert response.status_code == 200 and response.context["sent"]
    issue = SiteIssue.objects.get()
    assert (issue.source, issue.page_id, issue.units, issue.reporter_contact) == (
        "public",
        law.pk,
        "กม./ศสน.",
        "somchai@example.com",
    )


def test_a_form_posted_within_seconds_is_thanked_and_not_kept(client, law, monkeypatch):
    response = public_report(client, law, monkeypatch, age=0)

    assert response.context["sent"]
    assert not SiteIssue.objects.exists()


def test_a_filled_trap_field_is_thanked_and_not_kept(client, law, monkeypatch):
    public_report(client, law, monkeypatch, website="http://spam.example")

    assert not SiteIssue.objects.exists()


def test_a_message_full_of_links_is_refused(client, law, monkeypatch):
    links = " ".join(f"https://spam.example/{i}" for i in range(4))

    response = public_report(client, law, monkeypatch, message=links)

    assert response.status_code == 400
    assert not SiteIssue.objects.exists()


def test_reports_from_one_address_are_limited_per_hour(client, law, monkeypatch):
    statuses = [public_report(client, law, monkeypatch).status_code for _ in range(problem_reports.RATE_LIMIT + 1)]

    assert statuses[-1] == 429
    assert SiteIssue.objects.count() == problem_reports.RATE_LIMIT


def test_a_forged_token_is_not_found(client, law):
    data = {"message": "ข้อความทดสอบ", "token": f"{law.pk}:forged:signature"}

    assert client.post(reverse("report_problem"), data).status_code == 404


def test_an_unpublished_page_cannot_be_reported(client, law):
    law.unpublish()

    assert client.get(reverse("report_problem"), {"page": law.pk}).status_code == 404


def test_every_public_page_links_to_the_report_form_without_a_cookie(client, law):
    response = client.get(law.url)

    assert f'/report-problem/?page={law.pk}"' in response.content.decode()
    assert response.cookies == {}


def test_the_dashboard_shows_the_open_issues_of_the_users_units(client, law):
    upkeep.open_issue(kind=SiteIssue.Kind.REPORTED, page=law, detail="ผิด", source=SiteIssue.Source.STAFF)
    client.force_login(unit_user("กม.", "editor"))

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "ข้อผิดพลาดบนเว็บไซต์ที่รอแก้ไข (1)" in html
