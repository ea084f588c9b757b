"""Lockout after failed passwords (django-axes, database handler) through Wagtail's real login form: per account
and per address, shared through the database, a Thai refusal, unlock by an account administrator, audit log."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry

from governance.access.roles import ACCOUNT_ADMINS
from governance.signin import audit
from governance.tests.factories import office_user, unit_user
from governance.tests.signin.helpers import sign_in

pytestmark = pytest.mark.django_db

LOCKED_TEXT = "ถูกล็อก"


def _client(address):
    return Client(REMOTE_ADDR=address)


def _signed_in(client) -> bool:
    return client.get("/admin/").status_code == 200


@pytest.fixture
def director():
    return unit_user("กม.", "director")


def test_thirty_wrong_passwords_from_two_clients_lock_the_account_and_the_right_one_is_refused_in_thai(director):
    first, second = _client("198.51.100.1"), _client("198.51.100.2")
    for attempt in range(30):
        sign_in(first if attempt % 2 else second, director, password=f"wrong-{attempt}")
    # The count lives in the database, shared by every process: both addresses' failures are on record there.
    rows = AccessAttempt.objects.filter(username=director.username)
    assert set(rows.values_list("ip_address", flat=True)) == {"198.51.100.1", "198.51.100.2"}
    # A third client (another process, another address) with the right password is refused, in Thai.
    third = _client("198.51.100.3")
    response = sign_in(third, director)
    assert response.status_code == 429
    assert LOCKED_TEXT in response.content.decode()
    assert not _signed_in(third)


def test_the_lock_begins_at_the_failure_limit_not_before(director, settings):
    client = _client("198.51.100.4")
    for attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, director, password=f"wrong-{attempt}")
    assert sign_in(client, director).status_code == 302
    assert _signed_in(client)


def test_one_address_trying_many_accounts_is_locked_for_every_account(settings):
    client = _client("198.51.100.5")
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, unit_user("กม.", "editor"), password="wrong")
    innocent = unit_user("กค.", "editor")
    assert sign_in(client, innocent).status_code == 429
    assert sign_in(_client("198.51.100.6"), innocent).status_code == 302


def test_the_lock_ends_after_the_cooloff_time(director, settings):
    client = _client("198.51.100.7")
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, director, password="wrong")
    assert sign_in(client, director).status_code == 429
    AccessAttempt.objects.update(attempt_time=datetime.datetime.now(datetime.UTC) - settings.AXES_COOLOFF_TIME)
    assert sign_in(client, director).status_code == 302


def test_the_start_of_a_lock_is_written_once_to_the_accounts_audit_log(director, settings):
    client = _client("198.51.100.8")
    for _attempt in range(settings.AXES_FAILURE_LIMIT + 5):
        sign_in(client, director, password="wrong")
    entries = ModelLogEntry.objects.filter(action=audit.LOCKED_OUT, object_id=str(director.pk))
    assert entries.count() == 1
    assert entries.get().data["ip_address"] == "198.51.100.8"


def test_an_account_administrator_sees_and_unlocks_an_account_and_it_is_logged(director, settings):
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(_client(f"198.51.100.{20 + attempt}"), director, password="wrong")
    admin = office_user(ACCOUNT_ADMINS)
    admin_client = Client()
    admin_client.force_login(admin)
    assert director.username in admin_client.get(reverse("sign_in_locks:index")).content.decode()
    response = admin_client.post(reverse("sign_in_locks:unlock"), {"kind": "username", "value": director.username})
    assert response.status_code == 302
    assert sign_in(_client("198.51.100.50"), director).status_code == 302
    entry = ModelLogEntry.objects.get(action=audit.UNLOCKED, object_id=str(director.pk))
    assert entry.user_id == admin.pk


def test_an_account_administrator_unlocks_an_address(settings):
    client = _client("198.51.100.60")
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, unit_user("กม.", "editor"), password="wrong")
    admin_client = Client()
    admin_client.force_login(office_user(ACCOUNT_ADMINS))
    assert "198.51.100.60" in admin_client.get(reverse("sign_in_locks:index")).content.decode()
    admin_client.post(reverse("sign_in_locks:unlock"), {"kind": "ip_address", "value": "198.51.100.60"})
    assert sign_in(client, unit_user("กค.", "editor")).status_code == 302


@pytest.mark.parametrize("role", ["editor", "director"])
def test_nobody_but_account_administrators_unlocks(director, settings, role):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(_client("198.51.100.70"), director, password="wrong")
    client = Client()
    client.force_login(unit_user("กม.", role))
    client.post(reverse("sign_in_locks:unlock"), {"kind": "username", "value": director.username})
    assert sign_in(_client("198.51.100.71"), director).status_code == 429


def test_a_forged_forwarded_for_header_does_not_escape_the_address_lock(settings):
    client = _client("198.51.100.80")
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, unit_user("กม.", "editor"), password="wrong", HTTP_X_FORWARDED_FOR=f"203.0.113.{attempt}")
    assert sign_in(client, unit_user("กค.", "editor"), HTTP_X_FORWARDED_FOR="203.0.113.99").status_code == 429


def test_the_django_admin_login_is_gone(client):
    assert client.get("/django-admin/login/").status_code == 404
    assert client.post("/django-admin/login/", {"username": "x", "password": "y"}).status_code == 404
