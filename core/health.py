"""Health endpoints for load balancers and monitoring, answered as JSON, never cached, without login.

- ``/-/live/``: the process answers (nothing else is touched, so a database outage does not get the servers
  restarted).
- ``/-/ready/``: the database answers, the cache stores and returns a value, and the media folder's disk has
  at least ``SSO_READY_MIN_FREE_MEDIA_BYTES`` free: 200 when all hold, 503 (with which check failed) otherwise,
  so the balancer sends no visitor to a server that cannot serve them.

The traffic log does not record these addresses (``PREFIX``): a balancer probes every few seconds.
"""

import shutil
import uuid

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.urls import path
from django.views.decorators.cache import never_cache

from core.outages import database_reachable

PREFIX = "/-/"


def _cache_works() -> bool:
    key, value = f"sso:ready:{uuid.uuid4().hex}", uuid.uuid4().hex
    try:
        cache.set(key, value, 10)
        works = cache.get(key) == value
        cache.delete(key)
        return works
    except Exception:  # any backend's connection error
        return False


def _media_disk_free() -> bool:
    try:
        return shutil.disk_usage(settings.MEDIA_ROOT).free >= settings.SSO_READY_MIN_FREE_MEDIA_BYTES
    except OSError:
        return False


@never_cache
def live(request):
    return JsonResponse({"status": "ok"})


@never_cache
def ready(request):
    database = database_reachable()
    checks = {
        "database": database,
        # The cache may be the database's table: without a database it is down too.
        "cache": database and _cache_works(),
        "media_disk": _media_disk_free(),
    }
    healthy = all(checks.values())
    body = {
        "status": "ok" if healthy else "unavailable",
        "checks": {k: "ok" if v else "fail" for k, v in checks.items()},
    }
    return JsonResponse(body, status=200 if healthy else 503)


urlpatterns = [path("-/live/", live, name="health_live"), path("-/ready/", ready, name="health_ready")]
