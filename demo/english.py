"""The English pages of the demo (data/demo/english.yaml): translations of key Thai pages, made with Wagtail's
translation copy so each shares its Thai page's translation key, and one or two English-only pages.

Safe to run again: a translation that exists is left as it is (an editor may have changed it).
"""

from django.apps import apps
from django.db import transaction
from wagtail.models import Locale, Site

from categories.models import Category
from demo.datafiles import mapping, read, sequence, text
from governance.workflow.signals import one_governance_sync_after

ENGLISH = "en"
RICH_FIELDS_EMPTIED = ("eligibility", "conditions", "entitlements", "how_to_claim")
STREAM_FIELDS_EMPTIED = ("body", "forms", "attachments")


def read_english() -> dict:
    data, where = read("english.yaml")
    data = mapping(data, where, required=("translations",), optional=("new",))
    for group, needed in (("translations", ("key", "title")), ("new", ("under", "slug", "type", "title"))):
        for number, entry in enumerate(sequence(data.get(group) or [], where / group), start=1):
            entry = mapping(entry, where / group / f"#{number}")
            for name in needed:
                text(entry.get(name), where / group / f"#{number}" / name, allow_empty=False)
    return data


def _source(key: str):
    if key == "home":
        return Site.objects.get(is_default_site=True).root_page.specific
    return Category.objects.select_related("page").get(key=key).page.specific


def _english_fields(page, entry: dict) -> None:
    for name in RICH_FIELDS_EMPTIED:
        if hasattr(page, name):
            setattr(page, name, "")
    for name in STREAM_FIELDS_EMPTIED:
        if hasattr(page, name):
            setattr(page, name, [])
    for name, value in entry.items():
        if name in ("key", "under", "slug", "type"):
            continue
        if name == "body":
            value = [{"type": "paragraph", "value": block["paragraph"]} for block in value]
        setattr(page, name, value)
    page.draft_title = page.title


def _publish(page) -> None:
    page.save_revision().publish()


@transaction.atomic
def load_english_demo() -> int:
    """Create the English pages that are missing; returns how many were created. The matrix is extended to
    the English category pages once, at the end."""
    with one_governance_sync_after():
        return _create_english_pages()


def _create_english_pages() -> int:
    data = read_english()
    locale, _ = Locale.objects.get_or_create(language_code=ENGLISH)
    created = 0
    for entry in data["translations"]:
        source = _source(entry["key"])
        if source.get_translations().filter(locale=locale).exists():
            continue
        page = source.copy_for_translation(locale, copy_parents=True).specific
        _english_fields(page, entry)
        page.save()
        _publish(page)
        created += 1
    for entry in data.get("new") or []:
        parent = _source(entry["under"]).get_translation(locale)
        if parent.get_children().filter(slug=entry["slug"]).exists():
            continue
        page = apps.get_model(entry["type"])(slug=entry["slug"], locale=locale, title=entry["title"])
        _english_fields(page, entry)
        parent.add_child(instance=page)
        _publish(page)
        created += 1
    return created
