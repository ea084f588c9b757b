"""Render the public pages with realistic volumes and print requests per second and queries per page.

    .venv/bin/python bench/render_pages.py [--news 2000] [--requests 200]

Uses its own SQLite file in /tmp unless DATABASE_URL is set. Requests go through Django's test client
(in-process: no network, no server), so the figures are the cost of Django + Wagtail + templates.
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sso_site.settings.test")
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/sso-bench.sqlite3")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--news", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from news_seed import seed_news

    from categories.models import Category, NewsArticlePage

    call_command("migrate", verbosity=0)
    call_command("setup_site", verbosity=0)
    index = Category.objects.get(key="news/press-releases").page.specific
    started = time.perf_counter()
    added = seed_news(args.news)
    if added:
        print(f"seeded {added} news pages in {time.perf_counter() - started:.1f} s")

    client = Client()
    urls = {
        "home": "/",
        "section (news)": Category.objects.get(key="news").page.url,
        f"news index ({args.news} items)": index.url,
        "news index, page 50": f"{index.url}?page=50",
        "news article": NewsArticlePage.objects.child_of(index).first().url,
        "benefit page": Category.objects.get(key="benefits/social-security-fund/maternity").page.url,
        "search ประกันสังคม": "/search/?q=ประกันสังคม",
    }
    print(f"{'page':32} {'req/s':>8} {'ms/req':>8} {'queries':>8}")
    for name, url in urls.items():
        client.get(url)
        queries = []

        def count(execute, sql, params, many, context, queries=queries):
            queries.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(count):
            assert client.get(url).status_code == 200, url
        started = time.perf_counter()
        for _ in range(args.requests):
            client.get(url)
        elapsed = time.perf_counter() - started
        print(f"{name:32} {args.requests / elapsed:8.1f} {1000 * elapsed / args.requests:8.2f} {len(queries):8d}")


if __name__ == "__main__":
    main()
