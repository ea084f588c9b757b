"""An index on Wagtail's page table by ``url_path``, for ``core.models.BasePage.route``.

The route finds every page on a URL's way in one query, ``url_path IN (…)``; Wagtail has no index on that
column, so with 100,000 pages the query read the whole table. Wagtail's own migrations do not touch an index of
this name.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_remove_sitecontact_accessibility_statement_and_more"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS home_page_url_path ON wagtailcore_page (url_path)",
            reverse_sql="DROP INDEX IF EXISTS home_page_url_path",
        )
    ]
