"""Signing in as a person does in the sign-in tests: the password on Wagtail's login form, then a code from an
authenticator app (computed here from the device's key, as the app would)."""

import time

from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "pw"  # governance.tests.factories.UserFactory's password


def authenticator(user, confirmed=True) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="authenticator", confirmed=confirmed)


def app_code(key: bytes, steps_ahead: int = 0) -> str:
    """The six digits an app shows now for ``key`` (or ``steps_ahead`` 30-second steps later)."""
    totp = TOTP(key)
    totp.time = time.time() + 30 * steps_ahead
    return f"{totp.token():06d}"


def sign_in(client, user, password=PASSWORD, next_url="/admin/", **extra):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": user.get_username(), "password": password, "next": next_url},
        **extra,
    )


def enter_code(client, code, next_url="/admin/"):
    return client.post(reverse("signin:verify"), {"code": code, "next": next_url})


def sign_in_with_code(client, user):
    """Password, then a code from a new authenticator of ``user``: a session with both factors."""
    device = authenticator(user)
    sign_in(client, user)
    response = enter_code(client, app_code(device.bin_key))
    assert response.status_code == 302, response.content.decode()[:2000]
    return device
