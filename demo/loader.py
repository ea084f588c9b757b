"""Loading the demo content into a site built by ``setup_site``: idempotent and non-destructive.

* A page to create is recognised by its slug under its index page; when a page with that slug exists (the
  demo page, or an editor's page) it is left alone.
* A field of an existing category page is set only while it is empty, and a page with unpublished changes
  (an editor's draft) is not touched at all.
* Images and documents are recognised by title and reused; a file is generated only when its title is new.

Index pages are found through their ``Category`` row (``Category.objects.get(key=...).page``), never by title.
"""

import hashlib
import re
from dataclasses import dataclass, field
from io import BytesIO

from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from modelcluster.models import get_all_child_relations
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.rect import Rect
from wagtail.models import Locale, Page

from categories.models import Category
from demo import content
from demo.library import library
from demo.media import render_image, render_pdf
from demo.spec import ChildPage, Doc, DocumentSpec, Img, PageFill
from home.models import HomePage

_LINK = re.compile(r"\[\[(doc:)?([^|\]]+)\|([^\]]+)\]\]")


class TreeNotBuilt(Exception):
    """The category tree (``setup_site``) is missing, or some categories the demo content needs are."""


@dataclass
class LoadReport:
    pages_created: int = 0
    pages_present: int = 0
    pages_filled: int = 0
    images_created: int = 0
    documents_created: int = 0
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"Demo content: {self.pages_created} pages created, {self.pages_present} already present; "
            f"{self.pages_filled} existing pages filled; "
            f"{self.images_created} images and {self.documents_created} documents created."
        )


def _is_empty(value) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return len(value) == 0
    except TypeError:
        return False


