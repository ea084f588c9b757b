"""Pages published and updated in a period, and how many live pages had been reviewed in time at its end.

Both read in bulk: the categories once, the pages and their log entries in a query or two; nothing is asked
page by page.
"""

import datetime
from collections import Counter, namedtuple

from django.db.models import Max, Min
from wagtail.models import Page, PageLogEntry

from categories.models import Category
from governance.access.rules import category_for_page
from governance.periodic_reports.labels import UNKNOWN_CATEGORY, UNKNOWN_UNIT
from governance.periodic_reports.stats import share

PUBLISH = "wagtail.publish"
REVIEWED = "sso.reviewed"
UNKNOWN = ""

_PagePath = namedtuple("_PagePath", "path")


class CategoryIndex:
    """The nearest category of a page path (``rules.category_for_page``, whose lookup table is kept on this
    object), with the title, data units, review interval and top-level section the report shows."""

    def __init__(self):
        fields = ("pk", "key", "title", "parent_id", "data_units", "review_days")
        self.rows = {row["pk"]: row for row in Category.objects.values(*fields)}
        self.tops = [row for row in self.rows.values() if row["parent_id"] is None]

    def category(self, path: str | None) -> dict | None:
        if not path:
            return None
        found = category_for_page(_PagePath(path), holder=self)
        return self.rows.get(found.pk) if found else None

    def top(self, row: dict | None) -> dict | None:
        while row is not None and row["parent_id"] is not None:
            row = self.rows.get(row["parent_id"])
        return row


def _counted(counts: dict[str, Counter], titles: dict[str, str], order: list[str]) -> list[dict]:
    """Rows of published/updated counts in ``order``; keys without a count are left out."""
    return [
        {"key": key, "title": titles[key], "published": counts[key]["published"], "updated": counts[key]["updated"]}
        for key in order
        if key in counts
    ]


def publishing(since: datetime.datetime, until: datetime.datetime, index: CategoryIndex) -> dict:
    """A page whose first publication falls in the period counts as published; a page first published earlier
    and published again in the period counts as updated (each page once, however often it was republished)."""
    in_period = PageLogEntry.objects.filter(action=PUBLISH, timestamp__gte=since, timestamp__lt=until)
    page_ids = in_period.order_by().values("page_id")
    firsts = dict(
        PageLogEntry.objects.filter(action=PUBLISH, page_id__in=page_ids)
        .order_by()
        .values("page_id")
        .annotate(first=Min("timestamp"))
        .values_list("page_id", "first")
    )
    pages = {
        row["pk"]: row for row in Page.objects.filter(pk__in=page_ids).values("pk", "path", "owner_unit__unit__code")
    }
    by_category, by_top, by_unit = {}, {}, {}
    titles = {UNKNOWN: UNKNOWN_CATEGORY}
    for page_id, first in firsts.items():
        outcome = "published" if first >= since else "updated"
        page = pages.get(page_id, {})
        category = index.category(page.get("path"))
        top = index.top(category)
        unit = page.get("owner_unit__unit__code") or (category["data_units"] if category else "") or UNKNOWN_UNIT
        for counts, key in ((by_category, category), (by_top, top)):
            code = key["key"] if key else UNKNOWN
            titles[code] = key["title"] if key else UNKNOWN_CATEGORY
            counts.setdefault(code, Counter())[outcome] += 1
        by_unit.setdefault(unit, Counter())[outcome] += 1
    category_order = [row["key"] for row in index.rows.values()] + [UNKNOWN]
    tops = {row["key"]: Counter() for row in index.tops} | by_top
    titles |= {row["key"]: row["title"] for row in index.tops}
    return {
        "published": sum(counts["published"] for counts in by_unit.values()),
        "updated": sum(counts["updated"] for counts in by_unit.values()),
        "by_top_category": _counted(tops, titles, [row["key"] for row in index.tops] + [UNKNOWN]),
        "by_category": _counted(by_category, titles, category_order),
        "by_unit": _counted(by_unit, {unit: unit for unit in by_unit}, sorted(by_unit)),
    }


def review_compliance(until: datetime.datetime, index: CategoryIndex) -> dict:
    """Of the live pages in a category, first published before the period's end, the share whose last
    confirmation (a review or a publication, whichever is later, up to the period's end) lies within the
    category's review interval before that end. The log entries stand in for a review stamp or publication
    made after the end, which would hide the one before it."""
    live = Page.objects.filter(live=True, first_published_at__lt=until)
    logged = dict(
        PageLogEntry.objects.filter(action__in=(PUBLISH, REVIEWED), timestamp__lt=until, page_id__in=live.values("pk"))
        .order_by()
        .values("page_id")
        .annotate(last=Max("timestamp"))
        .values_list("page_id", "last")
    )
    pages, within = Counter(), Counter()
    for row in live.values("pk", "path", "last_published_at", "sso_review__reviewed_at"):
        category = index.category(row["path"])
        if category is None:
            continue
        moments = (row["sso_review__reviewed_at"], row["last_published_at"], logged.get(row["pk"]))
        known = [moment for moment in moments if moment is not None and moment < until]
        key = index.top(category)["key"]
        pages[key] += 1
        if known and until - max(known) <= datetime.timedelta(days=category["review_days"]):
            within[key] += 1
    total, reviewed = sum(pages.values()), sum(within.values())
    return {
        "pages": total,
        "within": reviewed,
        "overdue": total - reviewed,
        "share": share(reviewed, total),
        "by_top_category": [
            {
                "key": row["key"],
                "title": row["title"],
                "pages": pages[row["key"]],
                "within": within[row["key"]],
                "share": share(within[row["key"]], pages[row["key"]]),
            }
            for row in index.tops
            if pages[row["key"]]
        ],
    }
