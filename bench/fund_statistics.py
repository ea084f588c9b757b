"""Serve the fund statistics with five years of monthly figures and time the uploads; print requests per second,
queries per request and the size of the page revision an upload saves.

    .venv/bin/python bench/fund_statistics.py [--requests 30] [--uploads 5]

Uses its own SQLite file in /tmp unless DATABASE_URL is set; a second run reuses the datasets already published.
SSF part 2 (insured persons by province) gets 60 monthly datasets of the 77 provinces (มี.ค. 2563 – ก.พ. 2568) and
WCF part 3 (injury rates by province) 10 yearly datasets (2558–2567), built with ``sso_statistics.tests.factories``;
the WCF rows are there to show what does and what does not grow with the number of datasets.

Requests go through Django's test client (in-process: no network, no server), so the figures are the cost of
Django + Wagtail + templates + the tables, charts and files drawn for each request. A row's time is the median of
its requests (the machine is shared: a mean would carry other people's work), after one warm-up request; its
queries are those of one request. The upload rows post a 77-row CSV (มีนาคม 2568 on SSF, ปี 2568 on WCF) to the
admin upload screen as a superuser: each saves a new draft revision of the page, which carries every dataset.
"""

import argparse
import json
import os
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent

SSF_KEY = "knowledge/ssf-statistics/part-2"
WCF_KEY = "knowledge/wcf-statistics/part-3"
PROVINCES = 77
FIRST_MONTH = (2563, 3)  # Buddhist era; sixty months up to ก.พ. 2568
MONTHS = 60
FIRST_YEAR = 2558  # Buddhist era; ten years up to 2567
YEARS = 10
SSF_UPLOAD = {"period_kind": "month", "year": "2568", "month": "3", "updated_on": "1/4/2568"}
WCF_UPLOAD = {"period_kind": "year", "year": "2568", "updated_on": "1/4/2568"}
BENCH_USER = "bench-statistics"


def monthly_periods():
    from sso_statistics.tests.factories import month

    year, number = FIRST_MONTH
    periods = []
    for _ in range(MONTHS):
        periods.append(month(year, number))
        year, number = (year + 1, 1) if number == 12 else (year, number + 1)
    return periods


def yearly_periods():
    from sso_statistics.periods import Period, PeriodKind

    return [Period(PeriodKind.YEAR, be_year - 543, None) for be_year in range(FIRST_YEAR, FIRST_YEAR + YEARS)]


def seed(page, periods) -> bool:
    """Publish one 77-row dataset per period on ``page`` unless it has exactly those already; True if it seeded."""
    from sso_statistics.tests.factories import make_dataset, publish_datasets, table_rows

    if sorted(d.period for d in page.datasets.all()) == periods:
        return False
    datasets = [make_dataset(page.schema, p, table_rows(page.schema, PROVINCES, seed=n)) for n, p in enumerate(periods)]
    publish_datasets(page, datasets)
    return True


