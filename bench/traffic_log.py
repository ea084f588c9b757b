"""What the traffic log costs page serving: requests per second with logging off, on (buffered: the production
mode) and on (synchronous: one transaction per request), measured in one run, then a check that no record was lost.

    .venv/bin/python bench/traffic_log.py [--rounds 7] [--round-seconds 1.0]

Uses its own SQLite file in /tmp unless DATABASE_URL is set (migrate + setup_site, and one news article).
Requests go through Django's test client (in-process: no network, no server). The three modes are switched at
run time with ``override_settings`` (``SSO_TRAFFIC_LOG_ENABLED`` / ``SSO_TRAFFIC_LOG_SYNC``) and interleaved:
every round runs each mode once, in a rotating order, for the same number of requests, and the table shows the
median req/s of each mode, so machine noise hits all three alike. A buffered round is timed until its last record
is in the database (the writer's batches, including the flush of what is left when the round ends, count
against it even where the background thread would overlap with serving), so its cost is an upper bound.
On a shared machine the rounds are noisy, so the log's steps are also timed one by one (the capture and the
buffer on the request path, the appends in the writer thread, wall time including waits for the GIL) and
printed as a share of an unlogged request: the steadier figure.

After the runs: ``writer.close()`` (what runs at a normal exit), the number of records written against the
number of logged requests, the same check across a real normal exit (a child process serves requests in
buffered mode and exits without calling ``close()``: the ``atexit`` hook must write what is still buffered),
and ``chain.verify()`` over the whole chain.
"""

import argparse
import datetime
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sso_site.settings.test")
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/sso-bench-traffic.sqlite3")

MODES = {
    "off": {"SSO_TRAFFIC_LOG_ENABLED": False},
    "buffered": {"SSO_TRAFFIC_LOG_ENABLED": True, "SSO_TRAFFIC_LOG_SYNC": False},
    "sync": {"SSO_TRAFFIC_LOG_ENABLED": True, "SSO_TRAFFIC_LOG_SYNC": True},
}
CHILD_REQUESTS = 150  # fewer than a batch (200): most are still buffered when the child exits


def head_seq() -> int:
    from governance.traffic.models import TrafficChainHead

    return TrafficChainHead.objects.filter(pk=1).values_list("last_seq", flat=True).first() or 0


class Timer:
    """Wall time spent in one function and the records it handled (for where the time goes)."""

    def __init__(self):
        self.calls = self.records = 0
        self.seconds = 0.0

    def wrap(self, function, records=lambda *args: 1, when=lambda *args: True):
        def timed(*args):
            if not when(*args):
                return function(*args)
            started = time.perf_counter()
            try:
                return function(*args)
            finally:
                self.seconds += time.perf_counter() - started
                self.calls += 1
                self.records += records(*args)

        return timed

    def per_record(self) -> float:
        return self.seconds / max(1, self.records)


def time_the_log() -> dict[str, Timer]:
    """Wrap the log's steps: the capture and ``writer.add`` on the request path, and the appends to the chain
    (in the writer thread when buffered, in the request when synchronous)."""
    from django.conf import settings

    from governance.traffic import middleware
    from governance.traffic import writer as writer_module

    timers = {name: Timer() for name in ("entry_for", "add", "append buffered", "append sync")}
    middleware.entry_for = timers["entry_for"].wrap(middleware.entry_for)
    is_sync = lambda *args: settings.SSO_TRAFFIC_LOG_SYNC  # noqa: E731
    writer_module.writer.add = timers["add"].wrap(writer_module.writer.add, when=lambda *args: not is_sync())
    append = writer_module.append
    append = timers["append sync"].wrap(append, records=len, when=lambda entries: entries and is_sync())
    writer_module.append = timers["append buffered"].wrap(
        append, records=len, when=lambda entries: entries and not is_sync()
    )
    return timers


class Bench:
    def __init__(self, client):
        self.client = client
        self.first_seq = head_seq()
        self.logged = 0  # requests made with the log on: each must leave one record in the chain
        self.off_seconds = 0.0
        self.off_requests = 0

    def drain(self) -> None:
        """Wake the writer thread (as a full batch does) and wait until it has written every logged request.

        Not ``writer.flush()`` from this thread: on SQLite two appends at once make one fail ("database is
        locked"; its batch is kept and retried at the next interval), which would stall the round for a second.
        """
        from governance.traffic.writer import writer

        writer._wake.set()
        while head_seq() < self.first_seq + self.logged:
            time.sleep(0.001)

    def get(self, url, mode):
        from django.test import override_settings

        with override_settings(**MODES[mode]):
            response = self.client.get(url)
        if mode != "off":
            self.logged += 1
        assert response.status_code == 200, (url, mode, response.status_code)
        return response

    def round(self, url, mode, requests) -> float:
        """Requests per second of ``requests`` requests; a buffered round ends when its records are written."""
        from django.test import override_settings

        self.drain()  # start with nothing buffered, so no round pays for another's records
        get = self.client.get
        with override_settings(**MODES[mode]):
            started = time.perf_counter()
            for _ in range(requests):
                get(url)
            if mode != "off":
                self.logged += requests
            if mode == "buffered":
                self.drain()
            elapsed = time.perf_counter() - started
        if mode == "off":
            self.off_seconds += elapsed
            self.off_requests += requests
        return requests / elapsed


