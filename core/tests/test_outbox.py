"""The outbox (core.outbox): mail is kept in the request's transaction, sent by the job, retried with back-off,
given up after the last attempt, and never sent twice by two senders."""

import datetime

import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.core.mail import EmailMultiAlternatives, send_mail
from django.db import transaction
from django.utils import timezone

from core import jobs, outbox
from core.models import OutboxMessage

pytestmark = pytest.mark.django_db

REFUSING = "core.tests.mail_backends.RefusingBackend"
LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture(autouse=True)
def outbox_backend(settings):
    settings.EMAIL_BACKEND = "core.outbox.OutboxBackend"
    settings.SSO_OUTBOX_DELIVERY_BACKEND = LOCMEM
    settings.SSO_OUTBOX_DELIVER_AT_ONCE = False
    return settings


def make_due():
    OutboxMessage.objects.update(next_attempt_at=timezone.now() - datetime.timedelta(seconds=1))


def test_sending_mail_only_queues_it(outbox_backend):
    send_mail("เรื่อง", "เนื้อความ", None, ["director@sso.example"])

    assert mail.outbox == []
    queued = OutboxMessage.objects.get()
    assert (queued.status, queued.subject, queued.recipients) == ("queued", "เรื่อง", "director@sso.example")


def test_the_job_sends_queued_mail_with_the_delivery_backend():
    send_mail("เรื่อง", "เนื้อความ", None, ["director@sso.example"])

    jobs.send_outbox()

    assert [(m.subject, m.body, m.to) for m in mail.outbox] == [("เรื่อง", "เนื้อความ", ["director@sso.example"])]
    assert OutboxMessage.objects.get().status == "sent"


def test_alternatives_attachments_and_headers_survive_the_queue():
    message = EmailMultiAlternatives(
        "รายงาน", "ข้อความ", "office@sso.example", ["a@sso.example"], cc=["b@sso.example"], bcc=["c@sso.example"],
        reply_to=["r@sso.example"], headers={"X-SSO": "1"},
    )  # fmt: skip
    message.attach_alternative("<p>ข้อความ</p>", "text/html")
    message.attach("รายงาน.pdf", b"%PDF-1.7 \x00\xff", "application/pdf")
    message.attach("note.txt", "บันทึก", "text/plain")
    message.send()

    jobs.send_outbox()

    sent = mail.outbox[0]
    assert (sent.subject, sent.from_email, sent.to, sent.cc, sent.bcc, sent.reply_to) == (
        "รายงาน", "office@sso.example", ["a@sso.example"], ["b@sso.example"], ["c@sso.example"], ["r@sso.example"],
    )  # fmt: skip
    assert sent.extra_headers == {"X-SSO": "1"}
    assert [tuple(a) for a in sent.alternatives] == [("<p>ข้อความ</p>", "text/html")]
    assert [tuple(a) for a in sent.attachments] == [
        ("รายงาน.pdf", b"%PDF-1.7 \x00\xff", "application/pdf"),
        ("note.txt", "บันทึก", "text/plain"),
    ]


def test_a_rolled_back_request_sends_nothing():
    with pytest.raises(RuntimeError), transaction.atomic():
        send_mail("เรื่อง", "เนื้อความ", None, ["director@sso.example"])
        raise RuntimeError("the request failed")

    assert not OutboxMessage.objects.exists()


def test_a_failed_attempt_keeps_the_message_with_its_error_and_backs_off(outbox_backend):
    outbox_backend.SSO_OUTBOX_DELIVERY_BACKEND = REFUSING
    send_mail("เรื่อง", "เนื้อความ", None, ["director@sso.example"])

    before = timezone.now()
    jobs.send_outbox()

    queued = OutboxMessage.objects.get()
    assert (queued.status, queued.attempts) == ("queued", 1)
    assert "SMTPException: 421 service not available" in queued.last_error
    assert queued.next_attempt_at >= before + datetime.timedelta(seconds=60)
    jobs.send_outbox()  # not due yet: no second attempt
    assert OutboxMessage.objects.get().attempts == 1


