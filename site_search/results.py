"""One search, from the query typed to what the results page shows: promoted results, the ranked page of
matches with snippet, section, page type and date, the filters' choices with counts, and "did you mean"."""

import math
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.core.paginator import Paginator
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from core.search_text import compact, expression_tokens
from site_search import backends
from site_search.highlight import snippet
from site_search.models import SearchEntry
from site_search.query import expand
from site_search.suggestions import suggestion

PAGE_SIZE = 20
MAX_PAGE = 500


@dataclass
class Result:
    page: Page
    title: str
    snippet: str
    section: Page | None
    page_type: str
    date: object


@dataclass
class SearchOutcome:
    query: str
    results: list[Result] = field(default_factory=list)
    total: int = 0
    more: bool = False  # more than ``total`` matches (a broad query on PostgreSQL): the count says "more than"
    facets_partial: bool = False  # the filters' counts cover only the first matches: shown without counts
    page: int = 1
    pages: int = 0
    promoted: list = field(default_factory=list)
    corrected_query: str | None = None
    sections: list[tuple] = field(default_factory=list)  # (page, count)
    page_types: list[tuple] = field(default_factory=list)  # (key, label, count)
    years: list[tuple] = field(default_factory=list)  # (year C.E., count)
    searchable: bool = True
    page_obj: object = None

    @property
    def has_previous(self):
        return self.page > 1

    @property
    def has_next(self):
        return self.page < self.pages


def page_type_label(key: str) -> str:
    try:
        model = apps.get_model(key)
    except (LookupError, ValueError):
        return ""
    return str(model._meta.verbose_name) if issubclass(model, Page) else ""


def promotions(query: str) -> list:
    key = normalise_query_string(query)[:255]
    if not key:
        return []
    return [
        promotion
        for promotion in SearchPromotion.objects.filter(query__query_string=key).select_related("page")
        if promotion.page is None or promotion.page.live
    ]


def run(query: str, filters: backends.Filters, page: int) -> SearchOutcome:
    query = query[: settings.SSO_SEARCH_MAX_QUERY_LENGTH]
    outcome = SearchOutcome(query=query, page=max(1, min(page, MAX_PAGE)))
    expression = expand(query)
    if expression is None:
        outcome.searchable = False
        return outcome
    matches = _search(expression, query, filters, outcome.page)
    if matches.total == 0 and not any([filters.section, filters.page_type, filters.year]):
        corrected = suggestion(query)
        corrected_expression = expand(corrected) if corrected else None
        if corrected_expression is not None:
            corrected_matches = _search(corrected_expression, corrected, filters, outcome.page)
            if corrected_matches.total:
                outcome.corrected_query = corrected
                expression, matches = corrected_expression, corrected_matches
    if outcome.page == 1:
        outcome.promoted = promotions(query)
    outcome.total, outcome.more, outcome.facets_partial = matches.total, matches.more, matches.facets_partial
    outcome.pages = math.ceil(matches.ranked / PAGE_SIZE)
    outcome.page_obj = Paginator(range(matches.ranked), PAGE_SIZE).get_page(outcome.page)
    outcome.results = _results(matches.page_ids, expression_tokens(expression))
    _facets(outcome, matches.facets)
    return outcome


def _search(expression, query, filters, page):
    return backends.search(expression, compact(query), filters, PAGE_SIZE, (page - 1) * PAGE_SIZE)


def _results(page_ids: list[int], tokens: list[str]) -> list[Result]:
    entries = {
        entry.page_id: entry
        for entry in SearchEntry.objects.filter(page_id__in=page_ids, page__live=True).select_related("page", "section")
    }
    results = []
    for page_id in page_ids:
        entry = entries.get(page_id)
        if entry is None:
            continue
        results.append(
            Result(
                page=entry.page,
                title=entry.page.title,
                snippet=snippet(entry.snippet_text, tokens),
                section=entry.section,
                page_type=page_type_label(entry.page_type),
                date=entry.date,
            )
        )
    return results


def _facets(outcome: SearchOutcome, facets: list[tuple]) -> None:
    sections, types, years = {}, {}, {}
    for section_id, page_type, year, count in facets:
        if section_id:
            sections[section_id] = sections.get(section_id, 0) + count
        types[page_type] = types.get(page_type, 0) + count
        if year:
            years[int(year)] = years.get(int(year), 0) + count
    section_pages = Page.objects.filter(id__in=sections).only("id", "title") if sections else []
    outcome.sections = sorted(((p, sections[p.id]) for p in section_pages), key=lambda item: -item[1])
    outcome.page_types = sorted(
        ((key, page_type_label(key), count) for key, count in types.items() if page_type_label(key)),
        key=lambda item: -item[2],
    )
    outcome.years = sorted(years.items(), reverse=True)
