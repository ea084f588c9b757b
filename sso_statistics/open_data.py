"""The index of published datasets that a data portal harvests (data.go.th runs CKAN, whose DCAT harvester reads
this Project Open Data v1.1 catalogue), also as CSV for people. Each entry points at the dataset's stable URLs."""

from django.http import HttpResponse
from django.utils.translation import gettext as _

from home.models import SiteContact
from sso_statistics import exports
from sso_statistics.models import Dataset, StatisticsPartPage

DISTRIBUTIONS = (("csv", "text/csv"), ("json", "application/json"), ("xlsx", exports.XLSX_TYPE))


def published_datasets():
    """Datasets of live, public part pages (the database rows are the published version), grouped by page."""
    pages = StatisticsPartPage.objects.live().public()
    return Dataset.objects.filter(page__in=pages).select_related("page").order_by("page__path", "year", "period_number")


def catalogue_entries(request) -> list[dict]:
    entries = []
    for dataset in published_datasets():
        page = dataset.page
        page_url = page.get_full_url(request)
        period = dataset.period
        entries.append(
            {
                "title": dataset.title,
                "part": page.title,
                "period": period.label,
                "period_slug": period.slug,
                "start": period.start,
                "end": period.end,
                "updated": dataset.updated_on,
                "landing_page": f"{page_url}?period={period.slug}",
                "files": {fmt: f"{page_url}data/{period.slug}.{fmt}" for fmt, _ in DISTRIBUTIONS},
                "source": dataset.source_note,
            }
        )
    return entries


def _contact_point(contact: SiteContact) -> dict:
    point = {
        "@type": "vcard:Contact",
        "fn": _("%(office)s hotline %(hotline)s") % {"office": contact.organisation_name, "hotline": contact.hotline},
    }
    if contact.email:
        point["hasEmail"] = f"mailto:{contact.email}"
    return point


def _description(entry: dict) -> str:
    text = _("%(part)s data for %(period)s. %(source)s")
    return (text % {"part": entry["part"], "period": entry["period"], "source": entry["source"]}).strip()


def catalogue_json(request):
    contact = SiteContact.for_request(request)
    datasets = [
        {
            "@type": "dcat:Dataset",
            "identifier": entry["files"]["json"],
            "title": entry["title"],
            "description": _description(entry),
            "keyword": [entry["part"], _("statistics"), _("social security")],
            "modified": entry["updated"],
            "temporal": f"{entry['start'].isoformat()}/{entry['end'].isoformat()}",
            "publisher": {"@type": "org:Organization", "name": contact.organisation_name},
            "contactPoint": _contact_point(contact),
            "accessLevel": "public",
            "language": ["th"],
            "landingPage": entry["landing_page"],
            "distribution": [
                {"@type": "dcat:Distribution", "downloadURL": entry["files"][fmt], "mediaType": media_type}
                for fmt, media_type in DISTRIBUTIONS
            ],
            "part": entry["part"],
            "period": entry["period"],
            "updated": entry["updated"],
        }
        for entry in catalogue_entries(request)
    ]
    document = {
        "@context": "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
        "@type": "dcat:Catalog",
        "conformsTo": "https://project-open-data.cio.gov/v1.1/schema",
        "dataset": datasets,
    }
    response = HttpResponse(exports.json_bytes(document), content_type=exports.JSON_TYPE)
    response["Access-Control-Allow-Origin"] = "*"
    return response


def catalogue_csv(request):
    header = [_("Dataset title"), _("Part"), _("Period"), _("Updated on"), "CSV", "JSON", "XLSX"]
    rows = [
        [e["title"], e["part"], e["period"], e["updated"].isoformat(), *e["files"].values()]
        for e in catalogue_entries(request)
    ]
    response = HttpResponse(exports.csv_bytes(header, rows), content_type=exports.CSV_TYPE)
    response["Content-Disposition"] = 'attachment; filename="sso-datasets.csv"'
    response["Access-Control-Allow-Origin"] = "*"
    return response
