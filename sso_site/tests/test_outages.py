"""Graceful outages (issue 14, item 11): a Thai 503 page with Retry-After when the database cannot be reached,
SQLite never creating a missing database in production, and health endpoints for load balancers."""

import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from governance.traffic.models import TrafficRecord
from sso_site.tests.production_settings import production_settings

# Requests made in another Python process whose database is out of reach; prints one JSON line per request.
REQUESTS = """
import json, os, sys
import django
django.setup()
from django.test import Client
client = Client(raise_request_exception=False)
for path in sys.argv[1:]:
    response = client.get(path, secure=True, HTTP_HOST=os.environ.get("PROBE_HOST", "testserver"))
    print(json.dumps({"path": path, "status": response.status_code, "retry_after": response.get("Retry-After"),
                      "cache_control": response.get("Cache-Control"), "body": response.content.decode()}))
"""
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "sso_site.settings.production",
    "DJANGO_SECRET_KEY": "k" * 20 + "9Zq!x" * 10,
    "DJANGO_ALLOWED_HOSTS": "www.sso.go.th",
    "PROBE_HOST": "www.sso.go.th",
}


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens there once the probe is closed


def get_in_another_process(env: dict, *paths: str) -> dict[str, dict]:
    result = subprocess.run(
        [sys.executable, "-c", REQUESTS, *paths],
        cwd=django_settings.BASE_DIR, env={**os.environ, **env}, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return {answer["path"]: answer for answer in answers}


@pytest.fixture(scope="module")
def postgres_down():
    """Pages asked of a site whose PostgreSQL does not answer (nothing listens on its port)."""
    env = {
        "DJANGO_SETTINGS_MODULE": "sso_site.settings.test",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{closed_port()}/sso",
    }
    return get_in_another_process(env, "/", "/admin/login/", "/-/live/", "/-/ready/")


def test_the_public_site_answers_a_thai_503_page_when_the_database_is_down(postgres_down):
    home = postgres_down["/"]

    assert home["status"] == 503
    assert home["retry_after"] == str(django_settings.SSO_RETRY_AFTER_SECONDS)
    assert "เว็บไซต์ไม่สามารถให้บริการได้ชั่วคราว" in home["body"]
    assert "no-store" in home["cache_control"]


def test_the_admin_answers_503_when_the_database_is_down(postgres_down):
    assert postgres_down["/admin/login/"]["status"] == 503


def test_liveness_holds_and_readiness_fails_when_the_database_is_down(postgres_down):
    live = postgres_down["/-/live/"]
    assert (live["status"], json.loads(live["body"])) == (200, {"status": "ok"})
    ready = postgres_down["/-/ready/"]
    assert ready["status"] == 503
    assert json.loads(ready["body"])["checks"]["database"] == "fail"


def test_production_does_not_create_a_missing_sqlite_database(tmp_path):
    missing = tmp_path / "lost-volume" / "db.sqlite3"
    missing.parent.mkdir()
    env = {**PRODUCTION_ENV, "DATABASE_URL": f"sqlite:///{missing}"}

    answers = get_in_another_process(env, "/", "/-/ready/")

    assert not missing.exists()
    assert answers["/"]["status"] == 503
    assert answers["/-/ready/"]["status"] == 503


def test_production_opens_an_existing_sqlite_database(tmp_path):
    existing = tmp_path / "db.sqlite3"
    existing.touch()
    env = {**PRODUCTION_ENV, "DATABASE_URL": f"sqlite:///{existing}"}

    answers = get_in_another_process(env, "/-/ready/")

    assert json.loads(answers["/-/ready/"]["body"])["checks"]["database"] == "ok"


def test_a_database_error_that_is_no_outage_stays_a_500(client, settings):
    settings.ROOT_URLCONF = "sso_site.tests.failing_urls"
    client.raise_request_exception = False

    response = client.get("/locked/")

    assert response.status_code == 500
    assert "Retry-After" not in response


@pytest.mark.django_db
def test_liveness_answers_without_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/-/live/")

    assert response.json() == {"status": "ok"}
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_readiness_checks_database_cache_and_media_disk(client):
    response = client.get("/-/ready/")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok", "media_disk": "ok"}}
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_readiness_fails_when_the_media_disk_is_nearly_full(client, settings):
    settings.SSO_READY_MIN_FREE_MEDIA_BYTES = 10**18

    response = client.get("/-/ready/")

    assert response.status_code == 503
    assert response.json()["checks"]["media_disk"] == "fail"


@pytest.mark.django_db
def test_readiness_fails_when_the_cache_is_unreachable(client, settings):
    settings.CACHES = {
        "default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": f"redis://127.0.0.1:{closed_port()}/5"}
    }

    response = client.get("/-/ready/")

    assert response.status_code == 503
    assert response.json()["checks"]["cache"] == "fail"


@pytest.mark.django_db
def test_health_probes_are_not_written_to_the_traffic_log(client, settings):
    settings.SSO_TRAFFIC_LOG_ENABLED = True
    client.get("/-/live/")
    client.get("/-/ready/")
    assert TrafficRecord.objects.count() == 0

    client.get("/robots.txt")
    assert TrafficRecord.objects.count() == 1


def test_health_endpoints_are_exempt_from_the_https_redirect(monkeypatch):
    exempt = production_settings(monkeypatch).SECURE_REDIRECT_EXEMPT

    assert all(any(re.search(pattern, path.lstrip("/")) for pattern in exempt) for path in ("/-/live/", "/-/ready/"))
    assert not any(re.search(pattern, "admin/") for pattern in exempt)


def test_the_503_page_needs_no_database():
    template = Path(django_settings.PROJECT_DIR / "templates" / "503.html").read_text()

    assert "{% load" in template and "wagtail" not in template
