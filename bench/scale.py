"""The site at 100,000 pages and 20,000 procurement notices on PostgreSQL: p50/p95 of the pages and screens that
grow with the content, uncached, and ``publish_scheduled`` with 1,000 pages due at once.

    .venv/bin/python bench/scale.py [--repeat 20] [--database h_scale_bench]

It creates the PostgreSQL database if missing (``DATABASE_URL`` overrides it), migrates, builds the page tree
and seeds, once: a second run reuses what is there. Seeding is bulk (``core.tests.bulk_pages``: one INSERT of
page rows and one of the type's own rows per 1,000 pages), with Thai titles from bench/search.py's sentences:
news and photo news, recruitment and outside notices, laws in the ten law lists, download forms in the eight
download lists, 20,000 procurement notices (bench/procurement_listing.py's seeding) and the statistics datasets
of bench/fund_statistics.py; every page gets its search-index row (bench/search.py's ``index_pages``).

Requests go through Django's test client, in process (no network, no HTTP cache: the figures are Django, Wagtail,
the templates and PostgreSQL). For each request the first figure is the first request after the object cache is
emptied (menu, settings, listing counts, sitemap files rebuilt: what follows a publication), then p50/p95 of the
next requests with it filled; no page is cached anywhere. The table is printed and appended to
bench/results/scale.txt.
"""

