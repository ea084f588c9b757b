"""Run the site check over 20,000 live news pages and print pages per second, queries and findings.

    .venv/bin/python bench/site_check.py [--pages 20000]

Uses its own SQLite file in /tmp unless DATABASE_URL is set; a second run reuses the pages already seeded (the
automated issues are deleted first, so every run measures a first check, which opens the issues, and a second,
which only sees them again). The pages are bulk-inserted under the two news lists: every one has a paragraph,
a quarter link to another live page, one in fifty to a deleted page, one in ten attach a document (PDF/A, plain
PDF or one whose file is gone), one in a hundred links outside (not requested: external checks are off) and one
in forty was last published past its category's review interval.
"""

import argparse
import datetime
import os
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sso_site.settings.test")
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/sso-bench-site-check.sqlite3")

BATCH = 500
SLUG_PREFIX = "bench-check-"
MEDIA_ROOT = str(Path(tempfile.gettempdir()) / "sso-bench-site-check-media")


def seed_documents():
    """A PDF/A, a plain PDF, and a PDF whose file has gone from storage."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    from core.tests.factories import MINIMAL_PDF
    from governance.tests.upkeep.test_site_checks import PDFA

    model = get_document_model()
    documents = []
    for title, content in (("bench PDF/A", PDFA), ("bench PDF", MINIMAL_PDF), ("bench gone", MINIMAL_PDF)):
        document = model.objects.filter(title=title).first()
        if document is None:
            document = model.objects.create(title=title, file=ContentFile(content, name="bench.pdf"))
        documents.append(document)
    gone = documents[-1]
    if gone.file.storage.exists(gone.file.name):
        gone.file.storage.delete(gone.file.name)
    return documents


def body_for(n: int, live_ids: list[int], deleted_id: int, documents) -> list[dict]:
    def block(kind, value):
        return {"type": kind, "value": value, "id": str(uuid.uuid4())}

    text = "<p>สำนักงานประกันสังคมขอแจ้งผู้ประกันตนมาตรา 33 มาตรา 39 และมาตรา 40 ให้ทราบโดยทั่วกัน</p>"
    body = [block("paragraph", text)]
    if n % 4 == 0:
        target = live_ids[n % len(live_ids)]
        body.append(block("paragraph", f'<p>อ่าน <a linktype="page" id="{target}">ประกาศที่เกี่ยวข้อง</a></p>'))
    if n % 50 == 1:
        body.append(block("paragraph", f'<p>ดู <a linktype="page" id="{deleted_id}">ประกาศเดิม</a></p>'))
    if n % 10 == 2:
        document = documents[(n // 10) % len(documents)]
        body.append(block("document", {"document": document.pk, "label": "ดาวน์โหลดแบบฟอร์ม"}))
    if n % 100 == 3:
        body.append(block("link", {"text": "กรมการจัดหางาน", "page": None, "url": f"https://www.doe.go.th/{n}"}))
    return body


def seed_news(parent, count: int, start: int, live_ids, deleted_id, documents, review_days: int):
    """``count`` live news articles under ``parent``, a batch of page rows and article rows at a time."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone
    from wagtail.models import Page

    from categories.models import NewsArticlePage
    from core.tests.bulk_pages import first_free_step, live_page_row

    content_type = ContentType.objects.get_for_model(NewsArticlePage)
    parent = Page.objects.get(pk=parent.pk)
    first_step = first_free_step(parent)
    now = timezone.now()
    overdue = now - datetime.timedelta(days=review_days + 5)
    fields = list(NewsArticlePage._meta.local_concrete_fields)
    with transaction.atomic():
        for offset in range(0, count, BATCH):
            pages, articles = [], []
            for i in range(offset, min(offset + BATCH, count)):
                n = start + i
                slug = f"{SLUG_PREFIX}{n}"
                published = overdue if n % 40 == 5 else now
                title = f"ข่าวประชาสัมพันธ์ฉบับที่ {n}: สำนักงานประกันสังคมแจ้งผู้ประกันตน"
                page = live_page_row(
                    parent, first_step + i, slug=slug, title=title, content_type=content_type, published=published
                )
                pages.append((n, page))
            Page.objects.bulk_create([page for _, page in pages])
            if any(page.pk is None for _, page in pages):  # backends that return no ids
                by_path = dict(Page.objects.filter(path__in=[p.path for _, p in pages]).values_list("path", "pk"))
                for _, page in pages:
                    page.pk = page.id = by_path[page.path]
            for n, page in pages:
                articles.append(
                    NewsArticlePage(
                        page_ptr_id=page.pk,
                        intro="สำนักงานประกันสังคมขอแจ้งให้ทราบ",
                        date=datetime.date(2020, 1, 1) + datetime.timedelta(days=n % 2500),
                        body=body_for(n, live_ids, deleted_id, documents),
                    )
                )
            NewsArticlePage._base_manager._insert(articles, fields=fields, raw=True)
        Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + count)


def seed(total: int):
    from wagtail.models import Page

    from categories.models import Category, ContentPage, NewsIndexPage
    from governance.access.rules import category_for_page

    existing = Page.objects.filter(slug__startswith=SLUG_PREFIX).count()
    if existing >= total:
        return
    started = time.perf_counter()
    documents = seed_documents()
    gone = ContentPage(title="ประกาศที่ถูกลบ", slug=f"bench-deleted-{uuid.uuid4().hex[:8]}")
    Category.objects.get(key="about/organization").page.add_child(instance=gone)
    deleted_id = gone.pk
    gone.delete()
    live_ids = list(Page.objects.live().filter(depth__gt=2).values_list("pk", flat=True)[:500])
    lists = list(NewsIndexPage.objects.live().order_by("path"))
    wanted, start = total - existing, existing
    for index, parent in enumerate(lists):
        share = wanted // len(lists) + (index < wanted % len(lists))
        review_days = category_for_page(parent).review_days
        seed_news(parent, share, start, live_ids, deleted_id, documents, review_days)
        start += share
    print(f"seeded {wanted} news pages in {time.perf_counter() - started:.1f} s")


def measured_run(label: str):
    from django.db import connection

    from governance.upkeep.site_checks import run_site_check

    queries = Counter()

    def count(execute, sql, params, many, context):
        queries["all"] += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        summary = run_site_check()
    rate = summary.pages / summary.seconds
    print(
        f"{label:10} {summary.pages:7d} {summary.seconds:8.1f} {rate:9.0f} {queries['all']:8d} "
        f"{sum(summary.findings.values()):9d} {summary.opened:6d} {summary.seen_again:6d} {summary.fixed:6d}"
    )
    return summary


def run(pages: int):
    from governance.upkeep.models import SiteIssue

    seed(pages)
    SiteIssue.objects.filter(source=SiteIssue.Source.CHECK).delete()

    print(
        f"{'run':10} {'pages':>7} {'seconds':>8} {'pages/s':>9} {'queries':>8} {'findings':>9} {'new':>6} "
        f"{'again':>6} {'fixed':>6}"
    )
    first = measured_run("first")
    measured_run("second")
    for kind, count in sorted(first.findings.items()):
        print(f"  {SiteIssue.Kind(kind).label}: {count}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=20_000)
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import override_settings

    call_command("migrate", verbosity=0)
    call_command("setup_site", verbosity=0)
    with override_settings(MEDIA_ROOT=MEDIA_ROOT):  # the test settings' media folder is new in every process
        run(args.pages)


if __name__ == "__main__":
    main()
