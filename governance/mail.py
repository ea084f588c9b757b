"""E-mails the governance features send: a subject and a body rendered from ``governance/email/<name>_subject.txt``
and ``governance/email/<name>.txt``, with the admin's address in the context as ``base_url``."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string


def send_templated_mail(name: str, context: dict, recipients) -> None:
    context = {"base_url": settings.WAGTAILADMIN_BASE_URL, **context}
    send_mail(
        render_to_string(f"governance/email/{name}_subject.txt", context).strip(),
        render_to_string(f"governance/email/{name}.txt", context),
        None,
        list(recipients),
    )
