"""E-mails rendered from templates: ``<template>_subject.txt`` and ``<template>.txt`` (e.g.
``governance/requests/email/sla_reminder``), with the admin's address in the context as ``base_url``."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string


def send_templated_mail(template: str, context: dict, recipients) -> None:
    context = {"base_url": settings.WAGTAILADMIN_BASE_URL, **context}
    send_mail(
        render_to_string(f"{template}_subject.txt", context).strip(),
        render_to_string(f"{template}.txt", context),
        None,
        list(recipients),
    )
