"""Required evidence before approval: a law goes to its approvers only with its PDF, a procurement notice only with
its announcement PDF, with a clear Thai error; a draft may still be saved without them. Through the admin."""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState

from categories.models import LawPage
from core.tests.factories import DocumentFactory
from governance.tests.admin_actions import LAW_FORM, with_evidence
from governance.tests.factories import unit_user
from procurement.tests.factories import QualifiedBiddersNoticeFactory

pytestmark = pytest.mark.django_db


def post_new_law(client, category_page, form, action):
    client.force_login(unit_user("กม.", "editor"))
    data = {"title": "พระราชบัญญัติทดสอบ", "slug": "evidence-act", **form, action: "1"}
    url = reverse("wagtailadmin_pages:add", args=("categories", "lawpage", category_page("laws/acts").pk))
    return client.post(url, data)


def in_workflow(page) -> bool:
    return WorkflowState.objects.filter(object_id=str(page.pk)).exists()


def test_a_law_without_its_pdf_is_not_submitted_and_the_editor_reads_why_in_thai(client, category_page):
    response = post_new_law(client, category_page, LAW_FORM, "action-submit")
    assert response.status_code == 200
    assert "แนบตัวบทกฎหมาย (PDF) ก่อนส่งขออนุมัติ" in response.content.decode()
    assert not LawPage.objects.filter(slug="evidence-act").exists()


def test_a_law_draft_may_be_saved_without_its_pdf(client, category_page):
    response = post_new_law(client, category_page, LAW_FORM, "action-save")
    assert response.status_code == 302
    assert not in_workflow(LawPage.objects.get(slug="evidence-act"))


def test_a_law_with_its_pdf_is_submitted(client, category_page):
    assert post_new_law(client, category_page, with_evidence(LAW_FORM), "action-submit").status_code == 302
    assert in_workflow(LawPage.objects.get(slug="evidence-act"))


def attachment_of(document) -> list:
    return [("attachment", {"document": document, "label": ""})]


def test_a_notice_without_its_announcement_pdf_may_not_go_to_approval():
    notice = QualifiedBiddersNoticeFactory.build(attachments=[])
    assert "แนบประกาศที่ลงนามแล้ว (PDF) ก่อนส่งขออนุมัติ" in str(notice.submission_errors()["attachments"])


def test_a_notice_with_its_announcement_pdf_may_go_to_approval():
    notice = QualifiedBiddersNoticeFactory.build(attachments=attachment_of(DocumentFactory()))
    assert notice.submission_errors() == {}
