"""Outgoing e-mail through a table, so that a mail outage never fails a request nor loses its work.

``OutboxBackend`` (``EMAIL_BACKEND``) stores each message as an ``OutboxMessage`` row in the transaction of the
request that sends it: the request commits whatever the mail server does, and a request that rolls back sends
nothing. ``send_due`` (run every minute by ``core.jobs.send_outbox``) hands the due messages to the real backend
(``SSO_OUTBOX_DELIVERY_BACKEND``, SMTP in production); a failure is kept as the message's last error and the
message is tried again after 1, 2, 4 … minutes (at most ``SSO_OUTBOX_RETRY_MAX_SECONDS`` apart) until
``SSO_OUTBOX_MAX_ATTEMPTS`` attempts have failed, when it is marked failed for สบท. to see and retry in the admin.

Two servers running the job never send one message twice: a sender claims a message by a conditional update
(and, on PostgreSQL, ``SELECT … FOR UPDATE SKIP LOCKED``), and sends it outside any transaction, so a slow mail
server holds no database lock. A sender that dies mid-send leaves a claim that expires after
``CLAIM_SECONDS``; that message may then be sent twice, which beats losing it.
"""

import base64
import datetime
import json
import logging
from email.mime.base import MIMEBase

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from core.models import OutboxMessage

logger = logging.getLogger(__name__)

CLAIM_SECONDS = 600
Status = OutboxMessage.Status


def _setting(name: str, default):
    return getattr(settings, name, default)


# Storing


def _content(value) -> dict:
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    return {"text": value}


def _read_content(value: dict):
    return base64.b64decode(value["base64"]) if "base64" in value else value["text"]


def _attachment(attachment) -> list:
    if isinstance(attachment, MIMEBase):
        return [attachment.get_filename(), _content(attachment.get_payload(decode=True)), attachment.get_content_type()]
    filename, content, mimetype = attachment
    return [filename, _content(content), mimetype]


def serialise(message: EmailMessage) -> dict:
    """Everything ``deserialise`` needs to build the message again, as JSON-safe values."""
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": {str(name): str(value) for name, value in (message.extra_headers or {}).items()},
        "content_subtype": message.content_subtype,
        "mixed_subtype": message.mixed_subtype,
        "alternatives": [[str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])],
        "attachments": [_attachment(attachment) for attachment in message.attachments],
    }


def deserialise(data: dict) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        alternatives=[tuple(alternative) for alternative in data["alternatives"]],
    )
    message.content_subtype = data["content_subtype"]
    message.mixed_subtype = data["mixed_subtype"]
    for filename, content, mimetype in data["attachments"]:
        message.attach(filename, _read_content(content), mimetype)
    return message


def queue(message: EmailMessage) -> OutboxMessage:
    """Store ``message``; one larger than ``SSO_OUTBOX_MAX_MESSAGE_BYTES`` is kept as failed, without its
    content, so that it shows in the admin instead of failing the request."""
    payload = serialise(message)
    size = len(json.dumps(payload))
    recipients = ", ".join([*message.to, *message.cc, *message.bcc])
    row = OutboxMessage(subject=payload["subject"][:998], recipients=recipients, payload=payload, size=size)
    limit = _setting("SSO_OUTBOX_MAX_MESSAGE_BYTES", 20 * 1024 * 1024)
    if size > limit:
        row.payload, row.status = {}, Status.FAILED
        row.last_error = f"message too large to keep: {size} bytes (limit {limit})"
        logger.error("outbox: %s", row.last_error)
    row.save()
    return row


class OutboxBackend(BaseEmailBackend):
    """``EMAIL_BACKEND``: queues messages instead of sending them (see the module's docstring)."""

    def send_messages(self, email_messages):
        rows = [queue(message) for message in email_messages]
        if rows and _setting("SSO_OUTBOX_DELIVER_AT_ONCE", False):
            ids = [row.pk for row in rows if row.status == Status.QUEUED]
            transaction.on_commit(lambda: [send_one(pk) for pk in ids])
        return len(rows)


# Sending