def test_the_wait_doubles_after_each_failure_up_to_a_ceiling():
    delays = [outbox.retry_delay(attempt).total_seconds() for attempt in range(1, 12)]

    assert delays[:5] == [60, 120, 240, 480, 960]
    assert max(delays) == django_settings.SSO_OUTBOX_RETRY_MAX_SECONDS


def test_a_message_is_marked_failed_after_the_last_attempt(outbox_backend):
    outbox_backend.SSO_OUTBOX_DELIVERY_BACKEND = REFUSING
    outbox_backend.SSO_OUTBOX_MAX_ATTEMPTS = 3
    send_mail("เรื่อง", "เนื้อความ", None, ["director@sso.example"])

    for _ in range(5):
        make_due()
        jobs.send_outbox()

    failed = OutboxMessage.objects.get()
    assert (failed.status, failed.attempts) == ("failed", 3)


def test_retry_now_sends_a_failed_message_once_the_server_is_back(outbox_backend):
    outbox_backend.SSO_OUTBOX_DELIVERY_BACKEND = REFUSING
    outbox_backend.SSO_OUTBOX_MAX_ATTEMPTS = 1
    send_mail("เรื่อง", "เนื้อความ", None, ["director@sso.example"])
    jobs.send_outbox()
    failed = OutboxMessage.objects.get()
    assert failed.status == "failed"

    outbox_backend.SSO_OUTBOX_DELIVERY_BACKEND = LOCMEM
    assert outbox.retry_now(failed.pk) is True

    assert OutboxMessage.objects.get().status == "sent"
    assert len(mail.outbox) == 1


def test_a_message_another_sender_holds_is_not_sent_again():
    send_mail("เรื่อง", "เนื้อความ", None, ["director@sso.example"])
    held = outbox._claim()  # the first server took it and is talking to the mail server

    assert outbox._claim() is None  # a second server finds nothing to send
    jobs.send_outbox()
    assert mail.outbox == []
    outbox._deliver(held)
    assert len(mail.outbox) == 1


def test_a_sender_that_died_leaves_the_message_to_be_taken_again():
    send_mail("เรื่อง", "เนื้อความ", None, ["director@sso.example"])
    outbox._claim()  # that server died before it sent the message
    OutboxMessage.objects.update(claimed_until=timezone.now() - datetime.timedelta(seconds=1))

    jobs.send_outbox()

    assert len(mail.outbox) == 1


def test_a_message_over_the_size_limit_is_kept_as_failed_without_failing_the_sender(outbox_backend):
    outbox_backend.SSO_OUTBOX_MAX_MESSAGE_BYTES = 1000
    message = EmailMultiAlternatives("ใหญ่", "x", None, ["a@sso.example"])
    message.attach("big.bin", b"\x00" * 5000, "application/octet-stream")

    assert message.send() == 1

    kept = OutboxMessage.objects.get()
    assert (kept.status, kept.payload) == ("failed", {})
    assert "too large" in kept.last_error


def test_deliver_at_once_sends_after_the_transaction_commits(outbox_backend, django_capture_on_commit_callbacks):
    outbox_backend.SSO_OUTBOX_DELIVER_AT_ONCE = True

    with django_capture_on_commit_callbacks(execute=True):
        send_mail("เรื่อง", "เนื้อความ", None, ["director@sso.example"])
        assert mail.outbox == []

    assert len(mail.outbox) == 1


def test_sent_messages_are_forgotten_after_the_keeping_period():
    send_mail("เรื่อง", "เนื้อความ", None, ["director@sso.example"])
    jobs.send_outbox()
    OutboxMessage.objects.update(sent_at=timezone.now() - datetime.timedelta(days=31))

    jobs.send_outbox()

    assert not OutboxMessage.objects.exists()


def test_the_outbox_job_runs_every_minute():
    assert ("* * * * *", "core.jobs.send_outbox") in django_settings.CRONJOBS


def test_every_environment_but_the_tests_queues_mail():
    from sso_site.settings import base

    assert base.EMAIL_BACKEND == "core.outbox.OutboxBackend"
