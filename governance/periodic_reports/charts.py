"""The report's charts, drawn on the server with the statistics charts (SVG for the admin screen and the PDF)."""

from django.utils.translation import pgettext

from governance.periodic_reports import labels
from sso_statistics.charts import Chart, Series, bar_chart, ranked_bar_chart


def pages_chart(pages: dict) -> Chart:
    rows = pages["by_top_category"]
    return bar_chart(
        title=pgettext("periodic report", "Web pages published and updated, by main category"),
        categories=[row["title"] for row in rows],
        series=[
            Series(pgettext("periodic report", "New"), [row["published"] for row in rows]),
            Series(pgettext("periodic report", "Updated"), [row["updated"] for row in rows]),
        ],
        unit=pgettext("periodic report", "pages"),
    )


def issues_chart(issues: dict) -> Chart:
    rows = issues["by_kind"]
    return bar_chart(
        title=pgettext("periodic report", "Errors found and fixed, by kind"),
        categories=[labels.label(labels.ISSUE_KINDS, row["kind"]) for row in rows],
        series=[
            Series(pgettext("periodic report", "Found"), [row["found"] for row in rows]),
            Series(pgettext("periodic report", "Fixed"), [row["fixed"] for row in rows]),
        ],
        unit=pgettext("periodic report", "cases"),
    )


def top_pages_chart(traffic: dict) -> Chart:
    rows = traffic["top_pages"]
    return ranked_bar_chart(
        title=pgettext("periodic report", "The most viewed web pages"),
        labels=[row["title"] or row["path"] for row in rows],
        values=[row["views"] for row in rows],
        unit=pgettext("periodic report", "times"),
        limit=10,
    )
