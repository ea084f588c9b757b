"""The serving path under load, in one run on PostgreSQL: front cache, app servers, purges (issue 15).

    .venv/bin/python bench/serving.py [--duration 5] [--connections 16] [--publishes 50] [--news 300]

Starts the stack of `make serve` (scripts/serve.sh: nginx → Varnish → two gunicorn servers, production settings)
on its own database (BENCH_DATABASE_URL, default h_cache_bench) and Redis DB (BENCH_REDIS_URL, default 3), on
ports 8380 (nginx), 8381 (Varnish), 8390/8391 (gunicorn), seeds it once (setup_site, load_demo_content, news
articles), then measures with wrk and prints a table, also written to bench/results/serving.txt:

- the ceiling: a static file through Varnish (and through nginx from disk);
- cached pages through Varnish (home, news index, an article, the procurement listing, a statistics part) as a
  share of that ceiling (target ≥ 50 %);
- the same pages uncached, straight from one gunicorn, against a minimal view (/-/live/: the same middleware and
  gunicorn, no template, no query) as the second ceiling (target ≥ 10 %), and the queries each page makes;
- publish-to-visible through Varnish over --publishes publishes: the article, its listing and home all show the
  new title (p95 target < 2 s);
- two app servers against one on uncached pages (requests with a session cookie pass through Varnish, which
  spreads them over the healthy servers; one server is measured after stopping the second, which the health
  probe then takes out);
- no stale page: after a publish by another process on the shared database, server B (directly) and Varnish
  (every read) show the new content.

The publishing process is this script: a Django process on the same database and Redis with the Varnish purge
backend, as a third app server would be. The two-server check is here rather than in pytest: it needs varnishd,
nginx, two gunicorns and PostgreSQL, which the test suite does not start.
"""

import argparse
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/h_cache_bench")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/3")
NGINX, VARNISH, APP_A, APP_B = 8380, 8381, 8390, 8391
HOST = "127.0.0.1"
RESULTS = ROOT / "bench" / "results" / "serving.txt"
FAILURES: list[str] = []
PASS_COOKIE = "sessionid=bench-uncached"  # noqa: S105 - no session: makes Varnish pass the request

os.environ.update(
    DATABASE_URL=DATABASE_URL,
    REDIS_URL=REDIS_URL,
    SSO_VARNISH_URLS=f"http://127.0.0.1:{VARNISH}",
    DJANGO_SETTINGS_MODULE="sso_site.settings.dev",
)


def run(*command, env=None):
    subprocess.run(command, cwd=ROOT, check=True, env={**os.environ, **(env or {})})  # noqa: S603 - our own commands


def seed(news: int) -> None:
    """Once per database: the page tree, the demo content (procurement, statistics), ``news`` articles."""
    manage = [str(ROOT / ".venv/bin/python"), "manage.py"]
    run(*manage, "migrate", "-v0")
    from news_seed import seed_news

    from procurement.models import ProcurementNoticePage

    if not ProcurementNoticePage.objects.exists():
        run(*manage, "setup_site", "-v0")
        run(*manage, "load_demo_content", "-v0")
    seed_news(news)


def start_stack() -> None:
    run(
        "scripts/serve.sh",
        env={
            "SERVE_PORT": str(NGINX),
            "VARNISH_PORT": str(VARNISH),
            "APP_PORT": str(APP_A),
            "APP_SERVERS": "2",
            "SERVE_ENV_FILE": str(ROOT / ".local" / "bench-serve.env"),
            "DJANGO_SETTINGS_MODULE": "sso_site.settings.production",
        },
    )


def get(port: int, path: str, cookie: str | None = None) -> tuple[int, str, dict]:
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Host": HOST})
    if cookie:
        request.add_header("Cookie", cookie)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (http://127.0.0.1 only)
            return response.status, response.read().decode("utf-8", "replace"), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, "", dict(error.headers)


def wrk(port: int, path: str, duration: int, connections: int, cookie: str | None = None) -> float:
    # A 30 s timeout: wrk's default (2 s) drops slow uncached answers from the count instead of measuring them.
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "30s", "-H", f"Host: {HOST}"]
    command += ["-H", "Accept-Encoding: gzip"]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    command.append(f"http://127.0.0.1:{port}{path}")
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603 - wrk, loopback
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    failed = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if failed:  # counted as a failure, not as throughput
        total = int(re.search(r"(\d+) requests in", output).group(1))
        FAILURES.append(f"{path} on :{port}: {failed.group(1)} of {total} answers were not 2xx")
        rps *= 1 - int(failed.group(1)) / max(1, total)
    return rps


def pages() -> dict[str, str]:
    from categories.models import Category, NewsArticlePage

    news_index = Category.objects.get(key="news/press-releases").page.specific
    statistics_part = Category.objects.get(key="knowledge/ssf-statistics/part-2").page
    return {
        "home": "/",
        "news index": news_index.url,
        "news article": NewsArticlePage.objects.child_of(news_index).live().order_by("path").first().url,
        "procurement listing": Category.objects.get(key="news/procurement-central").page.url,
        "statistics part": statistics_part.url,
    }


def queries_per_page(urls: dict[str, str]) -> dict[str, int]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=HOST)
    counts = {}
    for name, url in urls.items():
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200, url
        counts[name] = len(captured)
    return counts


