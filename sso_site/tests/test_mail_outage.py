"""A mail outage loses no work (issue 14, item 8): with production's mail settings and the SMTP server refusing
connections, the request that sends mail still succeeds and commits, and the mail goes out once SMTP is back."""

import email
import smtplib

import pytest
from wagtail.models import TaskState

from categories.models import LawPage
from core import jobs
from core.models import OutboxMessage
from governance.tests.admin_actions import LAW_FORM, create_in_admin, workflow_action, workflow_in_progress
from governance.tests.factories import unit_user
from governance.tests.upkeep.test_site_issues import public_report
from governance.upkeep.models import SiteIssue
from sso_site.tests.production_settings import production_settings

pytestmark = pytest.mark.django_db

COMMENT = "ตรวจแล้ว ถูกต้องตามราชกิจจานุเบกษา"


class SMTPServer:
    """Stands in for ``smtplib.SMTP``: refuses connections while ``down``, otherwise keeps what it is sent."""

    down = True
    sent: list[tuple[str, list[str], bytes]] = []

    def __init__(self, host="", port=0, *args, **kwargs):
        if SMTPServer.down:
            raise ConnectionRefusedError(111, "Connection refused")

    def ehlo_or_helo_if_needed(self):
        pass

    def starttls(self, *args, **kwargs):
        pass

    def login(self, *args, **kwargs):
        pass

    def sendmail(self, from_addr, to_addrs, msg, *args, **kwargs):
        SMTPServer.sent.append((from_addr, list(to_addrs), msg))
        return {}

    def quit(self):
        pass

    def close(self):
        pass


@pytest.fixture
def smtp_down(monkeypatch, settings):
    """Production's mail settings (whatever they are), with the SMTP server unreachable."""
    production = production_settings(monkeypatch)
    settings.EMAIL_BACKEND = production.EMAIL_BACKEND
    for name in ("SSO_OUTBOX_DELIVERY_BACKEND", "EMAIL_USE_TLS", "EMAIL_HOST", "EMAIL_PORT"):
        if hasattr(production, name):
            setattr(settings, name, getattr(production, name))
    SMTPServer.down, SMTPServer.sent = True, []
    monkeypatch.setattr(smtplib, "SMTP", SMTPServer)
    return SMTPServer


def send_queued_mail():
    jobs.send_outbox()


def test_approve_with_comment_succeeds_while_smtp_is_down(client, category_page, smtp_down):
    editor = unit_user("กม.", "editor", email="editor@sso.example")
    director = unit_user("กม.", "director", email="director@sso.example")
    page = create_in_admin(client, editor, category_page("laws/acts"), LawPage, "smtp-down", LAW_FORM, "action-submit")

    response = workflow_action(client, director, page, "approve", comment=COMMENT)

    assert response.status_code == 302
    assert workflow_in_progress(page).current_task_state.task.specific.stage == "checker"
    approved = TaskState.objects.get(workflow_state__object_id=str(page.pk), comment=COMMENT)
    assert approved.status == TaskState.STATUS_APPROVED


def test_the_approval_comment_is_sent_when_smtp_returns(client, category_page, smtp_down):
    editor = unit_user("กม.", "editor", email="editor@sso.example")
    director = unit_user("กม.", "director", email="director@sso.example")
    page = create_in_admin(client, editor, category_page("laws/acts"), LawPage, "smtp-back", LAW_FORM, "action-submit")
    workflow_action(client, director, page, "approve", comment=COMMENT)
    send_queued_mail()  # SMTP still down: the mail stays queued
    assert smtp_down.sent == []

    smtp_down.down = False
    OutboxMessage.objects.update(next_attempt_at=None)  # the back-off has passed
    send_queued_mail()

    to_editor = [raw for _, to, raw in smtp_down.sent if "editor@sso.example" in to]
    assert to_editor and COMMENT in email.message_from_bytes(to_editor[0]).get_payload(decode=True).decode()


def test_a_public_problem_report_is_thanked_while_smtp_is_down(
    client, live_law, monkeypatch, smtp_down, django_capture_on_commit_callbacks
):
    unit_user("กม.", "director", email="director@sso.example")

    # The director is e-mailed once the new issue commits; in production that runs inside the request.
    with django_capture_on_commit_callbacks(execute=True):
        response = public_report(client, live_law, monkeypatch)

    assert response.status_code == 200 and response.context["sent"]
    assert SiteIssue.objects.count() == 1
    assert OutboxMessage.objects.filter(recipients__contains="director@sso.example", status="queued").exists()
