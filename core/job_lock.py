"""Scheduled jobs run once when cron is installed on every server (docs/deployment.md#scheduled-jobs).

Every app server may carry the same cron file, so each job takes a lock named after it first; a runner that finds
the lock taken logs "skipped: running elsewhere" and returns. The lock lives where every runner sees it, and is
released by the system when a runner dies, so a crash never leaves a job stuck:

- ``postgres`` (the default on PostgreSQL): ``pg_try_advisory_lock`` on a key derived from the job's name, held
  by a connection of its own for the job's duration. The database is the one thing all servers share.
- ``redis`` (the default when the database is not PostgreSQL and ``REDIS_URL`` is set): a Redis lock with a
  time-to-live (``SSO_JOB_LOCK_TTL_SECONDS``), so a runner that dies frees it at the latest then.
- ``file`` (the default otherwise, i.e. SQLite): ``flock`` on a file in ``SSO_JOB_LOCK_DIR``. A SQLite database
  lives on one machine, so every runner that can use it sees the same lock files.
"""

import contextlib
import fcntl
import functools
import hashlib
import logging
from pathlib import Path

from django.conf import settings
from django.db import connections

logger = logging.getLogger("sso.jobs")


def lock_key(name):
    """A signed 64-bit key for ``pg_try_advisory_lock``, the same on every server for the same job name."""
    digest = hashlib.sha256(f"sso-web job {name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@contextlib.contextmanager
def _postgres_lock(name):
    # Its own connection: the job's code may commit, roll back or close the default connection freely.
    connection = connections.create_connection("default")
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [lock_key(name)])
            acquired = cursor.fetchone()[0]
        try:
            yield acquired
        finally:
            if acquired:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_unlock(%s)", [lock_key(name)])
    finally:
        connection.close()


@contextlib.contextmanager
def _redis_lock(name):
    import redis  # only where Redis is configured

    client = redis.Redis.from_url(settings.REDIS_URL)
    lock = client.lock(f"sso:job-lock:{name}", timeout=settings.SSO_JOB_LOCK_TTL_SECONDS, blocking=False)
    acquired = lock.acquire()
    try:
        yield acquired
    finally:
        if acquired:
            with contextlib.suppress(redis.exceptions.LockError):  # expired: another runner may hold it now
                lock.release()
        client.close()


@contextlib.contextmanager
def _file_lock(name):
    directory = Path(settings.SSO_JOB_LOCK_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / f"{name}.lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


LOCKS = {"postgres": _postgres_lock, "redis": _redis_lock, "file": _file_lock}


def job_lock(name):
    """A context manager that yields whether this runner holds the lock of ``name`` (never waits)."""
    return LOCKS[settings.SSO_JOB_LOCK](name)


def runs_once(func):
    """Wrap a scheduled job so that, of all runners started at once, only one runs it."""
    name = f"{func.__module__}.{func.__qualname__}"

    @functools.wraps(func)
    def run(*args, **kwargs):
        with job_lock(name) as acquired:
            if not acquired:
                logger.info("%s skipped: running elsewhere", name)
                return None
            return func(*args, **kwargs)

    run.runs_once = True
    return run
