"""The citizen's part of the demo (issue 17): the online services of the site settings and the sample hospital
list (clearly labelled samples), read from data/demo and loaded only while the site holds none."""

from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Site

from categories.hospital_import import import_hospitals
from categories.models import Hospital
from demo.datafiles import DATA_DIR, mapping, read, sequence
from home.models import OnlineService, OnlineServices

SERVICES_FILE = "services.yaml"
HOSPITALS_FILE = "hospitals-sample.csv"


def read_services(directory=None) -> list[dict]:
    data, where = read(SERVICES_FILE, directory)
    rows = sequence(mapping(data, where).get("services"), where / "services")
    fields = {"name", "description", "url", "icon", "audience", "in_header"}
    services = []
    for n, row in enumerate(rows, 1):
        row = mapping(row, where / f"#{n}")
        unknown = set(row) - fields
        if unknown:
            raise (where / f"#{n}").error(f"unknown fields: {', '.join(sorted(unknown))}")
        services.append(row)
    return services


def load_services(directory=None) -> int:
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return 0
    setting = OnlineServices.for_site(site)
    if setting.services.exists():
        return 0
    rows = read_services(directory)
    for order, row in enumerate(rows):
        OnlineService.objects.create(setting=setting, sort_order=order, **row)
    return len(rows)


def load_sample_hospitals(directory=None) -> int:
    """Import the sample list through the real importer (all or nothing), marked as samples."""
    if Hospital.objects.exists():
        return 0
    path = (directory or DATA_DIR) / HOSPITALS_FILE
    result = import_hospitals(SimpleUploadedFile(HOSPITALS_FILE, path.read_bytes()), is_sample=True)
    if not result.ok:
        raise ValueError("; ".join(result.errors))
    return result.created
