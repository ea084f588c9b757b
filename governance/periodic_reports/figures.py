"""The figures of one period, gathered from the data as a JSON-serialisable dict (kept on the report, so a
report once submitted shows what its officer and supervisor saw).

Counts that depend on when they are read (a request's outcome, a 3-day clock still running) are as at
``gathered_at``; site issues still open and review compliance are as at the period's end.

The keys: ``version``, ``start``, ``end``, ``gathered_at`` and
- ``pages``: published, updated, by_top_category / by_category / by_unit [{key, title, published, updated}]
- ``requests``: received, published, rejected, pending, by_source [the same per source]
- ``sla``: approved, on_time, late, running, on_time_share, median_days, by_source [the same per source]
- ``issues``: found, fixed, dismissed, open_at_end, median_days_to_fix, by_kind / by_source [the counts]
- ``reviews``: pages, within, overdue, share, by_top_category [{key, title, pages, within, share}]
- ``traffic``: visits, page_views, by_month [{month, visits, page_views}], top_pages [{path, title, views}]
"""

import datetime

from django.db.models import Count, Q
from django.utils import timezone

from governance.periodic_reports.pages import CategoryIndex, publishing, review_compliance
from governance.periodic_reports.periods import bounds
from governance.periodic_reports.stats import in_days, median, share
from governance.periodic_reports.traffic import traffic
from governance.requests.calendar import days_taken
from governance.requests.models import PublicationRequest, SlaClock
from governance.requests.sla_report import clocks_between
from governance.upkeep.models import SiteIssue

VERSION = 1
OUTCOMES = ("published", "rejected", "pending")


def gather_figures(start: datetime.date, end: datetime.date, now: datetime.datetime | None = None) -> dict:
    now = now or timezone.now()
    since, until = bounds(start, end)
    index = CategoryIndex()
    return {
        "version": VERSION,
        "start": start.isoformat(),
        "end": end.isoformat(),
        "gathered_at": now.isoformat(),
        "pages": publishing(since, until, index),
        "requests": request_figures(since, until),
        "sla": sla_figures(start, end, now),
        "issues": issue_figures(since, until),
        "reviews": review_compliance(until, index),
        "traffic": traffic(since, until),
    }


def _outcome(state: str) -> str:
    if state == PublicationRequest.State.PUBLISHED:
        return "published"
    return "rejected" if state == PublicationRequest.State.REJECTED else "pending"


def _request_row(source: str) -> dict:
    return {"source": source, "received": 0, **dict.fromkeys(OUTCOMES, 0)}


def request_figures(since: datetime.datetime, until: datetime.datetime) -> dict:
    """Requests received in the period by source, and where each stands now: published, rejected or pending."""
    rows = {code: _request_row(code) for code in PublicationRequest.Source.values}
    counts = (
        PublicationRequest.objects.filter(received_at__gte=since, received_at__lt=until)
        .order_by()
        .values("source", "state")
        .annotate(n=Count("pk"))
    )
    for count in counts:
        row = rows.setdefault(count["source"], _request_row(count["source"]))
        row["received"] += count["n"]
        row[_outcome(count["state"])] += count["n"]
    by_source = list(rows.values())
    return {
        "received": sum(row["received"] for row in by_source),
        **{outcome: sum(row[outcome] for row in by_source) for outcome in OUTCOMES},
        "by_source": by_source,
    }


def _clock_row(source: str, clocks: list[dict]) -> dict:
    on_time = sum(1 for clock in clocks if clock["state"] == "on_time")
    late = sum(1 for clock in clocks if clock["state"] == "late")
    return {
        "source": source,
        "approved": len(clocks),
        "on_time": on_time,
        "late": late,
        "running": len(clocks) - on_time - late,
        "on_time_share": share(on_time, on_time + late),
        "median_days": median(clock["days"] for clock in clocks if clock["days"] is not None),
    }


def _clock_state(live, due, now) -> str:
    if live is None:
        return "late" if due < now else "running"
    return "on_time" if live <= due else "late"


def sla_figures(start: datetime.date, end: datetime.date, now: datetime.datetime) -> dict:
    """Clocks started by approvals in the period: on time (live by the deadline), late (live after it, or not
    live and past it), or running; days from approval to live counted as the 3-day report counts them."""
    clocks = []
    for clock in clocks_between(start, end).values("source", "approved_at", "due_at", "live_at"):
        live, due = clock["live_at"], clock["due_at"]
        days = days_taken(clock["approved_at"], live) if live is not None else None
        clocks.append({"source": clock["source"], "state": _clock_state(live, due, now), "days": days})
    by_source = [
        _clock_row(code, [clock for clock in clocks if clock["source"] == code]) for code in SlaClock.Source.values
    ]
    return _clock_row("", clocks) | {"by_source": by_source}


def _issue_counts(since: datetime.datetime, until: datetime.datetime) -> dict:
    closed_in_period = Q(closed_at__gte=since, closed_at__lt=until)
    return {
        "found": Count("pk", filter=Q(opened_at__gte=since, opened_at__lt=until)),
        "fixed": Count("pk", filter=closed_in_period & Q(status=SiteIssue.Status.FIXED)),
        "dismissed": Count("pk", filter=closed_in_period & Q(status=SiteIssue.Status.DISMISSED)),
        "open_at_end": Count("pk", filter=Q(closed_at=None) | Q(closed_at__gte=until)),
    }


def issue_figures(since: datetime.datetime, until: datetime.datetime) -> dict:
    """Issues opened in the period, fixed or dismissed in it (whenever opened), still open at its end, and the
    median time to fix of those fixed in it."""
    relevant = SiteIssue.objects.filter(Q(opened_at__lt=until) & (Q(closed_at=None) | Q(closed_at__gte=since)))
    counts = _issue_counts(since, until)
    by_kind = {row["kind"]: row for row in relevant.order_by().values("kind").annotate(**counts)}
    by_source = {row["source"]: row for row in relevant.order_by().values("source").annotate(**counts)}
    totals = relevant.aggregate(**counts)
    fix_times = SiteIssue.objects.filter(
        status=SiteIssue.Status.FIXED, closed_at__gte=since, closed_at__lt=until, time_to_fix__isnull=False
    ).values_list("time_to_fix", flat=True)
    empty = dict.fromkeys(counts, 0)
    return totals | {
        "median_days_to_fix": median(in_days(duration) for duration in fix_times),
        "by_kind": [by_kind[code] for code in SiteIssue.Kind.values if code in by_kind],
        "by_source": [{"source": code} | empty | by_source.get(code, {}) for code in SiteIssue.Source.values],
    }
