"""Outgoing e-mail in the admin: สบท. sees what is queued, sent and failed, with attempts and the last error, and
retries a message; nobody else sees the list (it holds names, addresses and page titles)."""

import pytest
from django.core import mail
from django.core.mail import send_mail
from django.urls import reverse

from core import jobs
from core.models import OutboxMessage
from governance.access.roles import ACCOUNT_ADMINS, TRAFFIC_AUDITORS
from governance.tests.factories import office_user, unit_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def failed_mail(settings):
    settings.EMAIL_BACKEND = "core.outbox.OutboxBackend"
    settings.SSO_OUTBOX_DELIVERY_BACKEND = "core.tests.mail_backends.RefusingBackend"
    settings.SSO_OUTBOX_MAX_ATTEMPTS = 1
    send_mail("แจ้งผลการอนุมัติ", "อนุมัติแล้ว", None, ["editor@sso.example"])
    jobs.send_outbox()
    return OutboxMessage.objects.get()


@pytest.fixture
def it_admin():
    return office_user(ACCOUNT_ADMINS)


def test_it_staff_see_a_failed_mail_with_its_attempts_and_error(client, failed_mail, it_admin):
    client.force_login(it_admin)

    response = client.get(reverse("outbox:index"), {"status": "failed"})

    assert response.status_code == 200
    page = response.content.decode()
    assert "แจ้งผลการอนุมัติ" in page and "editor@sso.example" in page
    assert "421 service not available" in page


def test_it_staff_retry_a_failed_mail_once_the_server_is_back(client, failed_mail, it_admin, settings):
    settings.SSO_OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    client.force_login(it_admin)

    response = client.post(reverse("outbox:retry", args=[failed_mail.pk]))

    assert response.status_code == 302
    failed_mail.refresh_from_db()
    assert failed_mail.status == "sent"
    assert [m.to for m in mail.outbox] == [["editor@sso.example"]]


def test_retry_now_answers_only_a_post(client, failed_mail, it_admin):
    client.force_login(it_admin)

    assert client.get(reverse("outbox:retry", args=[failed_mail.pk])).status_code == 405
    failed_mail.refresh_from_db()
    assert failed_mail.attempts == 1


@pytest.mark.parametrize(
    "make_user",
    [
        lambda: unit_user("กม.", "editor"),
        lambda: unit_user("กม.", "director"),
        lambda: unit_user("ศสน.", "checker"),
        lambda: office_user(TRAFFIC_AUDITORS),
    ],
    ids=["editor", "director", "checker", "traffic-auditor"],
)
def test_other_staff_can_neither_see_nor_retry_mail(client, failed_mail, make_user):
    client.force_login(make_user())

    assert client.get(reverse("outbox:index")).status_code == 403
    assert client.get(reverse("outbox:detail", args=[failed_mail.pk])).status_code == 403
    assert client.post(reverse("outbox:retry", args=[failed_mail.pk])).status_code == 403
    failed_mail.refresh_from_db()
    assert failed_mail.attempts == 1


def test_the_menu_shows_outgoing_email_to_it_staff_only(client, it_admin):
    client.force_login(it_admin)
    assert reverse("outbox:index") in client.get(reverse("wagtailadmin_home")).content.decode()

    client.force_login(unit_user("กม.", "director"))
    assert reverse("outbox:index") not in client.get(reverse("wagtailadmin_home")).content.decode()
