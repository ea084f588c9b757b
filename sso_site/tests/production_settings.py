"""Production's settings module read inside a test, so that a test can run with the values production would
use (its mail backends and caches, for example) instead of the test settings'."""

import importlib
import sys

PRODUCTION = "sso_site.settings.production"
BASE = "sso_site.settings.base"
REQUIRED_ENV = {"DJANGO_SECRET_KEY": "k" * 20 + "9Zq!x" * 10, "DJANGO_ALLOWED_HOSTS": "www.sso.go.th"}


def production_settings(monkeypatch, **env):
    """The production settings module as it is with ``env`` (plus the variables it requires) in the
    environment. It and the base module are imported afresh; the running settings are not touched."""
    for name, value in {**REQUIRED_ENV, **env}.items():
        monkeypatch.setenv(name, value)
    saved_base = sys.modules.pop(BASE, None)
    sys.modules.pop(PRODUCTION, None)
    try:
        return importlib.import_module(PRODUCTION)
    finally:
        sys.modules.pop(PRODUCTION, None)
        if saved_base is not None:
            sys.modules[BASE] = saved_base
