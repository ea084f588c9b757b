"""The database's own full-text machinery over the token fields: on PostgreSQL generated tsvector columns (one
per weight, and one of everything with a GIN index) and pg_trgm for "did you mean"; on SQLite an FTS5 table kept
in step with the index by triggers. Other databases get neither (the search then answers with no results)."""

from django.db import migrations


def _vector(column: str) -> str:
    return f"array_to_tsvector(array_remove(string_to_array({column}, ' '), ''))"


POSTGRES = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    *(
        f"ALTER TABLE site_search_searchentry ADD COLUMN {name}_vector tsvector GENERATED ALWAYS AS "
        f"({_vector(expression)}) STORED"
        for name, expression in [
            ("title", "title_tokens || ' ' || code_tokens"),
            ("summary", "summary_tokens"),
            ("body", "body_tokens"),
            ("attachment", "attachment_tokens"),
            (
                "document",
                "title_tokens || ' ' || code_tokens || ' ' || summary_tokens || ' ' || body_tokens || ' ' || "
                "attachment_tokens",
            ),
        ]
    ),
    "CREATE INDEX site_search_document_gin ON site_search_searchentry USING gin (document_vector)",
    "CREATE INDEX site_search_word_trgm ON site_search_searchword USING gin (word gin_trgm_ops)",
]
POSTGRES_REVERSE = [
    "DROP INDEX IF EXISTS site_search_word_trgm",
    "DROP INDEX IF EXISTS site_search_document_gin",
    *(
        f"ALTER TABLE site_search_searchentry DROP COLUMN IF EXISTS {name}_vector"
        for name in ("title", "summary", "body", "attachment", "document")
    ),
]

_FTS_VALUES = "new.page_id, new.title_tokens, new.code_tokens, new.summary_tokens, new.body_tokens, new.attachment_tokens"
SQLITE = [
    "CREATE VIRTUAL TABLE site_search_fts USING fts5(title, codes, summary, body, attachment, "
    "tokenize = \"ascii tokenchars '-'\")",
    "CREATE TRIGGER site_search_fts_insert AFTER INSERT ON site_search_searchentry BEGIN "
    f"INSERT INTO site_search_fts(rowid, title, codes, summary, body, attachment) VALUES ({_FTS_VALUES}); END",
    "CREATE TRIGGER site_search_fts_delete AFTER DELETE ON site_search_searchentry BEGIN "
    "DELETE FROM site_search_fts WHERE rowid = old.page_id; END",
    "CREATE TRIGGER site_search_fts_update AFTER UPDATE ON site_search_searchentry BEGIN "
    "DELETE FROM site_search_fts WHERE rowid = old.page_id; "
    f"INSERT INTO site_search_fts(rowid, title, codes, summary, body, attachment) VALUES ({_FTS_VALUES}); END",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS site_search_fts_update",
    "DROP TRIGGER IF EXISTS site_search_fts_delete",
    "DROP TRIGGER IF EXISTS site_search_fts_insert",
    "DROP TABLE IF EXISTS site_search_fts",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("site_search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"postgresql": POSTGRES, "sqlite": SQLITE}),
            _run({"postgresql": POSTGRES_REVERSE, "sqlite": SQLITE_REVERSE}),
        )
    ]