class DemoLoader:
    def __init__(self, today=None):
        self.today = today or timezone.localdate()
        self.report = LoadReport()
        self._pages: dict[str, Page] = {}
        self._page_ids: dict[str, int] = {}
        self._images: dict[str, object] = {}
        self._documents: dict[str, object] = {}

    # The tree ---------------------------------------------------------------------------------------------

    def _load_tree(self, children: list[ChildPage], fills: list[PageFill]) -> HomePage:
        needed = {spec.parent for spec in children} | {fill.key for fill in fills if fill.key}
        categories = {c.key: c for c in Category.objects.exclude(page=None).select_related("page")}
        missing = sorted(needed - set(categories))
        home = HomePage.objects.filter(locale=Locale.get_default()).first()
        if home is None or missing:
            shown = ", ".join(missing[:5]) + (" …" if len(missing) > 5 else "")
            raise TreeNotBuilt(
                "The page tree is not built yet: run `python manage.py setup_site` first"
                + (f" (missing categories: {shown})" if missing else " (no home page)")
                + "."
            )
        self._page_ids = {key: category.page_id for key, category in categories.items()}
        self._categories = categories
        return home

    def category_page(self, key: str) -> Page:
        if key not in self._pages:
            self._pages[key] = self._categories[key].page.specific
        return self._pages[key]

    # Media ------------------------------------------------------------------------------------------------

    def image(self, key: str):
        if key not in self._images:
            spec = library().images[key]
            model = get_image_model()
            image = model.objects.filter(title=spec.title).first()
            if image is None:
                data = render_image(spec)
                image = model(
                    title=spec.title,
                    description=spec.description,
                    file=ImageFile(BytesIO(data), name=spec.filename),
                    file_size=len(data),
                    file_hash=hashlib.sha1(data).hexdigest(),  # noqa: S324 - Wagtail's duplicate check uses SHA-1
                )
                if spec.focal_point:
                    x, y, width, height = spec.focal_point
                    image.set_focal_point(Rect(x - width // 2, y - height // 2, x + width // 2, y + height // 2))
                image.save()
                self.report.images_created += 1
            self._images[key] = image
        return self._images[key]

    def document(self, key: str):
        if key not in self._documents:
            self._documents[key] = self.document_for(library().documents[key])
        return self._documents[key]

    def document_for(self, spec: DocumentSpec):
        """The document of ``spec``: the one with its title, or its PDF rendered and stored (other apps' demo
        content, e.g. procurement notices, brings specs of its own)."""
        model = get_document_model()
        document = model.objects.filter(title=spec.title).first()
        if document is None:
            data = render_pdf(spec)
            document = model(
                title=spec.title,
                file=ContentFile(data, name=spec.filename),
                file_size=len(data),
                file_hash=hashlib.sha1(data).hexdigest(),  # noqa: S324
            )
            document.save()
            self.report.documents_created += 1
        return document

    # Values -----------------------------------------------------------------------------------------------

    def _links(self, text: str) -> str:
        """``[[key|text]]`` → a Wagtail page link, ``[[doc:key|text]]`` → a document link."""

        def replace(match):
            is_doc, key, label = match.groups()
            if is_doc:
                return f'<a linktype="document" id="{self.document(key).pk}">{label}</a>'
            if key in self._page_ids:
                return f'<a linktype="page" id="{self._page_ids[key]}">{label}</a>'
            return label

        return _LINK.sub(replace, text) if "[[" in text else text

    def _raw(self, value):
        """StreamField raw data: images and documents become their ids."""
        if isinstance(value, Img):
            return self.image(value.key).pk
        if isinstance(value, Doc):
            return self.document(value.key).pk
        if isinstance(value, str):
            return self._links(value)
        if isinstance(value, dict):
            return {name: self._raw(item) for name, item in value.items()}
        if isinstance(value, list):
            return [self._raw(item) for item in value]
        return value

    def _value(self, model, name: str, value):
        relations = {rel.get_accessor_name(): rel.related_model for rel in get_all_child_relations(model)}
        if name in relations:
            return [relations[name](**{k: self._value(relations[name], k, v) for k, v in row.items()}) for row in value]
        if isinstance(value, Img):
            return self.image(value.key)
        if isinstance(value, Doc):
            return self.document(value.key)
        if isinstance(value, str):
            return self._links(value)
        if isinstance(value, list):
            return self._raw(value)
        return value

    # Pages ------------------------------------------------------------------------------------------------

    def create_child(self, spec: ChildPage) -> None:
        parent = self.category_page(spec.parent)
        if parent.get_children().filter(slug=spec.slug).exists():
            self.report.pages_present += 1
            return
        model = apps.get_model(spec.model)
        if not model.can_exist_under(parent):
            self.report.warnings.append(
                f"{spec.parent}: a {parent.specific_class.__name__} cannot hold a {model.__name__}; "
                f"“{spec.fields.get('title')}” skipped"
            )
            return
        fields = {name: self._value(model, name, value) for name, value in spec.fields.items()}
        page = model(slug=spec.slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.report.pages_created += 1

    def fill(self, spec: PageFill, home: HomePage) -> None:
        page = home if spec.key is None else self.category_page(spec.key)
        label = spec.key or "home page"
        if page.has_unpublished_changes:
            self.report.warnings.append(f"{label}: has an unpublished draft; left as it is")
            return
        changed = False
        relations = {rel.get_accessor_name() for rel in get_all_child_relations(type(page))}
        for name, value in spec.fields.items():
            if name not in relations and not any(f.name == name for f in page._meta.get_fields()):
                self.report.warnings.append(f"{label}: a {type(page).__name__} has no field “{name}”; skipped")
                continue
            current = getattr(page, name).all() if name in relations else getattr(page, name)
            if _is_empty(current):
                setattr(page, name, self._value(type(page), name, value))
                changed = True
        if changed:
            page.save_revision().publish()
            self.report.pages_filled += 1

    # Entry point ------------------------------------------------------------------------------------------

    def load(self) -> LoadReport:
        children = content.child_pages(self.today)
        fills = content.page_fills(self.today)
        with transaction.atomic():
            home = self._load_tree(children, fills)
            for spec in children:
                self.create_child(spec)
            for fill in fills:
                self.fill(fill, home)
        return self.report
