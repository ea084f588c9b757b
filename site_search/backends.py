"""The ranked query, one statement per search, on each database.

Score (higher first, then newer first): on PostgreSQL, for each field (title with codes 8, summary 4, body 2,
attachments 1) twice its weight when it holds all the query asks for and its weight when it holds any of it;
on SQLite FTS5's bm25 with the same column weights. On both, a bonus when the query's words appear together,
as typed, in the title (24) or in the title, summary or start of the body (6). No sub-query per match: the score
is computed from columns of the matched row.

On PostgreSQL the work per search is bounded, whatever the query matches (100,000 pages, p95 < 100 ms, see
docs/search.md): matches are found through the GIN index without reading any tsvector (the bitmap needs no
recheck), the count and the filters' counts look at no more than ``EXACT_UP_TO + 1`` matches, and only a query
with at most ``EXACT_UP_TO`` matches has all of them scored. A broader query scores ``TIER_LIMIT`` pages holding the
whole query in the title or codes and the first ``BROAD_SAMPLE`` matches, and says "more than 1,000".
"""

from dataclasses import dataclass
from datetime import datetime

from django.db import connection
from django.utils import timezone

from site_search.query import any_token_tsquery, fts5_query, postgres_tsquery

TITLE_PHRASE_BONUS = 24
PHRASE_BONUS = 6
FIELD_WEIGHTS = (("title", 8), ("summary", 4), ("body", 2), ("attachment", 1))
EXACT_UP_TO = 1000  # matches counted and all scored; beyond it the count is "more than" and ranking uses tiers
TIER_LIMIT = 200  # a broad query ranks this many title/code matches ...
BROAD_SAMPLE = 300  # ... and this many of the other matches (the first in storage order)


@dataclass(frozen=True)
class Filters:
    section: int | None = None
    page_type: str | None = None
    year: int | None = None  # Common Era


@dataclass
class Matches:
    total: int
    page_ids: list[int]
    facets: list[tuple]  # (section_id, page_type, year, count) over all matches, ignoring filters
    more: bool = False  # more than ``total`` matches: count and facets are over the first EXACT_UP_TO + 1 only
    ranked: int | None = None  # matches that can be paged through (the tiers' candidates of a broad query)
    facets_partial: bool = False  # facets count only the first EXACT_UP_TO + 1 matches (shown without counts)

    def __post_init__(self):
        if self.ranked is None:
            self.ranked = self.total


def _filter_sql(filters: Filters, params: list) -> str:
    sql = ""
    if filters.section:
        sql += " AND e.section_id = %s"
        params.append(filters.section)
    if filters.page_type:
        sql += " AND e.page_type = %s"
        params.append(filters.page_type)
    if filters.year:
        tz = timezone.get_current_timezone()
        sql += " AND e.date >= %s AND e.date < %s"
        params.extend([datetime(filters.year, 1, 1, tzinfo=tz), datetime(filters.year + 1, 1, 1, tzinfo=tz)])
    return sql


def _sqlite_match(expression):
    return (
        "e.page_id IN (SELECT rowid FROM site_search_fts WHERE site_search_fts MATCH %s)",
        [fts5_query(expression)],
    )


def _postgres_score(expression, phrase):
    parts, params = [], []
    all_q, any_q = postgres_tsquery(expression), any_token_tsquery(expression)
    for field, weight in FIELD_WEIGHTS:
        parts.append(
            f"{weight} * (2 * (e.{field}_vector @@ %s::tsquery)::int + (e.{field}_vector @@ %s::tsquery)::int)"
        )
        params.extend([all_q, any_q])
    parts.append(f"(CASE WHEN strpos(e.title_compact, %s) > 0 THEN {TITLE_PHRASE_BONUS} ELSE 0 END)")
    parts.append(f"(CASE WHEN strpos(e.phrase_text, %s) > 0 THEN {PHRASE_BONUS} ELSE 0 END)")
    params.extend([phrase, phrase])
    return " + ".join(parts), params


def search(expression, phrase: str, filters: Filters, limit: int, offset: int) -> Matches:
    vendor = connection.vendor
    if vendor not in ("postgresql", "sqlite") or expression is None:
        return Matches(0, [], [])
    if vendor == "sqlite":
        return _sqlite_search(expression, phrase, filters, limit, offset)
    with connection.cursor() as cursor:
        return _postgres_search(cursor, expression, phrase, filters, limit, offset)


