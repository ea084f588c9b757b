import os
import subprocess
import sys

from django.conf import settings


def _check_deploy(extra_env):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "sso_site.settings.production", **extra_env}
    env.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deploy_check_without_warnings():
    result = _check_deploy({"DJANGO_SECRET_KEY": "k" * 20 + "9Zq!x" * 10, "DJANGO_ALLOWED_HOSTS": "www.sso.go.th"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = _check_deploy({"DJANGO_SECRET_KEY": "", "DJANGO_ALLOWED_HOSTS": "www.sso.go.th"})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr
