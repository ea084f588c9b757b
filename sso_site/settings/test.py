"""Test runs: fast hashing, in-memory e-mail, media in a temporary folder."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret-" + "x" * 40
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Django's test set-up puts the locmem backend in EMAIL_BACKEND (tests read django.core.mail.outbox); the outbox's
# own tests switch EMAIL_BACKEND back to core.outbox.OutboxBackend, which then delivers here.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SSO_OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# One process's memory: a test run is one process, every test starts with it emptied (conftest), even tests
# without database access, and the query budgets count only the pages' own queries. A REDIS_URL in the
# environment is ignored (clearing a Redis cache empties its whole database number). The shared caches'
# own tests (sso_site/tests/test_shared_state.py) switch to the database or Redis.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
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

# Scheduled jobs' locks (core/job_lock.py): PostgreSQL's advisory lock on PostgreSQL, else files in a temporary
# folder (a REDIS_URL in the environment is ignored, as for the cache).
SSO_JOB_LOCK = "postgres" if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" else "file"  # noqa: F405
SSO_JOB_LOCK_DIR = tempfile.mkdtemp(prefix="sso-test-job-locks-")
