"""Test runs: fast hashing, in-memory e-mail, media in a temporary folder."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret-" + "x" * 40
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="sso-test-media-")
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Static files come from the finders; there is no collectstatic folder outside production.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True

SSO_PRIVATE_MEDIA_ROOT = tempfile.mkdtemp(prefix="sso-test-private-")

# The traffic log's tests switch it on (and write each record at once); elsewhere its queries would blur the
# query budgets that the other tests guard.
SSO_TRAFFIC_LOG_ENABLED = False
SSO_TRAFFIC_LOG_SYNC = True

# Demo content and accounts (manage.py load_demo_content); production does not install them.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

# The second factor is enforced only where a test switches it on (settings.SSO_OTP_ENFORCED = True): the other
# tests sign in with force_login and test what comes after.
SSO_OTP_ENFORCED = False