def retry_delay(attempts: int) -> datetime.timedelta:
    """After the ``attempts``-th failure: 1, 2, 4, 8 … minutes, at most ``SSO_OUTBOX_RETRY_MAX_SECONDS``."""
    base = _setting("SSO_OUTBOX_RETRY_BASE_SECONDS", 60)
    ceiling = _setting("SSO_OUTBOX_RETRY_MAX_SECONDS", 6 * 3600)
    return datetime.timedelta(seconds=min(ceiling, base * 2 ** max(0, attempts - 1)))


def _due(now):
    waiting = Q(status=Status.QUEUED) & (Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
    abandoned = Q(status=Status.SENDING, claimed_until__lt=now)
    return OutboxMessage.objects.filter(waiting | abandoned)


def _claim(pk: int | None = None) -> OutboxMessage | None:
    """Take the oldest due message (or message ``pk`` if due) for this sender; None when there is none."""
    while True:
        now = timezone.now()
        candidates = _due(now).order_by("created_at", "pk")
        if pk is not None:
            candidates = candidates.filter(pk=pk)
        with transaction.atomic():
            if connection.features.has_select_for_update_skip_locked:
                candidates = candidates.select_for_update(skip_locked=True)
            row = candidates.only("pk", "status", "attempts").first()
            if row is None:
                return None
            taken = OutboxMessage.objects.filter(pk=row.pk, status=row.status, attempts=row.attempts).update(
                status=Status.SENDING,
                claimed_until=now + datetime.timedelta(seconds=CLAIM_SECONDS),
                attempts=F("attempts") + 1,
            )
        if taken:
            return OutboxMessage.objects.get(pk=row.pk)
        # Another sender took it between our read and our update: look again.


def _deliver(row: OutboxMessage) -> bool:
    now = timezone.now()
    try:
        backend = get_connection(_setting("SSO_OUTBOX_DELIVERY_BACKEND", settings.EMAIL_BACKEND), fail_silently=False)
        backend.send_messages([deserialise(row.payload)])
    except Exception as error:  # whatever the mail server or the network did, the message is kept
        row.last_error = f"{type(error).__name__}: {error}"[:2000]
        if row.attempts >= _setting("SSO_OUTBOX_MAX_ATTEMPTS", 12):
            row.status, row.next_attempt_at = Status.FAILED, None
            logger.error("outbox: message %s failed %s times, given up: %s", row.pk, row.attempts, row.last_error)
        else:
            row.status, row.next_attempt_at = Status.QUEUED, now + retry_delay(row.attempts)
            logger.warning("outbox: message %s not sent (attempt %s): %s", row.pk, row.attempts, row.last_error)
        sent = False
    else:
        row.status, row.sent_at, row.next_attempt_at = Status.SENT, now, None
        sent = True
    row.claimed_until = None
    row.save(update_fields=["status", "sent_at", "next_attempt_at", "claimed_until", "last_error"])
    return sent


def send_one(pk: int) -> bool | None:
    """Send message ``pk`` now if it is due and nobody else is sending it: True sent, False failed, None not due."""
    row = _claim(pk)
    return None if row is None else _deliver(row)


def send_due(limit: int = 500) -> tuple[int, int]:
    """Send up to ``limit`` due messages, oldest first: (sent, failed)."""
    sent = failed = 0
    for _ in range(limit):
        row = _claim()
        if row is None:
            break
        if _deliver(row):
            sent += 1
        else:
            failed += 1
    return sent, failed


def retry_now(pk: int) -> bool | None:
    """The admin's "retry now": make a queued or failed message due at once and try it. A failed message gets
    one more attempt (it is marked failed again if that fails too)."""
    OutboxMessage.objects.filter(pk=pk, status__in=[Status.QUEUED, Status.FAILED]).exclude(payload={}).update(
        status=Status.QUEUED, next_attempt_at=None
    )
    return send_one(pk)


def purge_sent(days: int | None = None) -> int:
    """Delete messages sent more than ``days`` (``SSO_OUTBOX_KEEP_SENT_DAYS``) ago."""
    days = _setting("SSO_OUTBOX_KEEP_SENT_DAYS", 30) if days is None else days
    cutoff = timezone.now() - datetime.timedelta(days=days)
    return OutboxMessage.objects.filter(status=Status.SENT, sent_at__lt=cutoff).delete()[0]