def _postgres_search(cursor, expression, phrase, filters, limit, offset) -> Matches:
    """One call of ``site_search_candidates`` (two when filters are chosen: the filters' counts ignore them), each
    reading the small columns of no more than EXACT_UP_TO + 1 + TIER_LIMIT rows found through the GIN indexes;
    then the ranked query scores only the candidates."""
    query = postgres_tsquery(expression)
    sample = _candidates(cursor, query, Filters())
    unfiltered = [row for row in sample if not row[4]]
    facets, facets_partial = _sample_facets(unfiltered), len(unfiltered) > EXACT_UP_TO
    if filters.section or filters.page_type or filters.year:
        sample = _candidates(cursor, query, filters)
    matched = [row[0] for row in sample if not row[4]]
    more = len(matched) > EXACT_UP_TO
    candidates = set(matched[:BROAD_SAMPLE] if more else matched)
    if more:
        candidates.update(row[0] for row in sample if row[4])
    score_sql, score_params = _postgres_score(expression, phrase)
    cursor.execute(
        "SELECT e.page_id FROM site_search_searchentry e WHERE e.page_id = ANY(%s) "  # noqa: S608 - constant fragments; every value is a parameter
        f"ORDER BY ({score_sql}) DESC, e.date DESC NULLS LAST, e.page_id DESC LIMIT %s OFFSET %s",
        [sorted(candidates), *score_params, limit, offset],
    )
    page_ids = [row[0] for row in cursor.fetchall()]
    if more:
        return Matches(EXACT_UP_TO, page_ids, facets, True, len(candidates), facets_partial)
    return Matches(len(matched), page_ids, facets, facets_partial=facets_partial)


def _candidates(cursor, query: str, filters: Filters) -> list[tuple]:
    """(page_id, section_id, page_type, date, title tier) of the first EXACT_UP_TO + 1 matches in storage order,
    and, when there are that many, of up to TIER_LIMIT pages holding the query in the title or codes. The index
    holds live, public pages only (signals and ``rebuild_search_index`` keep it so), so no page join is needed;
    ``results`` still skips a page found not live."""
    tz = timezone.get_current_timezone()
    start = datetime(filters.year, 1, 1, tzinfo=tz) if filters.year else None
    end = datetime(filters.year + 1, 1, 1, tzinfo=tz) if filters.year else None
    cursor.execute(
        "SELECT * FROM site_search_candidates(%s::tsquery, %s::tsquery, %s, %s, %s, %s, %s, %s)",
        [query, query, EXACT_UP_TO, TIER_LIMIT, filters.section, filters.page_type, start, end],
    )
    return cursor.fetchall()


def _sample_facets(sample) -> list[tuple]:
    """(section_id, page_type, year in Bangkok, count) of the sampled matches; the time zone is looked up once
    (``timezone.localtime`` per row cost 15 ms for 1,001 rows)."""
    tz, counts = timezone.get_current_timezone(), {}
    for _page_id, section_id, page_type, date, _title_tier in sample:
        key = (section_id, page_type, date.astimezone(tz).year if date else None)
        counts[key] = counts.get(key, 0) + 1
    return [(*key, count) for key, count in counts.items()]


def _sqlite_search(expression, phrase, filters, limit, offset):
    weights = ", ".join(str(float(w)) for w in (8, 8, 4, 2, 1))
    params = [fts5_query(expression)]
    where = "site_search_fts MATCH %s AND p.live" + _filter_sql(filters, params)
    # bm25() may only be called in the statement that matches the FTS table: score inside, order outside
    sql = (
        "SELECT page_id, count(*) OVER () FROM ("  # noqa: S608 - constant fragments; every value is a parameter
        f"SELECT e.page_id AS page_id, e.date AS date, -bm25(site_search_fts, {weights})"
        f" + (CASE WHEN instr(e.title_compact, %s) > 0 THEN {TITLE_PHRASE_BONUS} ELSE 0 END)"
        f" + (CASE WHEN instr(e.phrase_text, %s) > 0 THEN {PHRASE_BONUS} ELSE 0 END) AS score "
        "FROM site_search_fts JOIN site_search_searchentry e ON e.page_id = site_search_fts.rowid "
        f"JOIN wagtailcore_page p ON p.id = e.page_id WHERE {where}"
        ") ORDER BY score DESC, date DESC, page_id DESC LIMIT %s OFFSET %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [phrase, phrase, *params, limit, offset])
        rows = cursor.fetchall()
    match_sql, match_params = _sqlite_match(expression)
    return _matches(rows, expression, match_sql, match_params, filters, offset)


def _matches(rows, expression, match_sql, match_params, filters, offset) -> Matches:
    facets = _facets(match_sql, match_params)
    if rows:
        total = rows[0][1]
    elif offset == 0:
        total = 0
    else:
        params = list(match_params)
        where = f"{match_sql} AND p.live" + _filter_sql(filters, params)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT count(*) FROM site_search_searchentry e JOIN wagtailcore_page p ON p.id = e.page_id "  # noqa: S608 - constant fragments; every value is a parameter
                f"WHERE {where}",
                params,
            )
            total = cursor.fetchone()[0]
    return Matches(total, [row[0] for row in rows], facets)


def _facets(match_sql, match_params) -> list[tuple]:
    """Counts of all matches by section, page type and year (the filters' choices), in one grouped query."""
    year, params = "CAST(strftime('%%Y', e.date, '+7 hours') AS INTEGER)", []
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT e.section_id, e.page_type, {year}, count(*) FROM site_search_searchentry e "  # noqa: S608 - constant fragments; every value is a parameter
            f"JOIN wagtailcore_page p ON p.id = e.page_id WHERE {match_sql} AND p.live "
            f"GROUP BY 1, 2, 3",
            [*params, *match_params],
        )
        return cursor.fetchall()
