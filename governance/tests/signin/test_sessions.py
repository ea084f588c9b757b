"""The admin session's limits and logout, through the real views: idle and absolute timeouts, GET does not sign
out (nor half sign out), POST ends the server session, and the production cookie settings."""

import os
import subprocess
import sys
import time

import pytest
from django.conf import settings as django_settings
from django.contrib.sessions.backends.db import SessionStore
from django.test import Client
from django.urls import reverse

from governance.signin.sessions import LAST_SEEN_AT, SIGNED_IN_AT
from governance.tests.factories import unit_user
from governance.tests.signin.helpers import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    sign_in(client, unit_user("กม.", "editor"))
    assert client.get("/admin/").status_code == 200
    return client


def _shift_session(client, **seconds_ago):
    session = client.session
    now = time.time()
    for key, ago in seconds_ago.items():
        session[key] = now - ago
    session.save()


def test_a_get_to_logout_asks_first_and_leaves_the_session_and_cookie_alone(editor_client):
    response = editor_client.get(reverse("wagtailadmin_logout"))
    assert response.status_code == 200
    assert 'method="post"' in response.content.decode()
    cookie = response.cookies.get(django_settings.SESSION_COOKIE_NAME)
    assert cookie is None or cookie.value  # not deleted: the browser and the server still agree
    assert editor_client.get("/admin/").status_code == 200


def test_a_post_to_logout_ends_the_server_session(editor_client):
    old_key = editor_client.cookies[django_settings.SESSION_COOKIE_NAME].value
    response = editor_client.post(reverse("wagtailadmin_logout"))
    assert response.status_code == 302
    assert not SessionStore().exists(old_key)
    stolen = Client()
    stolen.cookies[django_settings.SESSION_COOKIE_NAME] = old_key
    assert stolen.get("/admin/").status_code == 302  # to the login page


def test_an_admin_session_idle_past_the_limit_ends(editor_client, settings):
    old_key = editor_client.session.session_key
    _shift_session(editor_client, **{LAST_SEEN_AT: settings.SSO_ADMIN_IDLE_TIMEOUT_SECONDS + 5})
    response = editor_client.get("/admin/pages/")
    assert response.status_code == 302 and response.url.startswith(reverse("wagtailadmin_login"))
    assert not SessionStore().exists(old_key)
    assert editor_client.get("/admin/").status_code == 302


def test_a_session_in_use_stays_within_the_idle_limit(editor_client, settings):
    _shift_session(editor_client, **{LAST_SEEN_AT: settings.SSO_ADMIN_IDLE_TIMEOUT_SECONDS - 30})
    assert editor_client.get("/admin/").status_code == 200
    assert time.time() - editor_client.session[LAST_SEEN_AT] < 5  # the use moved the clock on


def test_a_busy_session_still_ends_at_its_absolute_maximum(editor_client, settings):
    _shift_session(editor_client, **{SIGNED_IN_AT: settings.SSO_SESSION_MAX_AGE_SECONDS + 5, LAST_SEEN_AT: 1})
    response = editor_client.get("/admin/")
    assert response.status_code == 302 and response.url.startswith(reverse("wagtailadmin_login"))


def test_the_idle_limit_defaults_to_thirty_minutes_and_the_maximum_to_twelve_hours():
    assert django_settings.SSO_ADMIN_IDLE_TIMEOUT_SECONDS == 30 * 60
    assert django_settings.SSO_SESSION_MAX_AGE_SECONDS == 12 * 60 * 60
    assert django_settings.SESSION_COOKIE_AGE == django_settings.SSO_SESSION_MAX_AGE_SECONDS


PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "sso_site.settings.production",
    "DJANGO_SECRET_KEY": "p" * 20 + "-not-a-real-secret-but-long-enough-" + "q" * 20,
    "DJANGO_ALLOWED_HOSTS": "www.sso.go.th",
    # Never connected to (the check does not open the database); a server database, as production has.
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/sso_check_only",
}


def _production(code: str) -> subprocess.CompletedProcess:
    env = {**os.environ, **PRODUCTION_ENV}
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); from django.conf import settings as s; {code}"],
        env=env,
        capture_output=True,
        text=True,
        cwd=django_settings.BASE_DIR,
        timeout=120,
    )


def test_production_session_cookies_are_secure_http_only_and_same_site_lax():
    result = _production(
        "print(s.SESSION_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.SESSION_COOKIE_SAMESITE, s.SSO_OTP_ENFORCED)"
    )
    assert result.stdout.split() == ["True", "True", "Lax", "True"], result.stderr


def test_the_deployment_check_is_clean_with_production_settings():
    env = {**os.environ, **PRODUCTION_ENV}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        cwd=django_settings.BASE_DIR,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
