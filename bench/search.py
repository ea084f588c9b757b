"""Ranked search over 100,000 indexed pages on PostgreSQL: p50/p95 and SQL queries per search for 30 typical
Thai queries, and for a query that matches about 20,000 pages. A count shown as ">1000" is a query with more
matches than ``site_search.backends.EXACT_UP_TO`` (the page then says "more than 1,000").

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sso_search_bench .venv/bin/python bench/search.py [--pages 100000]

Seeding is fast and synthetic: minimal page rows are copied from the root page with INSERT … SELECT
generate_series, and their index rows are assembled from the tokens of 400 realistic Thai sentences (segmented
once by core.search_text) and bulk-inserted; a second run reuses them. Each search is ``site_search.results.run``
(the ranked query, the facet counts, the entries of the page of results with snippets), i.e. everything the
view does but the template. Results are appended to bench/results/search.txt.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sso_site.settings.test")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/sso_search_bench")

SUBJECTS = ["ผู้ประกันตน", "นายจ้าง", "ลูกจ้าง", "สถานประกอบการ", "ผู้รับบำนาญ", "แรงงานนอกระบบ", "คู่สมรส", "บุตร"]
TOPICS = [
    "ประโยชน์ทดแทนกรณีคลอดบุตร",
    "ทันตกรรม",
    "บำเหน็จชราภาพ",
    "บำนาญชราภาพ",
    "กรณีว่างงาน",
    "กรณีทุพพลภาพ",
    "กรณีเสียชีวิต",
    "สงเคราะห์บุตร",
    "การรักษาพยาบาล",
    "เงินสมทบ",
    "มาตรา 33",
    "มาตรา 39",
    "มาตรา 40",
    "กองทุนเงินทดแทน",
    "การจัดซื้อจัดจ้าง",
    "ประกวดราคาอิเล็กทรอนิกส์",
    "การเปลี่ยนสถานพยาบาล",
    "ขึ้นทะเบียน",
    "แบบ สปส. 2-01",
    "แบบ สปส.1-03",
    "สำนักงานประกันสังคมจังหวัดเชียงใหม่",
    "เคาน์เตอร์เซอร์วิส",
]
VERBS = ["ยื่นคำขอรับ", "ตรวจสอบสิทธิ", "ประกาศเรื่อง", "ขั้นตอนการ", "แจ้งเปลี่ยนแปลง", "รายงานผล", "ชำระ"]
PLACES = ["กรุงเทพมหานคร", "เชียงใหม่", "ขอนแก่น", "ชลบุรี", "สงขลา", "ภูเก็ต", "นครราชสีมา", "ออนไลน์"]
QUERIES = [
    "ประกันตน",
    "ผู้ประกันตน มาตรา 40",
    "มาตรา ๔๐",
    "ทำฟัน",
    "ทันตกรรม",
    "คลอดบุตร",
    "คลอดลูก",
    "ตกงาน",
    "ว่างงาน",
    "เงินชราภาพ",
    "บำนาญชราภาพ",
    "สปส. 2-01",
    "2-01",
    "เชียงใหม่",
    "สำนักงานประกันสังคมจังหวัดเชียงใหม่",
    "เคาน์เตอร์ เซอร์วิส",
    "เงินสมทบ",
    "ขึ้นทะเบียน นายจ้าง",
    "สงเคราะห์บุตร",
    "ทุพพลภาพ",
    "เปลี่ยนโรงพยาบาล",
    "จัดซื้อจัดจ้าง",
    "ประกวดราคา",
    "กองทุนเงินทดแทน",
    "ตรวจสอบสิทธิ",
    "เสียชีวิต ค่าทำศพ",
    "ขอนแก่น",
    "รักษาพยาบาล",
    "ทันตกรม",
    "ประกันสังคม",
]
BROAD_TOKEN = "ข้อมูลสำคัญ"  # noqa: S105 - put in one page in five: the query that matches ~20,000 of 100,000


def sentence(rng):
    return f"{rng.choice(VERBS)}{rng.choice(TOPICS)}สำหรับ{rng.choice(SUBJECTS)} {rng.choice(PLACES)}"


def seed(pages: int):
    from django.db import connection

    from site_search.models import SearchEntry

    have = SearchEntry.objects.count()
    if have >= pages:
        print(f"reusing {have} index rows")
        return
    rng = random.Random(16)  # noqa: S311 - synthetic data
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'wagtailcore_page' "
            "AND column_name NOT IN ('id', 'path', 'title', 'draft_title', 'live', 'translation_key', 'slug', "
            "'depth', 'numchild')"
        )
        rest = [row[0] for row in cursor.fetchall()]
        columns = ", ".join(rest)
        todo = pages - have
        started = time.monotonic()
        cursor.execute(
            f"INSERT INTO wagtailcore_page (path, depth, numchild, title, draft_title, live, translation_key, slug, "  # noqa: S608 - column names from the schema
            f"{columns}) SELECT 'B' || lpad(n::text, 11, '0'), 3, 0, 'bench ' || n, 'bench ' || n, true, "
            f"gen_random_uuid(), 'bench-' || n, {columns} FROM wagtailcore_page, generate_series(%s, %s) n "
            "WHERE wagtailcore_page.depth = 1 RETURNING id",
            [have + 1, have + todo],
        )
        ids = [row[0] for row in cursor.fetchall()]
        print(f"{len(ids)} pages inserted in {time.monotonic() - started:.1f} s")
    index_pages(ids, rng)
    print(f"index rows: {SearchEntry.objects.count()}")


def index_pages(ids, rng, page_type="categories.newsarticlepage"):
    """Index rows for the pages ``ids``, assembled from the tokens of 400 realistic Thai sentences (segmented once);
    one page in five also carries ``BROAD_TOKEN``. bench/scale.py indexes its pages with this too."""
    from django.db import connection
    from django.utils import timezone

    from core.search_text import compact, search_tokens
    from site_search.models import SearchEntry

    fragments = [sentence(rng) for _ in range(400)]
    tokens = [search_tokens(f) for f in fragments]
    now = timezone.now()
    batch = []
    for n, page_id in enumerate(ids):
        picks = [rng.randrange(len(fragments)) for _ in range(6)]
        title = fragments[picks[0]]
        body_tokens = sorted({t for p in picks[2:] for t in tokens[p]})
        if n % 5 == 0:
            body_tokens.append(BROAD_TOKEN)
        body = " ".join(fragments[p] for p in picks[2:])
        batch.append(
            SearchEntry(
                page_id=page_id,
                title=title,
                title_tokens=" ".join(tokens[picks[0]]),
                summary_tokens=" ".join(tokens[picks[1]]),
                body_tokens=" ".join(body_tokens),
                title_compact=compact(title),
                phrase_text=compact(title + fragments[picks[1]] + body)[:1000],
                snippet_text=fragments[picks[1]] + " " + body,
                page_type=page_type,
                date=now - timezone.timedelta(days=rng.randrange(3650)),
            )
        )
        if len(batch) == 5000:
            SearchEntry.objects.bulk_create(batch)
            batch = []
    SearchEntry.objects.bulk_create(batch)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE site_search_searchentry")
        cursor.execute("ANALYZE wagtailcore_page")


def measure(query, repeat):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from site_search import results
    from site_search.backends import Filters

    times, queries, total = [], 0, 0
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            outcome = results.run(query, Filters(), 1)
            times.append((time.perf_counter() - started) * 1000)
        queries, total = len(captured), f"{'>' if outcome.more else ''}{outcome.total}"
    return times, queries, total


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    import django

    django.setup()
    from django.db import connection

    if connection.vendor != "postgresql":
        sys.exit("bench/search.py measures PostgreSQL: set DATABASE_URL")
    seed(args.pages)
    all_times, lines = [], []
    for query in QUERIES:
        measure(query, 1)  # warm caches
        times, queries, total = measure(query, args.repeat)
        all_times.extend(times)
        lines.append(f"  {query:<40} {total:>7} matches  median {statistics.median(times):6.1f} ms  {queries} queries")
    broad_times, broad_queries, broad_total = measure(BROAD_TOKEN, args.repeat)
    cut = statistics.quantiles(all_times, n=20)
    report = [
        f"search bench {time.strftime('%Y-%m-%d %H:%M')} — {args.pages} pages on PostgreSQL, {len(QUERIES)} queries "
        f"x {args.repeat}",
        *lines,
        f"30 queries: p50 {statistics.median(all_times):.1f} ms, p95 {cut[18]:.1f} ms",
        f"broad query ({broad_total} matches): p50 {statistics.median(broad_times):.1f} ms, "
        f"max {max(broad_times):.1f} ms, {broad_queries} queries",
    ]
    print("\n".join(report))
    with open(Path(__file__).resolve().parent / "results" / "search.txt", "a", encoding="utf-8") as out:
        out.write("\n".join(report) + "\n\n")


if __name__ == "__main__":
    main()
