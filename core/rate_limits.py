"""Counting hits in a time window across every process and server, for rate limits.

A limit kept in one process's memory lets each worker (and each server) count on its own: two workers let
twice the limit through. ``hit`` counts in Redis when the default cache is Redis (``REDIS_URL``), with one
atomic ``SET NX EX`` + ``INCR`` transaction, and otherwise in the database (``core.models.RateCounter``) with
one atomic upsert. The window starts at a key's first hit and lasts ``window_seconds``.
"""

import time

from django.core.cache import cache
from django.db import connection

from core.models import RateCounter

_UPSERT = """
INSERT INTO {table} ("key", "count", "expires_at") VALUES (%s, 1, %s)
ON CONFLICT ("key") DO UPDATE SET
    "count" = CASE WHEN {table}."expires_at" <= %s THEN 1 ELSE {table}."count" + 1 END,
    "expires_at" = CASE WHEN {table}."expires_at" <= %s THEN excluded."expires_at" ELSE {table}."expires_at" END
RETURNING "count"
"""


def _redis_client():
    """The raw client of the default cache when it is django-redis, else None."""
    get_client = getattr(cache, "client", None) and getattr(cache.client, "get_client", None)
    return get_client(write=True) if get_client else None


def hit(key: str, window_seconds: int) -> int:
    """Count one hit on ``key`` and return the hits in its current window, this one included."""
    client = _redis_client()
    if client is not None:
        redis_key = cache.make_key(f"rate:{key}")
        with client.pipeline(transaction=True) as pipeline:
            pipeline.set(redis_key, 0, ex=window_seconds, nx=True)
            pipeline.incr(redis_key)
            return int(pipeline.execute()[1])
    now = time.time()
    table = connection.ops.quote_name(RateCounter._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(_UPSERT.format(table=table), [key[:250], now + window_seconds, now, now])
        return int(cursor.fetchone()[0])


def purge_expired() -> int:
    """Delete the database counters whose window has ended (Redis expires its own)."""
    return RateCounter.objects.filter(expires_at__lte=time.time()).delete()[0]