import argparse
import datetime
import os
import random
import statistics
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent))
sys.path.insert(0, str(BENCH_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sso_site.settings.test")

# (category key, page type, how many): 80,000 pages; with the 20,000 notices, 100,000 (plus the tree and demo).
PAGES = [
    ("news/press-releases", "categories.NewsArticlePage", 30_000),
    ("about/cio/cio-news", "categories.NewsArticlePage", 4_000),
    ("news/photo-news", "categories.PhotoNewsPage", 4_000),
    ("news/recruitment", "categories.RecruitmentNoticePage", 4_000),
    ("news/external-notices", "categories.ExternalNoticePage", 8_000),
    *(
        (f"laws/{key}", "categories.LawPage", 1_500)
        for key in (
            "acts",
            "ministerial-regulations",
            "announcements",
            "regulations",
            "standards",
            "manuals",
            "guidelines",
            "cabinet-resolutions",
            "royal-decrees",
            "other-laws",
        )
    ),  # fmt: skip
    *(
        (f"downloads/{key}", "categories.DownloadFormPage", 1_875)
        for key in (
            "benefit-claim-forms",
            "ssf-forms",
            "wcf-forms",
            "unemployment-forms",
            "manuals",
            "other-documents",
            "programs",
            "hospital-data",
        )
    ),  # fmt: skip
]
NOTICES = 20_000
SCHEDULED = 1_000
SCHEDULED_PARENT = "news/external-notices"
SLUG_PREFIX = "scale-"
FIRST_DAY = datetime.date(2016, 1, 1)


def ensure_database(url: str):
    import psycopg2

    name = url.rsplit("/", 1)[1]
    connection = psycopg2.connect(url.rsplit("/", 1)[0] + "/postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if not cursor.fetchone():
            cursor.execute(f'CREATE DATABASE "{name}"')
            print(f"created database {name}")
    connection.close()


def own_fields(model_name: str, n: int, document_id: int, image_id: int) -> dict:
    """Realistic values of a page type's own required fields for the ``n``-th page."""
    day = FIRST_DAY + datetime.timedelta(days=n % 3650)
    intro = {"intro": "สำนักงานประกันสังคมขอแจ้งให้ผู้ประกันตนและนายจ้างทราบ"}
    return {
        "NewsArticlePage": {**intro, "date": day, "image_id": image_id if n % 3 == 0 else None},
        "PhotoNewsPage": {**intro, "date": day},
        "RecruitmentNoticePage": {
            **intro,
            "date": day,
            "application_start": day,
            "application_end": day + datetime.timedelta(days=14),
            "how_to_apply": "สมัครด้วยตนเองที่กลุ่มงานสรรหา",
        },
        "ExternalNoticePage": {
            **intro,
            "date": day,
            "source_agency": "กรมการจัดหางาน",
            "letter_reference": f"รง 0301/{n % 9000 + 1000}",
        },
        "LawPage": {
            **intro,
            "number": f"ฉบับที่ {n % 40 + 1}",
            "year_be": 2500 + n % 69,
            "effective_date": day,
            "document_id": document_id,
        },
        "DownloadFormPage": {
            **intro,
            "form_code": f"สปส. {n % 9 + 1}-{n % 99:02d}",
            "document_id": document_id,
            "last_updated": day,
        },
    }[model_name]


def seed_pages(rng):
    """The 80,000 pages of ``PAGES`` and their index rows, skipping lists already seeded."""
    import search
    from django.apps import apps
    from django.utils import timezone
    from wagtail.models import Page

    from categories.models import Category
    from categories.tests.factories import DocumentFactory, ImageFactory
    from core.tests.bulk_pages import bulk_insert_pages

    document, image = DocumentFactory(), ImageFactory()
    now = timezone.now()
    total, started = 0, time.perf_counter()
    for key, label, count in PAGES:
        parent = Category.objects.get(key=key).page
        if Page.objects.filter(path__startswith=parent.path, slug__startswith=SLUG_PREFIX).exists():
            continue
        model = apps.get_model(label)
        items = (
            (f"{SLUG_PREFIX}{n}", search.sentence(rng), now, own_fields(model.__name__, n, document.pk, image.pk))
            for n in range(count)
        )
        ids = bulk_insert_pages(parent, model, items)
        search.index_pages(ids, rng, page_type=label.lower())
        total += len(ids)
    if total:
        print(f"seeded {total} pages with their index rows in {time.perf_counter() - started:.1f} s")


def seed_notices():
    import procurement_listing

    from categories.models import Category
    from procurement.models import ProcurementNoticePage

    have = ProcurementNoticePage.objects.filter(slug__startswith="bulk-notice-").count()
    if have >= NOTICES:
        return
    started = time.perf_counter()
    procurement_listing.seed_notices(NOTICES - have, Category.objects.get(key="news/procurement-central").page)
    print(f"seeded {NOTICES - have} procurement notices in {time.perf_counter() - started:.1f} s")


def seed_statistics():
    import fund_statistics

    from categories.models import Category

    started = time.perf_counter()
    for key, periods in ((fund_statistics.SSF_KEY, fund_statistics.monthly_periods()),
                         (fund_statistics.WCF_KEY, fund_statistics.yearly_periods())):  # fmt: skip
        if fund_statistics.seed(Category.objects.get(key=key).page.specific, periods):
            print(f"published {len(periods)} datasets on {key} in {time.perf_counter() - started:.1f} s")


def schedule_pages(count: int):
    """``count`` draft pages, each with an approved revision due a minute ago: what publish_scheduled finds when an
    announcement of many pages was scheduled for one time. The revisions are bulk-created too."""
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone
    from wagtail.models import Page, Revision

    from categories.models import Category, ExternalNoticePage
    from core.tests.bulk_pages import bulk_insert_pages

    parent = Category.objects.get(key=SCHEDULED_PARENT).page
    now = timezone.now()
    batch = now.strftime("%H%M%S")
    items = (
        (
            f"scheduled-{batch}-{n}",
            f"ประกาศตามกำหนดเวลา ชุด {batch} ฉบับที่ {n}",
            None,
            own_fields("ExternalNoticePage", n, 0, 0),
        )
        for n in range(count)
    )
    ids = bulk_insert_pages(parent, ExternalNoticePage, items, live=False)
    content_type = ContentType.objects.get_for_model(ExternalNoticePage)
    base_type = ContentType.objects.get_for_model(Page)
    due = now - datetime.timedelta(minutes=1)
    revisions = [
        Revision(
            content_type=content_type,
            base_content_type=base_type,
            object_id=str(page.pk),
            object_str=page.title,
            content=page.serializable_data(),
            approved_go_live_at=due,
            created_at=now,
        )
        for page in ExternalNoticePage.objects.filter(pk__in=ids)
    ]
    Revision.objects.bulk_create(revisions)
    for revision in revisions:
        Page.objects.filter(pk=int(revision.object_id)).update(latest_revision=revision)
    return ids


def bench_user(unit: str, role: str):
    """The bench's account of ``role`` in ``unit``, made on the first run."""
    from django.contrib.auth import get_user_model

    from governance.tests.factories import unit_user

    username = f"scale-{role}-{unit.rstrip('.')}"
    return get_user_model().objects.filter(username=username).first() or unit_user(unit, role, username=username)


def percentiles(times):
    times = sorted(times)
    return statistics.median(times), times[max(0, round(0.95 * len(times)) - 1)]


def measure(client, url, repeat):
    """The first request after the cache is emptied (cold: menu, settings, counts and sitemap files rebuilt),
    then ``repeat`` requests with them cached, as between two publications; no page is cached anywhere."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm Python-side imports and the database's buffers
    cache.clear()
    started = time.perf_counter()
    response = client.get(url)
    cold = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, (url, response.status_code)
    times = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - started) * 1000)
    return (cold, *percentiles(times), len(queries))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--database", default="h_scale_bench")
    parser.add_argument("--scheduled", type=int, default=SCHEDULED, help="pages due for publish_scheduled (0: skip)")
    args = parser.parse_args()
    os.environ.setdefault("DATABASE_URL", f"postgres://postgres@127.0.0.1:5432/{args.database}")
    ensure_database(os.environ["DATABASE_URL"])

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from wagtail.models import Page

    from categories.models import Category

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("setup_site", verbosity=0)
    print(f"migrate + setup_site: {time.perf_counter() - started:.1f} s")
    rng = random.Random(15)  # noqa: S311 - synthetic data
    seed_pages(rng)
    seed_notices()
    seed_statistics()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    pages = Page.objects.count()
    print(f"{pages} pages in the tree")

    def page(key):
        return Category.objects.get(key=key).page

    news, laws, central = page("news/press-releases"), page("laws/acts"), page("news/procurement-central")
    anonymous = Client()
    km_editor, law_editor = Client(), Client()
    km_editor.force_login(bench_user("ศสน.", "editor"))
    law_editor.force_login(bench_user("กม.", "editor"))
    rows = [
        ("news list, page 1", anonymous, news.url),
        ("news list, page 500", anonymous, f"{news.url}?page=500"),
        ("law list, page 50", anonymous, f"{laws.url}?page=50"),
        ("procurement list, page 1", anonymous, central.url),
        ("procurement list, page 500", anonymous, f"{central.url}?page=500"),
        ("sitemap index", anonymous, "/sitemap.xml"),
        ("sitemap file 1 (50,000 URLs)", anonymous, "/sitemap-1.xml"),
        ("search ประกันตน", anonymous, "/search/?q=ประกันตน"),
        ("search เงินชราภาพ", anonymous, "/search/?q=เงินชราภาพ"),
        ("explorer: ศสน. editor, news list", km_editor, f"/admin/pages/{news.pk}/"),
        ("explorer: กม. editor, acts", law_editor, f"/admin/pages/{laws.pk}/"),
    ]
    lines = [f"{'request':38} {'cold ms':>8} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}"]
    for name, client, url in rows:
        cold, p50, p95, queries = measure(client, url, args.repeat)
        flag = "" if p95 < 300 else "  > 300 ms"
        lines.append(f"{name:38} {cold:8.1f} {p50:8.1f} {p95:8.1f} {queries:8d}{flag}")
        print(lines[-1])

    from django.core.cache import cache
    from wagtail.models import Revision

    if args.scheduled:
        schedule_pages(args.scheduled)
        due = Revision.objects.filter(approved_go_live_at__isnull=False).count()
        cache.clear()
        started = time.perf_counter()
        call_command("publish_scheduled", verbosity=0)
        seconds = time.perf_counter() - started
        left = Revision.objects.filter(approved_go_live_at__isnull=False).count()
        lines.append(
            f"publish_scheduled, {due} pages due: {seconds:.1f} s ({left} left due){'' if seconds < 60 else '  > 60 s'}"
        )
        print(lines[-1])
    report = [
        f"scale bench {time.strftime('%Y-%m-%d %H:%M')} — {pages} pages on PostgreSQL "
        f"{connection.pg_version // 10000}, {args.repeat} requests each, in-process test client, no page cache; "
        "cold = first request after emptying the object cache, p50/p95 with it filled",
        *lines,
    ]
    with open(BENCH_DIR / "results" / "scale.txt", "a", encoding="utf-8") as out:
        out.write("\n".join(report) + "\n\n")


if __name__ == "__main__":
    main()
