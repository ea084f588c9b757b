"""Bounded matching on PostgreSQL (issue 16's bench: 100,000 pages, p95 < 100 ms): a GIN index on the title/code
vector, and ``site_search_candidates``, the function that finds a query's first matches (and, when there are
more than asked for, the pages holding the query in the title) through the GIN indexes. Its ``SET`` clauses keep
the planner from a sequential scan (it estimates OR-ed Thai tokens as matching most rows, and a sequential scan
decompresses every row's tsvector) for this function only. SQLite ranks with FTS5 and needs neither."""

from django.db import migrations

FILTERS = (
    "(f_section IS NULL OR e.section_id = f_section) AND (f_type IS NULL OR e.page_type = f_type) "
    "AND (f_from IS NULL OR (e.date >= f_from AND e.date < f_to))"
)
FORWARD = [
    "CREATE INDEX IF NOT EXISTS site_search_title_gin ON site_search_searchentry USING gin (title_vector)",
    "CREATE OR REPLACE FUNCTION site_search_candidates(doc_q tsquery, title_q tsquery, cap int, title_cap int, "
    "f_section int, f_type text, f_from timestamptz, f_to timestamptz) "
    "RETURNS TABLE(hit_page_id int, hit_section_id int, hit_page_type varchar, hit_date timestamptz, "
    "hit_title_tier bool) LANGUAGE sql STABLE SET enable_seqscan = off SET enable_indexscan = off AS $fn$ "
    "WITH s AS MATERIALIZED (SELECT e.page_id, e.section_id, e.page_type, e.date FROM site_search_searchentry e "
    f"WHERE e.document_vector @@ doc_q AND {FILTERS} LIMIT cap + 1) "
    "SELECT s.page_id, s.section_id, s.page_type, s.date, false FROM s "
    "UNION ALL SELECT t.* FROM (SELECT e.page_id, e.section_id, e.page_type, e.date, true "
    "FROM site_search_searchentry e WHERE (SELECT count(*) FROM s) > cap AND e.title_vector @@ title_q "
    f"AND {FILTERS} LIMIT title_cap) t $fn$",
]
REVERSE = [
    "DROP FUNCTION IF EXISTS site_search_candidates(tsquery, tsquery, int, int, int, text, timestamptz, timestamptz)",
    "DROP INDEX IF EXISTS site_search_title_gin",
]


def _on_postgres(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("site_search", "0003_seed_synonyms")]

    operations = [migrations.RunPython(_on_postgres(FORWARD), _on_postgres(REVERSE))]