def median_seconds(run, repeat: int, prepare=None) -> float:
    """The median time of ``run(prepare())`` (what ``prepare`` builds is not timed)."""
    import statistics

    times = []
    for _ in range(repeat):
        argument = prepare() if prepare else None
        started = time.perf_counter()
        run(argument)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(client, url, requests, method="get", data=None, status=200):
    """Median seconds per request, and the queries of one request (after a warm-up request)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    send = getattr(client, method)
    send(url, data() if data else None)
    with CaptureQueriesContext(connection) as queries:
        response = send(url, data() if data else None)
    # Counted now: the captured queries are read from the connection's log, which the next request clears.
    count = len(queries)
    assert response.status_code == status, (url, response.status_code)
    return median_seconds(lambda payload: send(url, payload), requests, data), count


def revision_size(revision) -> int:
    from django.core.serializers.json import DjangoJSONEncoder

    return len(json.dumps(revision.content, cls=DjangoJSONEncoder).encode("utf-8"))


def latest_revision(page):
    return page.revisions.order_by("-created_at", "-pk").first()


class Table:
    def __init__(self, title: str):
        self.results: dict[str, tuple[float, int | None]] = {}
        print()
        print(f"{title:34} {'req/s':>8} {'ms':>8} {'queries':>8}")

    def row(self, name: str, seconds: float, queries: int | None):
        self.results[name] = (seconds, queries)
        shown = "" if queries is None else f"{queries:8d}"
        print(f"{name:34} {1 / seconds:8.1f} {1000 * seconds:8.2f} {shown:>8}")


def summary(results, latest: str, wcf_latest: str, draft_size: int, missing: list[str]) -> str:
    """One paragraph: what grows with the number of datasets (SSF has six times WCF's) and what is slow."""
    page_s, page_q = results[f"SSF part page ({latest}, {MONTHS} sets)"]
    wcf_s, wcf_q = results[f"WCF part page ({wcf_latest}, {YEARS} sets)"]
    all_s = results["  series/?years=all"][0]
    png = results.get(f"  chart/{latest}.png")
    post_wcf, post_ssf = results[f"WCF upload POST ({YEARS + 1} sets)"], results[f"SSF upload POST ({MONTHS + 1} sets)"]
    get_wcf, get_ssf = (
        results[f"WCF upload form GET ({YEARS + 1} sets)"],
        results[f"SSF upload form GET ({MONTHS + 1} sets)"],
    )
    edit_wcf = results[f"WCF page editor GET ({YEARS + 1} sets)"]
    edit_ssf = results[f"SSF page editor GET ({MONTHS + 1} sets)"]
    per_set = (post_ssf[1] - post_wcf[1]) / (MONTHS - YEARS)
    same = "the same number of" if page_q == wcf_q else "more"
    text = (
        f"a part page runs {same} queries with {MONTHS} datasets as with {YEARS} ({page_q} and {wcf_q}) and takes "
        f"{1000 * page_s:.0f} ms against {1000 * wcf_s:.0f} ms; the series over all {MONTHS} months takes "
        f"{1000 * all_s:.0f} ms"
    )
    if png:
        text += f", and drawing its chart as PNG {1000 * png[0]:.0f} ms"
    text += (
        f". Reading a {PROVINCES}-row file takes {1000 * results[f'read_dataset, {PROVINCES}-row CSV'][0]:.1f} ms "
        f"(CSV) or {1000 * results[f'read_dataset, {PROVINCES}-row XLSX'][0]:.0f} ms (XLSX), but the admin upload "
        f"runs {post_wcf[1]} queries when the page has {YEARS + 1} datasets and {post_ssf[1]} with {MONTHS + 1}"
    )
    if per_set >= 0.5:
        text += (
            f", about {per_set:.1f} more for each dataset the page holds (the upload form {get_wcf[1]} and "
            f"{get_ssf[1]}, the page editor {edit_wcf[1]} and {edit_ssf[1]})"
        )
    text += (
        f"; the SSF upload takes {1000 * post_ssf[0]:.0f} ms and saves a {draft_size / 1024:,.0f} KiB revision, "
        f"which grows by about {draft_size / (MONTHS + 1) / 1024:.0f} KiB with each dataset."
    )
    if missing:
        text += f" These answer 404, so they were not timed: {', '.join(missing)}."
    return text


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--uploads", type=int, default=5)
    args = parser.parse_args()
    run_started = time.perf_counter()

    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.test import Client
    from django.urls import reverse

    from categories.models import Category
    from sso_statistics.tests.factories import csv_upload, header, table_rows, xlsx_upload
    from sso_statistics.validation import read_dataset

    call_command("migrate", verbosity=0)
    call_command("setup_site", verbosity=0)
    ssf = Category.objects.get(key=SSF_KEY).page.specific
    wcf = Category.objects.get(key=WCF_KEY).page.specific
    for page, periods in ((ssf, monthly_periods()), (wcf, yearly_periods())):
        started = time.perf_counter()
        if seed(page, periods):
            print(f"published {len(periods)} datasets of {PROVINCES} rows on {page.url} in", end=" ")
            print(f"{time.perf_counter() - started:.1f} s")
    ssf = type(ssf).objects.get(pk=ssf.pk)
    wcf = type(wcf).objects.get(pk=wcf.pk)
    print(f"{ssf.datasets.count()} datasets on {ssf.url}, {wcf.datasets.count()} on {wcf.url}")

    # The public side: every visitor gets the same answer for the same address.
    latest, wcf_latest = ssf.sorted_datasets()[-1].slug, wcf.sorted_datasets()[-1].slug
    year_before = monthly_periods()[-13].slug
    urls = {
        f"SSF part page ({latest}, {MONTHS} sets)": ssf.url,
        f"  ?compare={year_before}": f"{ssf.url}?compare={year_before}",
        "  ?sort=total&order=desc": f"{ssf.url}?sort=total&order=desc",
        "  series/ (3 years)": f"{ssf.url}series/",
        "  series/?years=all": f"{ssf.url}series/?years=all",
        f"  data/{latest}.csv": f"{ssf.url}data/{latest}.csv",
        f"  data/{latest}.json": f"{ssf.url}data/{latest}.json",
        f"  data/{latest}.xlsx": f"{ssf.url}data/{latest}.xlsx",
        f"  chart/{latest}.svg": f"{ssf.url}chart/{latest}.svg",
        f"  chart/{latest}.png": f"{ssf.url}chart/{latest}.png",
        f"WCF part page ({wcf_latest}, {YEARS} sets)": wcf.url,
        "  series/?years=all ": f"{wcf.url}series/?years=all",
        f"  data/{wcf_latest}.csv": f"{wcf.url}data/{wcf_latest}.csv",
        f"open-data/datasets.json ({MONTHS + YEARS} sets)": "/open-data/datasets.json",
    }
    client = Client()
    public = Table("public request")
    missing = []
    for name, url in urls.items():
        if client.get(url).status_code == 404:  # the file routes 404 until Wagtail is made to serve them
            missing.append(name.strip())
            print(f"{name:34} {'answers 404':>26}")
            continue
        public.row(name, *measure(client, url, args.requests))

    # The upload path: reading a file on its own, then the admin screen as staff use it.
    user_model = get_user_model()
    user = user_model.objects.filter(username=BENCH_USER).first()
    if user is None:
        user = user_model.objects.create_superuser(BENCH_USER, "bench@example.invalid", "bench")
    admin = Client()
    admin.force_login(user)
    uploads = Table("upload")
    files = {page.pk: [header(page.schema), *table_rows(page.schema, PROVINCES, seed=99)] for page in (ssf, wcf)}
    ssf_rows = files[ssf.pk]
    csv_file, xlsx_file = csv_upload(ssf_rows[0], ssf_rows[1:]), xlsx_upload({"ข้อมูล": ssf_rows})

    def read(uploaded):
        uploaded.seek(0)
        table = read_dataset(uploaded, ssf.schema)
        assert len(table.rows) == PROVINCES

    for kind, uploaded in (("CSV", csv_file), ("XLSX", xlsx_file)):
        name = f"read_dataset, {PROVINCES}-row {kind}"
        uploads.row(name, median_seconds(lambda _, uploaded=uploaded: read(uploaded), args.requests), None)

    published = ssf.live_revision
    for page, fields in ((wcf, WCF_UPLOAD), (ssf, SSF_UPLOAD)):
        url = reverse("sso_statistics:upload", args=[page.pk])
        rows = files[page.pk]
        count = page.datasets.count() + 1  # the upload adds a period the published page does not have

        def form(rows=rows, fields=fields):
            return {**fields, "file": csv_upload(rows[0], rows[1:], name="upload.csv")}

        fund = "SSF" if page.pk == ssf.pk else "WCF"
        uploads.row(f"{fund} upload POST ({count} sets)", *measure(admin, url, args.uploads, "post", form, 302))
        assert len(latest_revision(page).content["datasets"]) == count
        # With the draft the POST left (the screens read the draft, not the published page).
        uploads.row(f"{fund} upload form GET ({count} sets)", *measure(admin, url, args.uploads))
        edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        uploads.row(f"{fund} page editor GET ({count} sets)", *measure(admin, edit_url, args.uploads))

    draft = latest_revision(ssf)
    published_size, draft_size = revision_size(published), revision_size(draft)
    revisions = ssf.revisions.count()
    print()
    print(
        f"SSF revision JSON: published {published_size / 1024:,.0f} KiB ({MONTHS} datasets), each upload saves "
        f"{draft_size / 1024:,.0f} KiB ({MONTHS + 1}), {(draft_size - published_size) / 1024:,.1f} KiB a dataset; "
        f"the page keeps {revisions} revisions"
    )
    elapsed = time.perf_counter() - run_started
    print(f"ran in {elapsed:.0f} s")

    print()
    print("Summary: " + summary(public.results | uploads.results, latest, wcf_latest, draft_size, missing))


if __name__ == "__main__":
    # This folder comes first on the path, where this file would stand in for the standard library's ``statistics``
    # (see above): the project folder takes its place.
    sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != BENCH_DIR]
    sys.path.insert(0, str(BENCH_DIR.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sso_site.settings.test")
    os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/sso-bench-statistics.sqlite3")
    main()
