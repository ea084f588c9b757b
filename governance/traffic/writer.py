"""Writing traffic records off the request path: requests add to a buffer; a background thread appends it to
the chain in batches. ``close()`` (run at normal process exit) writes what is left, so a normal stop loses
nothing; a killed process loses at most one flush interval.

With ``SSO_TRAFFIC_LOG_SYNC = True`` (tests) each record is written before the response leaves.
"""

import atexit
import logging
import threading

from django.conf import settings
from django.db import connection

from governance.traffic.chain import append

logger = logging.getLogger(__name__)


class TrafficWriter:
    def __init__(self, batch_size: int = 200, interval: float = 1.0, max_pending: int = 100_000):
        self.batch_size = batch_size
        self.interval = interval
        # While the database is down records wait here; past this many (~100 MB) the oldest go, so that an
        # outage cannot exhaust the server's memory. Each drop is logged as an error.
        self.max_pending = max_pending
        self._pending: list[dict] = []
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stopped = threading.Event()
        self._thread: threading.Thread | None = None

    def add(self, entry: dict) -> None:
        if getattr(settings, "SSO_TRAFFIC_LOG_SYNC", False):
            append([entry])
            return
        with self._lock:
            self._pending.append(entry)
            full = len(self._pending) >= self.batch_size
            if self._thread is None:
                self._start()
        if full:
            self._wake.set()

    def _start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="traffic-log-writer", daemon=True)
        self._thread.start()
        atexit.register(self.close)

    def _take(self) -> list[dict]:
        with self._lock:
            batch, self._pending = self._pending, []
        return batch

    def flush(self) -> int:
        """Write everything buffered now (from the calling thread)."""
        batch = self._take()
        try:
            return append(batch)
        except Exception:
            with self._lock:  # keep them for the next attempt rather than lose them, up to a bound
                self._pending[:0] = batch
                overflow = len(self._pending) - self.max_pending
                if overflow > 0:
                    del self._pending[:overflow]
            logger.exception("traffic log: %d records could not be written; will retry", len(batch))
            if overflow > 0:
                logger.error("traffic log: the database is unreachable; %d oldest records dropped", overflow)
            return 0

    def _run(self) -> None:
        try:
            while not self._stopped.is_set():
                self._wake.wait(self.interval)
                self._wake.clear()
                self.flush()
        finally:
            connection.close()

    def close(self) -> None:
        """Stop the thread and write what is left (registered with atexit)."""
        self._stopped.set()
        self._wake.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=10)
        self.flush()

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._pending)


writer = TrafficWriter(
    batch_size=getattr(settings, "SSO_TRAFFIC_LOG_BATCH", 200),
    interval=getattr(settings, "SSO_TRAFFIC_LOG_INTERVAL", 1.0),
)
