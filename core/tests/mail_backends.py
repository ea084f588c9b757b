"""Delivery backends for the outbox's tests: a mail server that is down, and one that is up (Django's locmem)."""

import smtplib

from django.core.mail.backends.base import BaseEmailBackend


class RefusingBackend(BaseEmailBackend):
    """The SMTP server refuses every message."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPException("421 service not available")