def publish_to_visible(count: int) -> list[float]:
    """Seconds from each publish's commit until the article, its listing and home show the new title through
    Varnish (each primed in the cache first)."""
    import datetime

    from django.utils import timezone

    from categories.models import Category, NewsArticlePage

    index = Category.objects.get(key="news/press-releases").page.specific
    article = NewsArticlePage.objects.child_of(index).filter(slug="bench-publish").first()
    if article is None:
        article = index.add_child(
            instance=NewsArticlePage(title="ข่าวทดสอบการเผยแพร่", slug="bench-publish", intro="ทดสอบ",
                                     date=timezone.localdate() + datetime.timedelta(days=3650))
        )  # fmt: skip
    urls = [article.url, index.url, "/"]
    delays = []
    for n in range(count):
        for url in urls:
            get(VARNISH, url)  # cached before the change
        title = f"ข่าวทดสอบการเผยแพร่ รอบ {n} {time.time_ns()}"
        article.title = title
        article.save_revision().publish()  # commits, then purges (core.front_cache)
        committed = time.perf_counter()
        waiting = set(urls)
        while waiting:
            waiting = {url for url in waiting if title not in get(VARNISH, url)[1]}
            if waiting and time.perf_counter() - committed > 10:
                raise RuntimeError(f"not visible after 10 s: {waiting}")
        delays.append(time.perf_counter() - committed)
    return delays


def no_stale_after_publish_on_another_server() -> str:
    """A publish by this process; read from server B directly and 20 times through Varnish."""
    from categories.models import Category, NewsArticlePage

    index = Category.objects.get(key="news/press-releases").page.specific
    article = NewsArticlePage.objects.child_of(index).get(slug="bench-publish")
    for _ in range(4):
        get(VARNISH, index.url)
    title = f"ข่าวทดสอบข้ามเซิร์ฟเวอร์ {time.time_ns()}"
    article.title = title
    article.save_revision().publish()
    started = time.perf_counter()
    while title not in get(VARNISH, index.url)[1]:
        if time.perf_counter() - started > 2:
            return "FAIL: not visible through Varnish within 2 s"
    seen = time.perf_counter() - started
    direct = title in get(APP_B, index.url)[1]
    through = sum(title in get(VARNISH, url)[1] for url in (index.url, article.url, "/") for _ in range(7))
    return (
        f"visible after {seen * 1000:.0f} ms; server B direct: {'new' if direct else 'OLD'}; Varnish: {through}/21 new"
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--duration", type=int, default=5)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--publishes", type=int, default=50)
    parser.add_argument("--news", type=int, default=300)
    args = parser.parse_args()

    import django

    django.setup()
    seed(args.news)
    start_stack()
    d, c = args.duration, args.connections
    lines = []

    def out(line=""):
        print(line, flush=True)
        lines.append(line)

    out(f"bench/serving.py, {os.cpu_count()} cores, wrk -t2 -c{c} -d{d}s, PostgreSQL, Redis, production settings")
    out(f"load average at the start: {os.getloadavg()[0]:.1f} (other work on the machine takes CPU from the servers)")
    out("stack: nginx :8380 → Varnish :8381 (xkey) → gunicorn ×2 (2 sync workers each) :8390/:8391")
    urls = pages()
    manifest = json.loads((ROOT / "staticfiles" / "staticfiles.json").read_text())
    css = "/static/" + manifest["paths"]["css/site.css"]
    for url in [*urls.values(), css]:
        get(VARNISH, url)
    ceiling = wrk(VARNISH, css, d, c)
    out()
    out(f"{'cached through Varnish':40} {'req/s':>10} {'% ceiling':>10}")
    out(f"{'static css via Varnish (ceiling)':40} {ceiling:10.0f} {100:9.0f}%")
    out(f"{'static css via nginx from disk':40} {wrk(NGINX, css, d, c):10.0f}")
    for name, url in urls.items():
        rps = wrk(VARNISH, url, d, c)
        out(f"{name:40} {rps:10.0f} {100 * rps / ceiling:9.0f}%")

    queries = queries_per_page(urls)
    minimal = wrk(APP_A, "/-/live/", d, c)
    out()
    out(f"{'uncached, one gunicorn (2 workers)':40} {'req/s':>10} {'% minimal':>10} {'queries':>8}")
    out(f"{'minimal view /-/live/ (ceiling)':40} {minimal:10.1f} {100:9.0f}%")
    for name, url in urls.items():
        rps = wrk(APP_A, url, d, c)
        out(f"{name:40} {rps:10.1f} {100 * rps / minimal:9.1f}% {queries[name]:8d}")

    delays = sorted(publish_to_visible(args.publishes))
    p95 = delays[max(0, int(round(0.95 * len(delays))) - 1)]
    out()
    out(f"publish-to-visible through Varnish, {len(delays)} publishes (article + news index + home):")
    out(f"  median {statistics.median(delays) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {delays[-1] * 1000:.0f} ms")
    out(f"no stale page after a publish from another process: {no_stale_after_publish_on_another_server()}")

    out()
    out(f"{'uncached through Varnish (pass)':40} {'2 servers':>10} {'1 server':>10} {'ratio':>7}")
    two = {name: wrk(VARNISH, urls[name], d, c, PASS_COOKIE) for name in ("home", "news article")}
    os.kill(int((ROOT / ".local/serve/gunicorn-1.pid").read_text()), signal.SIGTERM)
    time.sleep(12)  # the probe (3 s interval, window 5, threshold 3) takes server B out
    for name, rps in two.items():
        one = wrk(VARNISH, urls[name], d, c, PASS_COOKIE)
        out(f"{name:40} {rps:10.1f} {one:10.1f} {rps / one:6.2f}×")
    for failure in FAILURES:
        out(f"failed: {failure}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n")
    print(f"written to {RESULTS.relative_to(ROOT)}; stop the stack with make serve-stop")


if __name__ == "__main__":
    main()
