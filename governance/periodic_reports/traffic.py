"""Visits, page views and the most viewed pages of a period, counted by the database from the traffic log
(GROUP BY; no record is loaded into Python: a quarter holds millions of them).

- A request counts when it is a GET answered with a 2xx status to a public path: not the admin, static and
  media files, or documents.
- A visit is one client address on one day (Asia/Bangkok) with at least one such request.
- A page view is such a request for an HTML page: a path whose last segment has no file extension (so not
  ``robots.txt``, ``sitemap.xml`` or a statistics download). Pages are counted without their query string.
"""

import datetime
from zoneinfo import ZoneInfo

from django.db.models import Case, Count, F, TextField, Value, When
from django.db.models.functions import Left, StrIndex, TruncDate
from wagtail.models import Page, Site

from governance.traffic.models import TrafficRecord

BANGKOK = ZoneInfo("Asia/Bangkok")
NOT_PUBLIC = ("/admin/", "/django-admin/", "/static/", "/media/", "/documents/")
FILE_PATH = r"^[^?]*/[^/?]*\.[A-Za-z0-9]{1,8}(\?.*)?$"
TOP_PAGES = 10


def public_requests(since: datetime.datetime, until: datetime.datetime):
    records = TrafficRecord.objects.filter(
        time__gte=since, time__lt=until, method="GET", status__gte=200, status__lt=300
    ).order_by()
    for prefix in NOT_PUBLIC:
        records = records.exclude(path__startswith=prefix)
    return records


def page_views(since: datetime.datetime, until: datetime.datetime):
    return public_requests(since, until).exclude(path__regex=FILE_PATH)


def _bare_path():
    """The path without its query string."""
    return Case(
        When(path__contains="?", then=Left("path", StrIndex("path", Value("?")) - 1)),
        default=F("path"),
        output_field=TextField(),
    )


def _by_day(records, count) -> dict[datetime.date, int]:
    rows = records.annotate(day=TruncDate("time", tzinfo=BANGKOK)).values("day").annotate(n=count)
    return {row["day"]: row["n"] for row in rows}


def _titles(paths: list[str]) -> dict[str, str]:
    """Page titles for public paths of the default site (one query for the pages)."""
    root = Site.objects.filter(is_default_site=True).values_list("root_page__url_path", flat=True).first()
    if root is None:
        return {}
    url_paths = {root.rstrip("/") + path: path for path in paths if path.startswith("/")}
    pages = Page.objects.filter(url_path__in=list(url_paths)).values_list("url_path", "title")
    return {url_paths[url_path]: title for url_path, title in pages}


def traffic(since: datetime.datetime, until: datetime.datetime) -> dict:
    visits = _by_day(public_requests(since, until).exclude(client_ip=None), Count("client_ip", distinct=True))
    views = _by_day(page_views(since, until), Count("pk"))
    months: dict[str, dict] = {}
    for day in sorted(set(visits) | set(views)):
        month = months.setdefault(f"{day:%Y-%m}", {"month": f"{day:%Y-%m}", "visits": 0, "page_views": 0})
        month["visits"] += visits.get(day, 0)
        month["page_views"] += views.get(day, 0)
    top = list(
        page_views(since, until)
        .annotate(page_path=_bare_path())
        .values("page_path")
        .annotate(views=Count("pk"))
        .order_by("-views", "page_path")[:TOP_PAGES]
    )
    titles = _titles([row["page_path"] for row in top])
    return {
        "visits": sum(visits.values()),
        "page_views": sum(views.values()),
        "by_month": list(months.values()),
        "top_pages": [
            {"path": row["page_path"], "title": titles.get(row["page_path"], ""), "views": row["views"]} for row in top
        ],
    }
