"""A workflow that talks: after each action, the admin message names what happened, the next step and who holds
it by name; the last approval says the page is live, or when it goes live. Through the real admin views."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from categories.models import LawPage
from governance.access.people import save_profile
from governance.tests.admin_actions import LAW_FORM, with_evidence, workflow_action, workflow_in_progress
from governance.tests.factories import unit_user

pytestmark = pytest.mark.django_db


def person(code, role, name):
    user = unit_user(code, role)
    save_profile(user, full_name=name, position="ทดสอบ")
    return user


@pytest.fixture
def people():
    return {
        "editor": person("กม.", "editor", "นางสาวพิมพ์ ผู้จัดทำ"),
        "director": person("กม.", "director", "นายประเสริฐ ผู้อำนวยการ"),
        "checker": person("ศสน.", "checker", "นางวันเพ็ญ ผู้ตรวจสอบ"),
    }


def texts(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def submit_law(client, editor, category_page, **form):
    client.force_login(editor)
    data = {"title": "พระราชบัญญัติทดสอบ", "slug": "test-act", **with_evidence(LAW_FORM), **form, "action-submit": "1"}
    url = reverse("wagtailadmin_pages:add", args=("categories", "lawpage", category_page("laws/acts").pk))
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return response, LawPage.objects.get(slug="test-act")


def test_submitting_names_the_directors_step_and_the_director(client, category_page, people):
    response, _page = submit_law(client, people["editor"], category_page)
    message = texts(response)[-1]
    assert "ขั้นตอนต่อไป" in message and "(ขั้นที่ 1 จาก 2)" in message
    assert "นายประเสริฐ ผู้อำนวยการ" in message and "กม. ผู้อำนวยการ" in message


def test_the_directors_approval_names_the_checking_step_and_the_checker(client, category_page, people):
    _response, page = submit_law(client, people["editor"], category_page)
    response = workflow_action(client, people["director"], page, "approve")
    message = texts(response)[-1]
    assert "(ขั้นที่ 2 จาก 2)" in message and "ตรวจสอบ" in message
    assert "นางวันเพ็ญ ผู้ตรวจสอบ" in message


def test_the_last_approval_says_the_page_is_live(client, category_page, people):
    _response, page = submit_law(client, people["editor"], category_page)
    workflow_action(client, people["director"], page, "approve")
    response = workflow_action(client, people["checker"], page, "approve")
    message = texts(response)[-1]
    assert "เผยแพร่บนเว็บไซต์แล้ว" in message
    page.refresh_from_db()
    assert page.live


def test_the_last_approval_of_a_scheduled_page_says_when_it_goes_live(client, category_page, people):
    go_live = (timezone.now() + datetime.timedelta(days=10)).replace(second=0, microsecond=0)
    _response, page = submit_law(client, people["editor"], category_page, go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))
    workflow_action(client, people["director"], page, "approve")
    response = workflow_action(client, people["checker"], page, "approve")
    message = texts(response)[-1]
    assert "จะเผยแพร่" in message and str(go_live.year + 543) in message


def test_requesting_changes_names_the_person_who_must_change_it(client, category_page, people):
    _response, page = submit_law(client, people["editor"], category_page)
    response = workflow_action(client, people["director"], page, "reject", comment="แก้ชื่อ")
    message = texts(response)[-1]
    assert "ส่งกลับให้แก้ไข" in message and "นางสาวพิมพ์ ผู้จัดทำ" in message


def test_approving_in_the_page_editor_names_the_next_step_instead_of_updated(client, category_page, people):
    _response, page = submit_law(client, people["editor"], category_page)
    client.force_login(people["director"])
    data = {"title": page.title, "slug": page.slug, **LAW_FORM, "document": str(page.document_id),
            "action-workflow-action": "1", "workflow-action-name": "approve"}  # fmt: skip
    response = client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    message = texts(response)[-1]
    assert "นางวันเพ็ญ ผู้ตรวจสอบ" in message and "ปรับปรุง" not in message
    assert workflow_in_progress(page).current_task_state.task.specific.stage == "checker"


def test_the_editors_dashboard_shows_where_each_submission_waits_and_with_whom(client, category_page, people):
    submit_law(client, people["editor"], category_page)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "พระราชบัญญัติทดสอบ" in html and "นายประเสริฐ ผู้อำนวยการ" in html and "ขั้นที่ 1 จาก 2" in html
