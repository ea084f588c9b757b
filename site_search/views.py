"""The public search page. Every input answers 200: the query is cut to ``SSO_SEARCH_MAX_QUERY_LENGTH``
characters, filters that are not numbers or known values are ignored, and nothing typed reaches SQL or a
full-text syntax except as quoted tokens."""

from django.conf import settings
from django.shortcuts import render
from django.views.decorators.http import require_GET

from site_search import results as search_results
from site_search import stats
from site_search.backends import Filters

BUDDHIST_ERA_OFFSET = 543


def _int(value, low=1, high=10**9):
    try:
        number = int(str(value).strip()[:10])
    except (TypeError, ValueError):
        return None
    return number if low <= number <= high else None


def filters_from(params) -> Filters:
    year = _int(params.get("year"), 2400, 2700)
    page_type = (params.get("type") or "")[:100]
    return Filters(
        section=_int(params.get("section")),
        page_type=page_type if search_results.page_type_label(page_type) else None,
        year=year - BUDDHIST_ERA_OFFSET if year else None,
    )


@require_GET
def search(request):
    """Ranked search over live, public pages, with filters and paging (plain links and a GET form, no script)."""
    raw_query = request.GET.get("q", "").replace("\x00", "").strip()
    max_length = settings.SSO_SEARCH_MAX_QUERY_LENGTH
    filters = filters_from(request.GET)
    page = _int(request.GET.get("page")) or 1
    outcome = None
    if raw_query:
        outcome = search_results.run(raw_query, filters, page)
        if page == 1 and outcome.searchable and filters == Filters():
            stats.record(raw_query, found=bool(outcome.total or outcome.promoted))
    return render(
        request,
        "site_search/search.html",
        {
            "search_query": raw_query[:max_length],
            "query_was_cut": len(raw_query) > max_length,
            "max_query_length": max_length,
            "outcome": outcome,
            "filters": filters,
            "selected_year": filters.year + BUDDHIST_ERA_OFFSET if filters.year else None,
            "popular_queries": stats.popular_queries() if outcome is not None and not outcome.total else [],
        },
    )
