"""Local development: debug on, a fixed throw-away key, e-mail to the console."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-not-secret-" + "x" * 40
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
# Mail is queued as in production (see the admin's outgoing e-mail list) and printed once its transaction commits.
SSO_OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"
SSO_OUTBOX_DELIVER_AT_ONCE = True

# Static files come from the finders; there is no collectstatic folder outside production.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True

# Demo content and accounts (manage.py load_demo_content); production does not install them.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
