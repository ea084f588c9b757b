"""The pages of the demo, read from the data files into ``ChildPage`` and ``PageFill`` specs:

* ``people.yaml`` and ``pages.yaml``: pages to create under the category index pages, in file order;
* ``fills.yaml`` and ``benefits.yaml``: fields of the existing category pages (and of the home page), set while
  they are still empty; ``fills.yaml``'s ``intros`` give the pages that get an introduction only.

A value is read by the type of the model field it fills, so the files need no type marks: a date field takes a
date (``today - 12 days``), a picture field the key of a picture of ``media.yaml``, a StreamField a list of
blocks and a rich-text field rich text (``demo.markup``). Nothing is written to the database here, so a mistake
in a file stops the load before it starts, with an error naming the file and the entry.
"""

import datetime
import re
from pathlib import Path

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from modelcluster.models import get_all_child_relations
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import get_page_models

from categories.taxonomy import load_taxonomy
from demo import markup
from demo.datafiles import (
    Where,
    date_bases,
    integer,
    mapping,
    parse_date,
    parse_datetime,
    parse_time,
    read,
    sequence,
)
from demo.library import library
from demo.spec import ChildPage, PageFill
from home.models import HomePage

PAGE_FILES = ("people.yaml", "pages.yaml", "citizen.yaml")
FILLS_FILE = "fills.yaml"
BENEFITS_FILE = "benefits.yaml"
HOME = "home"  # the key of the home page in the fill files
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class _Fields:
    """Reads the values of a page's fields by the type of each model field."""

    def __init__(self, today: datetime.date, media: markup.MediaKeys):
        self.bases = date_bases(today)
        self.media = media

    def read(self, model, raw: dict, where: Where, *, skip=()) -> dict:
        return {name: self.value(model, name, value, where / name) for name, value in raw.items() if name not in skip}

    def value(self, model, name: str, value, where: Where):
        relations = {rel.get_accessor_name(): rel.related_model for rel in get_all_child_relations(model)}
        if name in relations:
            related = relations[name]
            rows = sequence(value, where)
            return [self.read(related, mapping(row, where / f"#{n}"), where / f"#{n}") for n, row in enumerate(rows, 1)]
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            raise where.error(f"a {model.__name__} has no field '{name}'") from None
        return self._field_value(field, value, where)

    def _field_value(self, field, value, where: Where):
        if isinstance(field, StreamField):
            return markup.stream(value, where, set(field.stream_block.child_blocks), self.media)
        if isinstance(field, RichTextField):
            return markup.rich_text(value, where, self.media)
        if isinstance(field, models.ForeignKey):
            if field.related_model is get_image_model():
                return self.media.image(value, where)
            if field.related_model is get_document_model():
                return self.media.document(value, where)
        elif isinstance(field, models.DateTimeField):
            return parse_datetime(value, where, self.bases)
        elif isinstance(field, models.DateField):
            return parse_date(value, where, self.bases)
        elif isinstance(field, models.TimeField):
            return parse_time(value, where)
        elif isinstance(field, models.BooleanField):
            if not isinstance(value, bool):
                raise where.error(f"expected yes or no, found {value!r}")
            return value
        elif isinstance(field, models.IntegerField):
            return integer(value, where)
        elif isinstance(field, models.CharField | models.TextField):
            value = self.media.linked_text(value, where)
            choices = [choice for choice, _label in field.flatchoices]
            if choices and value not in choices:
                raise where.error(f"{value!r} is not one of {', '.join(map(str, choices))}")
            return value
        raise where.error(f"the demo files cannot fill a {type(field).__name__} ('{field.name}')")


def _media_keys() -> markup.MediaKeys:
    media = library()
    return markup.MediaKeys(media.images, media.documents)


def _page_models() -> dict[str, type]:
    return {model.__name__: model for model in get_page_models()}


def _category_models() -> dict[str, type]:
    return {node.key: node.page_model for node in load_taxonomy().walk()}


# Pages to create ------------------------------------------------------------------------------------------


def _child_pages(name: str, directory, fields: _Fields, categories: dict, page_models: dict) -> list[ChildPage]:
    data, where = read(name, directory)
    pages = []
    for number, group in enumerate(sequence(data, where), start=1):
        here = where / f"group {number}"
        group = mapping(group, here, required=("under", "type", "pages"), optional=("defaults",))
        parent = group["under"]
        if parent not in categories:
            raise (here / "under").error(f"no category '{parent}' in the taxonomy file")
        here = where / parent
        model = page_models.get(group["type"])
        if model is None:
            raise (here / "type").error(f"unknown page type {group['type']!r}")
        defaults = mapping(group.get("defaults", {}), here / "defaults")
        slugs = set()
        for position, page in enumerate(sequence(group["pages"], here / "pages"), start=1):
            page = mapping(page, here / f"page {position}")
            slug = page.get("slug")
            if not isinstance(slug, str) or not _SLUG.match(slug):
                raise (here / f"page {position}").error("'slug' must be lower-case ASCII words joined by hyphens")
            entry = here / slug
            if slug in slugs:
                raise entry.error("this slug is used twice under the same parent")
            slugs.add(slug)
            if not page.get("title"):
                raise entry.error("missing 'title'")
            raw = dict(page)
            for key, value in defaults.items():
                raw.setdefault(key, value)
            label = f"{model._meta.app_label}.{model.__name__}"
            pages.append(ChildPage(parent, label, slug, fields.read(model, raw, entry, skip=("slug",))))
    return pages


def child_pages(today: datetime.date, directory: Path | None = None) -> list[ChildPage]:
    """Every page to create, in creation order; relative dates counted from ``today``."""
    fields, categories, page_models = _Fields(today, _media_keys()), _category_models(), _page_models()
    return [page for name in PAGE_FILES for page in _child_pages(name, directory, fields, categories, page_models)]


# Existing pages to fill -----------------------------------------------------------------------------------


def _fill(key, raw, where: Where, fields: _Fields, categories: dict) -> PageFill:
    if key == HOME:
        model = HomePage
    elif key in categories:
        model = categories[key]
    else:
        raise where.error(f"no category '{key}' in the taxonomy file (or '{HOME}' for the home page)")
    raw = mapping(raw, where)
    return PageFill(None if key == HOME else key, fields.read(model, raw, where))


def page_fills(today: datetime.date, directory: Path | None = None) -> list[PageFill]:
    """Fields of existing pages to fill while empty: ``fills.yaml``'s pages, the benefits, then the intros."""
    fields, categories = _Fields(today, _media_keys()), _category_models()
    data, where = read(FILLS_FILE, directory)
    data = mapping(data, where, required=("pages", "intros"))
    benefits, benefits_where = read(BENEFITS_FILE, directory)
    fills: dict[str, PageFill] = {}
    for entries, here in ((data["pages"], where / "pages"), (benefits, benefits_where)):
        for key, raw in mapping(entries, here).items():
            if key in fills:
                raise (here / key).error("this page is filled twice (in fills.yaml and benefits.yaml)")
            fills[key] = _fill(key, raw, here / key, fields, categories)
    intros = where / "intros"
    for key, intro in mapping(data["intros"], intros).items():
        if key in fills and "intro" in fills[key].fields:
            raise (intros / key).error("this page's intro is already given above; remove one of the two")
        fill = fills.get(key) or _fill(key, {}, intros / key, fields, categories)
        model = HomePage if fill.key is None else categories[key]
        fill.fields["intro"] = fields.value(model, "intro", intro, intros / key)
        fills[key] = fill
    return list(fills.values())
