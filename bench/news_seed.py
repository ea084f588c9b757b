"""News articles for the benchmarks: ``count`` live articles under the press-release index (kept across runs)."""

import datetime


def seed_news(count: int) -> int:
    """Add articles until the index has ``count``; returns how many were added."""
    from categories.models import Category, NewsArticlePage

    index = Category.objects.get(key="news/press-releases").page.specific
    existing = NewsArticlePage.objects.child_of(index).count()
    for n in range(existing, count):
        index.add_child(
            instance=NewsArticlePage(
                title=f"ข่าวประชาสัมพันธ์ฉบับที่ {n}: สำนักงานประกันสังคมแจ้งผู้ประกันตน",
                slug=f"bench-news-{n}",
                intro="สำนักงานประกันสังคมขอแจ้งผู้ประกันตนมาตรา 33 มาตรา 39 และมาตรา 40 ให้ทราบโดยทั่วกัน",
                date=datetime.date(2020, 1, 1) + datetime.timedelta(days=n % 2500),
            )
        )
        index.refresh_from_db()
    return max(0, count - existing)
