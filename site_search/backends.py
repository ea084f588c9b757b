"""The ranked query, one statement per search, on each database.

Score (higher first, then newer first): on PostgreSQL, for each field (title with codes 8, summary 4, body 2,
attachments 1) twice its weight when it holds all the query asks for and its weight when it holds any of it;
on SQLite FTS5's bm25 with the same column weights. On both, a bonus when the query's words appear together,
as typed, in the title (24) or in the title, summary or start of the body (6). No sub-query per match: the score
is computed from columns of the matched row.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db import connection
from django.utils import timezone

from site_search.query import any_token_tsquery, fts5_query, postgres_tsquery

TITLE_PHRASE_BONUS = 24
PHRASE_BONUS = 6
FIELD_WEIGHTS = (("title", 8), ("summary", 4), ("body", 2), ("attachment", 1))


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


def _postgres_match(expression):
    return "e.document_vector @@ %s::tsquery", [postgres_tsquery(expression)]


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
    match_sql, match_params = _postgres_match(expression)
    score_sql, score_params = _postgres_score(expression, phrase)
    params = list(match_params)
    where = f"{match_sql} AND p.live" + _filter_sql(filters, params)
    sql = (
        f"SELECT e.page_id, count(*) OVER () FROM site_search_searchentry e "  # noqa: S608 - constant fragments; every value is a parameter
        f"JOIN wagtailcore_page p ON p.id = e.page_id WHERE {where} "
        f"ORDER BY ({score_sql}) DESC, e.date DESC NULLS LAST, e.page_id DESC LIMIT %s OFFSET %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, *score_params, limit, offset])
        rows = cursor.fetchall()
    return _matches(rows, expression, match_sql, match_params, filters, offset)


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
    if connection.vendor == "postgresql":
        year, params = "EXTRACT(YEAR FROM e.date AT TIME ZONE %s)::int", [timezone.get_current_timezone_name()]
    else:
        year, params = "CAST(strftime('%%Y', e.date, '+7 hours') AS INTEGER)", []
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT e.section_id, e.page_type, {year}, count(*) FROM site_search_searchentry e "  # noqa: S608 - constant fragments; every value is a parameter
            f"JOIN wagtailcore_page p ON p.id = e.page_id WHERE {match_sql} AND p.live "
            f"GROUP BY 1, 2, 3",
            [*params, *match_params],
        )
        return cursor.fetchall()
