"""Weekly counts of what people search for: the normalised query, the week (starting Monday, Bangkok time) and
two counters. No address, session, user or time of day is stored with them."""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone

from core.search_text import normalise
from site_search.models import QueryWeek

MAX_STORED_QUERY = 200


def stored_query(query: str) -> str:
    return " ".join(normalise(query).split())[:MAX_STORED_QUERY]


def week_of(day):
    return day - timedelta(days=day.weekday())


def record(query: str, found: bool) -> None:
    text = stored_query(query)
    if not text:
        return
    week = week_of(timezone.localdate())
    zero = 0 if found else 1
    updated = QueryWeek.objects.filter(query=text, week=week).update(
        searches=F("searches") + 1, zero_results=F("zero_results") + zero
    )
    if updated:
        return
    try:
        with transaction.atomic():
            QueryWeek.objects.create(query=text, week=week, searches=1, zero_results=zero)
    except IntegrityError:  # another request created the row first
        QueryWeek.objects.filter(query=text, week=week).update(
            searches=F("searches") + 1, zero_results=F("zero_results") + zero
        )


def popular_queries(limit: int = 6) -> list[str]:
    """Queries that found something, most searched over the last four weeks (shown when a search finds
    nothing)."""
    since = week_of(timezone.localdate()) - timedelta(weeks=4)
    rows = (
        QueryWeek.objects.filter(week__gte=since, zero_results__lt=F("searches"))
        .values("query")
        .annotate(total=Sum("searches"))
        .order_by("-total", "query")[:limit]
    )
    return [row["query"] for row in rows]