def child(requests: int) -> None:
    """Serve ``requests`` requests with the buffered log and exit normally without calling ``close()``."""
    import django

    django.setup()
    from django.conf import settings
    from django.test import Client

    from governance.traffic.writer import writer

    settings.SSO_TRAFFIC_LOG_ENABLED, settings.SSO_TRAFFIC_LOG_SYNC = True, False
    client = Client()
    for _ in range(requests):
        assert client.get("/").status_code == 200
    print(writer.pending)  # still buffered at exit; the atexit hook must write them


def exit_check(requests: int) -> tuple[int, int]:
    """Records written by a child process that exits normally: (still buffered at its exit, written)."""
    before = head_seq()
    result = subprocess.run(  # noqa: S603 - this script, fixed arguments, no shell
        [sys.executable, __file__, "--child", str(requests)], capture_output=True, text=True, check=True
    )
    return int(result.stdout.split()[-1]), head_seq() - before


def setup_pages():
    from django.core.management import call_command

    from categories.models import Category, NewsArticlePage

    call_command("migrate", verbosity=0)
    call_command("setup_site", verbosity=0)
    index = Category.objects.get(key="news/press-releases").page.specific
    article = NewsArticlePage.objects.child_of(index).live().first()
    if article is None:
        article = index.add_child(
            instance=NewsArticlePage(
                title="ข่าวประชาสัมพันธ์: สำนักงานประกันสังคมแจ้งผู้ประกันตน",
                slug="bench-traffic-news",
                intro="สำนักงานประกันสังคมขอแจ้งผู้ประกันตนมาตรา 33 มาตรา 39 และมาตรา 40 ให้ทราบโดยทั่วกัน",
                date=datetime.date(2026, 1, 1),
            )
        )
    return {
        "home": "/",
        "section (news)": Category.objects.get(key="news").page.url,
        "news article": article.url,
        "search ประกันสังคม": "/search/?q=ประกันสังคม",
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--round-seconds", type=float, default=1.0, help="length of one mode's round (about)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child)

    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    from governance.traffic.chain import verify
    from governance.traffic.models import TrafficRecord
    from governance.traffic.writer import writer

    urls = setup_pages()
    timers = time_the_log()
    records_before = TrafficRecord.objects.count()
    bench = Bench(Client())
    first_seq = bench.first_seq
    print(
        f"{connection.vendor}, {args.rounds} interleaved rounds of ~{args.round_seconds:g} s per mode; "
        f"batch {writer.batch_size} / {writer.interval:g} s; {os.cpu_count()} CPUs"
    )
    print(f"{'page':22} {'req/s off':>10} {'on buffered':>12} {'cost':>7} {'on sync':>9} {'cost':>7}", end="")
    print(f" {'off spread':>10}")  # the off rounds' max - min: how much the machine's noise moves a figure
    modes = list(MODES)
    for name, url in urls.items():
        for mode in modes:  # warm up: caches, the writer thread, the chain head
            for _ in range(5):
                bench.get(url, mode)
        started = time.perf_counter()
        for _ in range(10):
            bench.get(url, "off")
        requests = max(10, round(args.round_seconds * 10 / (time.perf_counter() - started)))
        rates = {mode: [] for mode in modes}
        for n in range(args.rounds):
            for mode in modes[n % 3 :] + modes[: n % 3]:
                rates[mode].append(bench.round(url, mode, requests))
        off, buffered, sync = (statistics.median(rates[mode]) for mode in modes)
        spread = 100 * (max(rates["off"]) - min(rates["off"])) / off
        print(
            f"{name:22} {off:10.1f} {buffered:12.1f} {100 * (off - buffered) / off:6.1f}% "
            f"{sync:9.1f} {100 * (off - sync) / off:6.1f}% {spread:9.0f}%"
        )

    writer.close()
    request_ms = 1000 * bench.off_seconds / bench.off_requests
    entry, add, buffered, sync = (1e6 * timer.per_record() for timer in timers.values())
    batches = timers["append buffered"]
    print(
        f"where the time goes (µs per logged request; an unlogged request takes {request_ms:.1f} ms): buffered: "
        f"entry_for {entry:.0f} + add {add:.0f} + writer thread {buffered:.0f} ({batches.calls} batches, "
        f"{batches.records / max(1, batches.calls):.0f} records on average) = "
        f"{(entry + add + buffered) / 10 / request_ms:.1f} %; "
        f"sync: entry_for {entry:.0f} + append {sync:.0f} = {(entry + sync) / 10 / request_ms:.1f} %"
    )
    written = TrafficRecord.objects.count() - records_before
    print(f"after writer.close(): {written} records written for {bench.logged} logged requests", end="")
    print(f" (chain head +{head_seq() - first_seq}, {writer.pending} still buffered)")
    assert written == bench.logged == head_seq() - first_seq, "records were lost"

    pending, child_written = exit_check(CHILD_REQUESTS)
    print(
        f"child process, {CHILD_REQUESTS} buffered requests then a normal exit without close(): "
        f"{pending} still buffered at exit, {child_written} written"
    )
    assert child_written == CHILD_REQUESTS, "records were lost at exit"

    started = time.perf_counter()
    result = verify()
    verdict = "ok" if result.ok else f"FAILED at record {result.record_seq}: {result.problem}"
    print(f"chain.verify(): {verdict}, {result.checked} records checked in {time.perf_counter() - started:.1f} s")
    if not result.ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
