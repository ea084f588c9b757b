"""Render the procurement listings over 20,000 notices and print requests per second and queries per request.

    .venv/bin/python bench/procurement_listing.py [--notices 20000] [--requests 50]

Uses its own SQLite file in /tmp unless DATABASE_URL is set; a second run reuses the notices already seeded.
The notices are bulk-inserted (``procurement.tests.factories.bulk_notices``) under the ten central kind lists
and six provincial offices, for 200 projects of every method over six fiscal years; the demo content
(``manage.py load_demo_content``, data/demo/procurement.yaml) adds real invitations, draft TORs and complete
projects. Requests go through Django's test client (in-process: no network, no server), so the figures are the
cost of Django + Wagtail + templates.
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sso_site.settings.test")
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/sso-bench-procurement.sqlite3")

PROVINCES = ("เชียงใหม่", "ขอนแก่น", "ชลบุรี", "สงขลา", "นครราชสีมา", "ภูเก็ต")
CENTRAL_SHARE = 0.6  # of the notices; the rest are spread over the provincial offices
PROJECTS = 200
DEMO_PROJECT_EGP_SUFFIX = "089041275"
WORKS = (
    "จ้างบำรุงรักษาเครื่องปรับอากาศ",
    "ซื้อวัสดุสำนักงาน",
    "จ้างเหมาบริการรักษาความปลอดภัย",
    "ซื้อเครื่องคอมพิวเตอร์",
    "จ้างทำความสะอาดอาคาร",
    "จ้างพิมพ์แบบพิมพ์ผู้ประกันตน",
)


def seed_projects():
    """200 projects, 60% central (กค.) and the rest shared by the offices, cycling methods and fiscal years."""
    from decimal import Decimal

    from governance.access.models import Unit
    from procurement.models import Method, ProcurementProject

    methods = list(Method.values)
    central = Unit.objects.get(code="กค.")
    offices = [Unit.objects.get(province=p, parent__isnull=False) for p in PROVINCES]
    projects = {"": [], **{p: [] for p in PROVINCES}}
    for n in range(PROJECTS):
        unit = central if n < PROJECTS * CENTRAL_SHARE else offices[n % len(offices)]
        fiscal_year = 2565 + n % 6
        project, _ = ProcurementProject.objects.get_or_create(
            egp_number=f"6{n:010d}",
            defaults={
                "title": f"{WORKS[n % len(WORKS)]} ประจำปีงบประมาณ พ.ศ. {fiscal_year} ({unit.code}) ชุดที่ {n}",
                "unit": unit,
                "fiscal_year": fiscal_year,
                "budget": Decimal(100_000 + 25_000 * (n % 40)),
                "method": methods[n % len(methods)],
            },
        )
        projects[unit.province].append(project)
    return projects


def _split(total: int, parts: int) -> list[int]:
    share, rest = divmod(total, parts)
    return [share + (i < rest) for i in range(parts)]


def seed_notices(count: int, central):
    """``count`` notices: each central kind list gets its share (of its own kind), each office the rest."""
    from procurement.models import ProcurementNoticeIndexPage, ProcurementNoticePage, ProcurementOfficePage
    from procurement.tests.factories import bulk_notices

    projects = seed_projects()
    lists = list(ProcurementNoticeIndexPage.objects.child_of(central))
    offices = [ProcurementOfficePage.objects.get(province=p) for p in PROVINCES]
    central_count = int(count * CENTRAL_SHARE)
    for page, n in zip(lists, _split(central_count, len(lists)), strict=True):
        bulk_notices(page, n, projects=projects[""])
        # bulk_notices cycles through the ten kinds; a kind's list holds only its own.
        ProcurementNoticePage.objects.filter(path__startswith=page.path, depth=page.depth + 1).update(kind=page.kind)
    for page, n in zip(offices, _split(count - central_count, len(offices)), strict=True):
        bulk_notices(page, n, projects=projects[page.province])


def measure(client, url, requests):
    from django.db import connection

    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    client.get(url)
    with connection.execute_wrapper(count):
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    started = time.perf_counter()
    for _ in range(requests):
        client.get(url)
    return (time.perf_counter() - started) / requests, len(queries)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--notices", type=int, default=20_000)
    parser.add_argument("--requests", type=int, default=50)
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from categories.models import Category
    from procurement.models import ProcurementNoticePage, ProcurementProject

    call_command("migrate", verbosity=0)
    call_command("setup_site", verbosity=0)
    central = Category.objects.get(key="news/procurement-central").page.specific
    regional = Category.objects.get(key="news/procurement-regional").page.specific
    call_command("load_demo_content", verbosity=0)
    existing = ProcurementNoticePage.objects.filter(slug__startswith="bulk-notice-").count()
    if existing < args.notices:
        started = time.perf_counter()
        seed_notices(args.notices - existing, central)
        print(f"seeded {args.notices - existing} notices in {time.perf_counter() - started:.1f} s")
    total = ProcurementNoticePage.objects.count()
    in_central = ProcurementNoticePage.objects.descendant_of(central).count()
    print(f"{total} notices, {in_central} central, {ProcurementProject.objects.count()} projects")

    # The demo's network maintenance project (egp_suffix in data/demo/procurement.yaml), told to its contract.
    projects = ProcurementProject.objects.filter(egp_number__endswith=DEMO_PROJECT_EGP_SUFFIX)
    project = projects.order_by("-fiscal_year")[0]
    urls = {
        "central, page 1": central.url,
        "central, page 500": f"{central.url}?page=500",
        "central, fiscal year 2567": f"{central.url}?fiscal_year=2567",
        "central, kind + method": f"{central.url}?kind=invitation&method=e_bidding",
        "central, q=เครื่องปรับอากาศ": f"{central.url}?q=เครื่องปรับอากาศ",
        "regional, province เชียงใหม่": f"{regional.url}?province=เชียงใหม่",
        "central RSS": f"{central.url}feed/rss/",
        "central Atom": f"{central.url}feed/atom/",
        "central, open for bids": f"{central.url}open/",
        "project page": f"{central.url}projects/{project.pk}/",
    }
    client = Client()
    print(f"{'request':30} {'req/s':>8} {'ms/req':>8} {'queries':>8}")
    for name, url in urls.items():
        seconds, queries = measure(client, url, args.requests)
        print(f"{name:30} {1 / seconds:8.1f} {1000 * seconds:8.2f} {queries:8d}")


if __name__ == "__main__":
    main()
