"""Director sign-off, checker review, executive approval and four eyes, through the real admin views."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import TaskState

from categories.models import ContentPage, LawPage
from governance.access.models import PageOwner, Unit
from governance.access.roles import EXECUTIVES
from governance.tests.admin_actions import (
    CONTENT_FORM,
    LAW_FORM,
    create_in_admin,
    workflow_action,
    workflow_in_progress,
)
from governance.tests.factories import office_user, unit_user
from governance.workflow.sync import WORKFLOW_DIRECTOR_CHECKER, WORKFLOW_OUTSIDE_LIST

pytestmark = pytest.mark.django_db


@pytest.fixture
def legal_director():
    return unit_user("กม.", "director", email="legal-director@sso.example")


@pytest.fixture
def submitted_law(client, category_page, legal_director):
    editor = unit_user("กม.", "editor", email="editor@sso.example")
    page = create_in_admin(
        client, editor, category_page("laws/acts"), LawPage, "social-security-act", LAW_FORM, "action-submit"
    )
    page.editor = editor
    return page


def test_an_editors_publish_is_refused(client, category_page):
    editor = unit_user("กม.", "editor")
    page = create_in_admin(client, editor, category_page("laws/acts"), LawPage, "draft-law", LAW_FORM, "action-publish")
    page.refresh_from_db()
    assert not page.live


def test_submitting_starts_the_workflow_the_matrix_asks_for(submitted_law):
    state = workflow_in_progress(submitted_law)
    assert state.workflow.name == WORKFLOW_DIRECTOR_CHECKER
    assert state.current_task_state.task.specific.stage == "director"


def test_the_data_units_director_is_emailed_and_nobody_else(submitted_law, legal_director):
    recipients = {address for message in mail.outbox for address in message.to}
    assert legal_director.email in recipients
    assert submitted_law.editor.email not in recipients
    assert any(submitted_law.title in message.body for message in mail.outbox if legal_director.email in message.to)


def test_the_director_of_the_data_unit_approves(client, submitted_law, legal_director):
    response = workflow_action(client, legal_director, submitted_law, "approve")
    assert response.status_code == 302
    assert workflow_in_progress(submitted_law).current_task_state.task.specific.stage == "checker"


def test_a_director_of_another_unit_cannot_approve(client, submitted_law):
    workflow_action(client, unit_user("กค.", "director"), submitted_law, "approve")
    assert workflow_in_progress(submitted_law).current_task_state.status == TaskState.STATUS_IN_PROGRESS
    assert workflow_in_progress(submitted_law).current_task_state.task.specific.stage == "director"


def test_an_editor_cannot_approve_their_own_submission(client, submitted_law):
    submitted_law.editor.groups.add(*unit_user("กม.", "director").groups.all())
    workflow_action(client, submitted_law.editor, submitted_law, "approve")
    assert workflow_in_progress(submitted_law).current_task_state.task.specific.stage == "director"


def test_the_checker_publishes_after_the_directors_sign_off(client, submitted_law):
    workflow_action(client, unit_user("กม.", "director"), submitted_law, "approve")
    response = workflow_action(client, unit_user("ศสน.", "checker"), submitted_law, "approve")
    assert response.status_code == 302
    submitted_law.refresh_from_db()
    assert submitted_law.live


def test_a_rejection_carries_the_comment_back_to_the_editor(client, submitted_law):
    mail.outbox.clear()
    workflow_action(client, unit_user("กม.", "director"), submitted_law, "reject", comment="กรุณาแนบไฟล์ราชกิจจานุเบกษา")
    to_editor = [m for m in mail.outbox if submitted_law.editor.email in m.to]
    assert to_editor and "กรุณาแนบไฟล์ราชกิจจานุเบกษา" in to_editor[0].body
    submitted_law.refresh_from_db()
    assert not submitted_law.live


def _dashboard(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_director_sees_the_item_in_the_dashboard_queue(submitted_law, legal_director):
    assert submitted_law.title in _dashboard(legal_director)


def test_a_director_of_another_unit_does_not_see_it_in_the_queue(submitted_law):
    assert submitted_law.title not in _dashboard(unit_user("กค.", "director"))


def test_a_director_is_not_offered_direct_publishing(client, category_page):
    from categories.tests.factories import LawPageFactory

    law = LawPageFactory(parent=category_page("laws/acts"))
    client.force_login(unit_user("กม.", "director"))
    html = client.get(reverse("wagtailadmin_pages:edit", args=(law.pk,))).content.decode()
    assert 'name="action-publish"' not in html
    assert 'name="action-submit"' in html


def test_content_outside_the_list_needs_the_executive_first(client, category_page):
    editor = unit_user("กบล.", "editor")
    page = create_in_admin(
        client, editor, category_page("other"), ContentPage, "anti-corruption", CONTENT_FORM, "action-submit"
    )
    assert workflow_in_progress(page).workflow.name == WORKFLOW_OUTSIDE_LIST
    workflow_action(client, unit_user("กบล.", "director"), page, "approve")
    assert workflow_in_progress(page).current_task_state.task.specific.__class__.__name__ == "ExecutiveApprovalTask"
    workflow_action(client, office_user(EXECUTIVES), page, "approve")
    assert workflow_in_progress(page).current_task_state.task.specific.stage == "director"
    workflow_action(client, unit_user("กบล.", "director"), page, "approve")
    page.refresh_from_db()
    assert page.live
    assert PageOwner.objects.get(page=page).unit == Unit.objects.get(code="กบล.")


def test_an_approved_page_with_a_future_go_live_is_published_by_the_cron_job(client, category_page, legal_director):
    import datetime

    from django.utils import timezone

    from governance.tests.workflow.test_publishing_windows import let_time_pass_until_go_live
    from governance.workflow import jobs

    go_live = timezone.localtime() + datetime.timedelta(days=2)
    form = {**LAW_FORM, "go_live_at": go_live.strftime("%Y-%m-%d %H:%M")}
    editor = unit_user("กม.", "editor")
    page = create_in_admin(client, editor, category_page("laws/acts"), LawPage, "scheduled-act", form, "action-submit")
    workflow_action(client, legal_director, page, "approve")
    workflow_action(client, unit_user("ศสน.", "checker"), page, "approve")
    page.refresh_from_db()
    assert not page.live
    assert page.latest_revision.approved_go_live_at is not None
    let_time_pass_until_go_live(page.latest_revision)
    jobs.publish_scheduled()
    page.refresh_from_db()
    assert page.live


def test_an_approval_comment_reaches_the_editor(client, submitted_law, legal_director):
    mail.outbox.clear()
    workflow_action(client, legal_director, submitted_law, "approve", comment="ตรวจแล้ว ถูกต้องตามราชกิจจานุเบกษา")
    to_editor = [m for m in mail.outbox if submitted_law.editor.email in m.to]
    assert to_editor and "ตรวจแล้ว ถูกต้องตามราชกิจจานุเบกษา" in to_editor[0].body


def test_a_directors_direct_publish_is_refused_on_the_server(client, category_page, legal_director):
    client.force_login(legal_director)
    url = reverse("wagtailadmin_pages:add", args=("categories", "lawpage", category_page("laws/acts").pk))
    client.post(url, {"title": "พ.ร.บ. ที่ข้ามการอนุมัติ", "slug": "skip-approval", **LAW_FORM, "action-publish": "1"})
    page = LawPage.objects.filter(slug="skip-approval").first()
    assert page is None or not page.live


def test_a_directors_direct_publish_of_an_existing_page_is_refused(client, category_page, legal_director):
    from categories.tests.factories import LawPageFactory

    law = LawPageFactory(parent=category_page("laws/acts"), title="พ.ร.บ. ฉบับเดิม")
    client.force_login(legal_director)
    data = {"title": "พ.ร.บ. ฉบับแก้ไขโดยไม่ผ่านการอนุมัติ", "slug": law.slug, **LAW_FORM, "action-publish": "1"}
    client.post(reverse("wagtailadmin_pages:edit", args=(law.pk,)), data)
    law.refresh_from_db()
    assert law.title == "พ.ร.บ. ฉบับเดิม"


def test_a_director_cannot_publish_a_copy_directly(client, category_page, legal_director):
    from categories.tests.factories import LawPageFactory

    law = LawPageFactory(parent=category_page("laws/acts"))
    client.force_login(legal_director)
    client.post(
        reverse("wagtailadmin_pages:copy", args=(law.pk,)),
        {
            "new_title": "สำเนา",
            "new_slug": "copy-of-law",
            "new_parent_page": law.get_parent().pk,
            "publish_copies": "on",
        },
    )
    copy = LawPage.objects.filter(slug="copy-of-law").first()
    assert copy is None or not copy.live


def test_a_director_cannot_bulk_publish(client, category_page, legal_director):
    from categories.tests.factories import LawPageFactory

    law = LawPageFactory(parent=category_page("laws/acts"))
    law.unpublish()
    client.force_login(legal_director)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    client.post(f"{url}?id={law.pk}", {})
    law.refresh_from_db()
    assert not law.live
