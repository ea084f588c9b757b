"""Shared state (issue 14, item 9): the cache and the rate limits live where every worker and server sees them
(Redis when REDIS_URL is set, else the database), never in one process's memory."""

import json
import os
import socket
import subprocess
import sys
import time
import uuid

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.management import call_command

from core import rate_limits
from core.models import RateCounter
from governance.tests.factories import unit_user
from governance.tests.upkeep.test_site_issues import public_report
from governance.upkeep.models import SiteIssue
from sso_site.tests.production_settings import production_settings

pytestmark = pytest.mark.django_db

# The tests' own Redis database number; nothing here empties a database (keys are deleted by their prefix).
TEST_REDIS_URL = os.environ.get("SSO_TEST_REDIS_URL", "redis://127.0.0.1:6379/5")

SECOND_WORKER = """
import json, sys
import django
django.setup()
from django.test import RequestFactory, override_settings
from governance.upkeep import problem_reports
with override_settings(CACHES=json.loads(sys.argv[1])):
    request = RequestFactory().post("/report-problem/")  # from 127.0.0.1, as the test client's requests
    print(json.dumps([problem_reports._over_limit(request) for _ in range(int(sys.argv[2]))]))
"""


def redis_reachable() -> bool:
    host_port = TEST_REDIS_URL.split("//", 1)[1].split("/", 1)[0]
    host, port = host_port.rsplit(":", 1)
    try:
        socket.create_connection((host, int(port)), timeout=1).close()
        return True
    except OSError:
        return False


@pytest.fixture
def redis_caches(monkeypatch, settings):
    """The CACHES production builds from REDIS_URL (pointed at the tests' Redis database, under a key prefix of
    this test's own), in force for this process."""
    if not redis_reachable():
        pytest.skip(f"no Redis at {TEST_REDIS_URL}")
    production = production_settings(monkeypatch, REDIS_URL=TEST_REDIS_URL)
    caches = json.loads(json.dumps(getattr(production, "CACHES", {})))  # a copy; Django's default when unset
    caches.setdefault("default", {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"})
    caches["default"]["KEY_PREFIX"] = f"sso-test-{uuid.uuid4().hex}"
    settings.CACHES = caches
    yield caches
    client = rate_limits._redis_client()
    if client is not None:  # every key under this test's prefix, whatever its version
        client.delete(*client.scan_iter(match=f"{caches['default']['KEY_PREFIX']}:*"), "-")


def run_second_worker(caches, hits: int) -> list[bool]:
    """``hits`` problem reports counted by ``problem_reports._over_limit`` in another Python process."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "sso_site.settings.test"}
    result = subprocess.run(
        [sys.executable, "-c", SECOND_WORKER, json.dumps(caches), str(hits)],
        cwd=django_settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_with_redis_url_the_cache_is_redis(redis_caches):
    assert redis_caches["default"]["BACKEND"] == "django_redis.cache.RedisCache"
    assert redis_caches["default"]["LOCATION"] == TEST_REDIS_URL


def test_without_redis_url_the_cache_is_the_database(monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)

    production = production_settings(monkeypatch)

    assert production.CACHES["default"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"


def test_two_workers_share_the_problem_report_limit(client, live_law, monkeypatch, redis_caches):
    """Two reports reach another worker, three this one: the sixth within the hour is refused, in Thai."""
    unit_user("กม.", "director", email="director@sso.example")
    assert run_second_worker(redis_caches, 2) == [False, False]

    statuses = [public_report(client, live_law, monkeypatch).status_code for _ in range(4)]

    assert statuses == [200, 200, 200, 429]
    assert SiteIssue.objects.count() == 3
    refused = public_report(client, live_law, monkeypatch).content.decode()
    assert "มีการแจ้งจากเครือข่ายของท่านหลายครั้งในหนึ่งชั่วโมง" in refused


def test_redis_counts_a_hit_atomically_and_forgets_it_after_the_window(redis_caches):
    assert [rate_limits.hit("k", 1) for _ in range(3)] == [1, 2, 3]
    time.sleep(1.1)
    assert rate_limits.hit("k", 1) == 1


def test_without_redis_hits_are_counted_in_the_database():
    assert [rate_limits.hit("problem-report:203.0.113.9", 3600) for _ in range(6)] == [1, 2, 3, 4, 5, 6]
    assert RateCounter.objects.get(key="problem-report:203.0.113.9").count == 6


def test_a_database_counter_starts_again_after_its_window(monkeypatch):
    rate_limits.hit("k", 60)
    rate_limits.hit("k", 60)
    later = time.time() + 61
    monkeypatch.setattr(rate_limits.time, "time", lambda: later)

    assert rate_limits.hit("k", 60) == 1
    assert rate_limits.purge_expired() == 0  # the restarted window has not ended


def test_ended_database_counters_are_purged(monkeypatch):
    rate_limits.hit("k", 60)
    later = time.time() + 61
    monkeypatch.setattr(rate_limits.time, "time", lambda: later)

    assert rate_limits.purge_expired() == 1


def test_the_database_cache_table_is_created_by_migrate(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "sso_cache"}}
    call_command("migrate", "core", verbosity=0)

    cache.set("sso:probe", "ค่า", 60)

    assert cache.get("sso:probe") == "ค่า"
