"""`make run` prints a login a newcomer can use: the admin must pass the second factor, so the command gives it
single-use backup codes and prints one, which the real sign-in screens accept."""

import io
import re

import pytest
from django.core.management import call_command
from django.urls import reverse

from demo.management.commands import ensure_demo_admin


@pytest.fixture
def local_files(tmp_path, monkeypatch, settings):
    settings.DEBUG = True
    settings.SSO_OTP_ENFORCED = True
    monkeypatch.setattr(ensure_demo_admin, "CREDENTIALS_FILE", tmp_path / "admin-credentials")
    monkeypatch.setattr(ensure_demo_admin, "BACKUP_CODES_FILE", tmp_path / "admin-backup-codes")
    return tmp_path


@pytest.mark.django_db
def test_the_printed_login_and_backup_code_get_a_newcomer_into_the_admin(client, local_files):
    out = io.StringIO()
    call_command("ensure_demo_admin", stdout=out)
    printed = out.getvalue()
    password = re.search(r"password: (\S+)", printed).group(1)
    code = re.search(r"backup code (\S+)", printed).group(1)
    client.post(reverse("wagtailadmin_login"), {"username": "admin", "password": password})
    assert client.get(reverse("wagtailadmin_home")).status_code == 302
    verified = client.post(reverse("signin:verify"), {"code": code, "next": "/admin/"})
    assert verified.status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
