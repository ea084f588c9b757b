"""Purging the front cache (Varnish) by surrogate key, after the change commits, retried until it succeeds.

A change that shows on public pages calls ``queue_purge(keys)`` (``core.front_cache_signals`` does it for
publishing, unpublishing, moving, deleting pages and for the snippets and settings pages show). That writes a
``PendingPurge`` row in the change's own transaction and, once it commits, sends the purge to every backend of
``WAGTAILFRONTENDCACHE`` (Wagtail's ``wagtail.contrib.frontend_cache`` settings and backend interface): a
rolled-back change purges nothing, and a purge that fails (Varnish restarting, down) stays queued and is retried
by the ``core.jobs.send_purges`` job every minute with back-off, so it is delayed, never lost.

Each purge is sent twice: at once, and ``SSO_FRONT_CACHE_REPURGE_SECONDS`` later (by a timer, and by the job if
the process died). A request that read the database just before the commit may store its old answer after the
first purge; the second drops it. A row is deleted after its second successful pass.

``XkeyVarnishBackend`` is the backend for Varnish with the xkey module (``deploy/varnish/sso-web.vcl``): a
``PURGE`` request with an ``xkey-purge`` header drops every object indexed under those keys; a plain ``PURGE``
of a URL drops that URL (Wagtail's ``purge(url)``). Backends without ``purge_keys`` are skipped.

Wagtail's own page signal handlers (``wagtail.contrib.frontend_cache`` in ``INSTALLED_APPS``) are not used: they
purge inside the transaction, by URL only, and forget a purge that failed.
"""

import datetime
import logging
import threading
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from django.conf import settings
from django.db import close_old_connections, connection, transaction
from django.db.models import F, Q
from django.utils import timezone
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.contrib.frontend_cache.utils import get_backends

from core.models import PendingPurge

logger = logging.getLogger(__name__)

KEYS_PER_REQUEST = 200
RETRY_MAX_SECONDS = 600


class PurgeFailed(Exception):
    pass


class XkeyVarnishBackend(BaseBackend):
    """``WAGTAILFRONTENDCACHE = {"varnish": {"BACKEND": "core.front_cache.XkeyVarnishBackend",
    "LOCATION": "http://127.0.0.1:6081"}}``."""

    def __init__(self, params):
        super().__init__(params)
        self.location = params["LOCATION"].rstrip("/")
        if urlsplit(self.location).scheme not in ("http", "https"):
            raise ValueError(f"front cache LOCATION must be an http(s) URL: {self.location!r}")
        self.timeout = params.get("TIMEOUT", 5)

    def _send(self, path: str, headers: dict) -> None:
        # The scheme is http(s), checked in __init__.
        request = urllib.request.Request(f"{self.location}{path}", method="PURGE", headers=headers)  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
        except (OSError, ValueError) as error:
            raise PurgeFailed(f"{self.location}: {error}") from error
        if status != 200:
            raise PurgeFailed(f"{self.location}: HTTP {status}")

    def purge(self, url) -> None:
        parts = urlsplit(url)
        self._send(parts.path + (f"?{parts.query}" if parts.query else ""), {"Host": parts.netloc})

    def purge_keys(self, keys) -> None:
        keys = sorted(keys)
        for start in range(0, len(keys), KEYS_PER_REQUEST):
            self._send("/", {"xkey-purge": " ".join(keys[start : start + KEYS_PER_REQUEST])})


def _key_backends() -> list:
    return [backend for backend in get_backends().values() if hasattr(backend, "purge_keys")]


def enabled() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def queue_purge(keys) -> PendingPurge | None:
    """Purge ``keys`` once the current transaction commits (see the module's docstring)."""
    keys = sorted({key for key in keys if key})
    if not keys or not enabled():
        return None
    row = PendingPurge.objects.create(keys=" ".join(keys))
    transaction.on_commit(send_soon)
    return row


def send_soon() -> None:
    """After a commit: send what is due now, and once more after the re-purge delay, in a thread of its own."""
    send_due()
    delay = getattr(settings, "SSO_FRONT_CACHE_REPURGE_SECONDS", 3)
    if delay:
        timer = threading.Timer(delay, _send_in_thread)
        timer.daemon = True
        timer.start()


def _send_in_thread() -> None:
    try:
        send_due()
    except Exception:  # a thread has no one to report to but the log
        logger.exception("front cache: delayed purge failed")
    finally:
        close_old_connections()
        connection.close()


def retry_delay(attempts: int) -> datetime.timedelta:
    return datetime.timedelta(seconds=min(RETRY_MAX_SECONDS, 5 * 2 ** max(0, attempts - 1)))


def send_due(limit: int = 1000) -> int:
    """Send the due purges to every key backend in one batch; returns how many rows were sent. Two servers
    never send the same rows at once (``SKIP LOCKED`` on PostgreSQL)."""
    backends = _key_backends()
    if not backends:
        return 0
    now = timezone.now()
    with transaction.atomic():
        due = PendingPurge.objects.filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
        due = due.order_by("pk")
        if connection.features.has_select_for_update_skip_locked:
            due = due.select_for_update(skip_locked=True)
        rows = list(due[:limit])
        if not rows:
            return 0
        keys = set()
        for row in rows:
            keys.update(row.keys.split())
        try:
            for backend in backends:
                backend.purge_keys(keys)
        except PurgeFailed as error:
            logger.warning("front cache: purge failed, will retry: %s", error)
            for row in rows:
                row.attempts += 1
                row.last_error = str(error)[:2000]
                row.next_attempt_at = now + retry_delay(row.attempts)
            PendingPurge.objects.bulk_update(rows, ["attempts", "last_error", "next_attempt_at"])
            return 0
        ids = [row.pk for row in rows]
        PendingPurge.objects.filter(pk__in=ids, passes__gte=1).delete()
        repurge_at = now + datetime.timedelta(seconds=getattr(settings, "SSO_FRONT_CACHE_REPURGE_SECONDS", 3))
        PendingPurge.objects.filter(pk__in=ids).update(
            passes=F("passes") + 1, attempts=0, last_error="", next_attempt_at=repurge_at
        )
        return len(rows)
