"""Production's settings module read inside a test, so that a test can run with the values production would
use (its mail backends, for one) instead of the test settings'."""

import importlib
import sys

PRODUCTION = "sso_site.settings.production"
REQUIRED_ENV = {"DJANGO_SECRET_KEY": "k" * 20 + "9Zq!x" * 10, "DJANGO_ALLOWED_HOSTS": "www.sso.go.th"}


def production_settings(monkeypatch, **env):
    """The production settings module as it is with ``env`` (plus the variables it requires) in the
    environment. It is imported afresh and not left in ``sys.modules``."""
    for name, value in {**REQUIRED_ENV, **env}.items():
        monkeypatch.setenv(name, value)
    sys.modules.pop(PRODUCTION, None)
    try:
        return importlib.import_module(PRODUCTION)
    finally:
        sys.modules.pop(PRODUCTION, None)
