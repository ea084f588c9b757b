"""What a page points at: other pages, documents, images and outside addresses, each with where it sits.

The walk is generic, so every page type is covered without naming its fields: the concrete model's own fields
(rich text, StreamFields, foreign keys to pages, documents and images, URL fields) and the same kinds of field
on its inline children (``ParentalKey`` models such as a photo gallery). StreamFields are read in their raw
(JSON) form against their block definitions, which costs no query: Wagtail's own values would fetch every
chosen page, document and image one block type at a time.
"""

import re
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser

from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from modelcluster.fields import ParentalKey
from modelcluster.models import get_all_child_relations
from wagtail import blocks
from wagtail.admin.panels import InlinePanel
from wagtail.coreutils import resolve_model_string
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page

PAGE, DOCUMENT, IMAGE, URL = "page", "document", "image", "url"
SEPARATOR = " › "
LINK_TEXT_LIMIT = 80
# Struct children whose text is what the visitor clicks (LinkBlock.text, DocumentBlock.label, …).
LINK_TEXT_CHILDREN = ("text", "label", "title")


@dataclass(frozen=True)
class Reference:
    kind: str  # PAGE, DOCUMENT, IMAGE or URL
    target: int | str  # an id, or the address for URL
    location: str  # e.g. เนื้อหา › บล็อกที่ 3 (ย่อหน้า) › ลิงก์ “ดาวน์โหลดแบบฟอร์ม”


def _clean_text(text) -> str:
    text = re.sub(r"\s+", " ", str(text or "")).strip()
    return text if len(text) <= LINK_TEXT_LIMIT else text[: LINK_TEXT_LIMIT - 1] + "…"


def _quoted(label, text) -> str:
    text = _clean_text(text)
    return f"{label} “{text}”" if text else str(label)


def _target_kind(model) -> str | None:
    if model is None:
        return None
    if isinstance(model, str):  # chooser blocks may name their model as "app_label.Model"
        model = resolve_model_string(model)
    if issubclass(model, Page):
        return PAGE
    if issubclass(model, get_document_model()):
        return DOCUMENT
    if issubclass(model, get_image_model()):
        return IMAGE
    return None


def _as_id(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class _RichTextLinks(HTMLParser):
    """Collects the links and image embeds of Wagtail's stored rich text, with the text of each link."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, int | str, str, str]] = []  # (kind, target, what, text)
        self._anchor = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a":
            self._anchor, self._text = attrs, []
        elif tag == "embed" and attrs.get("embedtype") == "image":
            image_id = _as_id(attrs.get("id"))
            if image_id is not None:
                self.found.append((IMAGE, image_id, pgettext("site check location", "image"), attrs.get("alt", "")))

    def handle_data(self, data):
        if self._anchor is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag != "a" or self._anchor is None:
            return
        anchor, text = self._anchor, "".join(self._text)
        self._anchor = None
        linktype = anchor.get("linktype")
        if linktype in (PAGE, DOCUMENT):
            target = _as_id(anchor.get("id"))
            if target is not None:
                self.found.append((linktype, target, _("link"), text))
        elif (anchor.get("href") or "").lower().startswith(("http://", "https://")):
            self.found.append((URL, anchor["href"].strip(), _("link"), text))


def rich_text_references(html: str, trail: list[str]):
    if not html or ("<a" not in html and "<embed" not in html):
        return
    parser = _RichTextLinks()
    parser.feed(html)
    parser.close()
    for kind, target, what, text in parser.found:
        yield Reference(kind, target, SEPARATOR.join([*trail, _quoted(what, text)]))


def _link_text(block: blocks.StructBlock, raw: dict) -> str:
    for name in LINK_TEXT_CHILDREN:
        if isinstance(block.child_blocks.get(name), blocks.CharBlock) and raw.get(name):
            return raw[name]
    return ""


def block_references(block, raw, trail: list[str], link_text: str = ""):
    """References inside one block's raw value; ``trail`` is the location so far."""
    if raw in (None, "", [], {}):
        return
    if isinstance(block, blocks.StreamBlock):
        for index, item in enumerate(raw):
            child = block.child_blocks.get(item.get("type")) if isinstance(item, dict) else None
            if child is not None:
                yield from block_references(
                    child,
                    item.get("value"),
                    [*trail, _("block %(number)s (%(label)s)") % {"number": index + 1, "label": child.label}],
                )
    elif isinstance(block, blocks.ListBlock):
        for index, item in enumerate(raw):
            value = item["value"] if block._item_is_in_block_format(item) else item
            yield from block_references(
                block.child_block, value, [*trail, _("item %(number)s") % {"number": index + 1}]
            )
    elif isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        text = _link_text(block, raw) or link_text
        for name, child in block.child_blocks.items():
            inner = trail if _is_leaf(child) else [*trail, str(child.label)]
            yield from block_references(child, raw.get(name), inner, link_text=text)
    elif isinstance(block, blocks.RichTextBlock):
        yield from rich_text_references(raw, trail)
    else:
        yield from _leaf_references(block, raw, trail, link_text)


def _is_leaf(block) -> bool:
    return not isinstance(block, (blocks.StreamBlock, blocks.ListBlock, blocks.StructBlock, blocks.RichTextBlock))


def _leaf_references(block, raw, trail, link_text):
    if isinstance(block, blocks.ChooserBlock):
        kind, target = _target_kind(block.target_model), _as_id(raw)
        if kind and target is not None:
            yield Reference(kind, target, SEPARATOR.join([*trail, _quoted(block.label, link_text)]))
    elif isinstance(block, blocks.URLBlock) and str(raw).lower().startswith(("http://", "https://")):
        yield Reference(URL, str(raw).strip(), SEPARATOR.join([*trail, _quoted(block.label, link_text)]))


@dataclass(frozen=True)
class _FieldPlan:
    """How to read references out of one model field."""

    field: models.Field
    kind: str  # "stream", "rich_text", "url" or a target kind (PAGE, DOCUMENT, IMAGE) for a foreign key

    def references(self, instance, trail: list[str]):
        value = getattr(instance, self.field.attname)
        if value in (None, ""):
            return
        trail = [*trail, str(self.field.verbose_name)]
        if self.kind == "stream":
            yield from block_references(self.field.stream_block, list(value.raw_data), trail)
        elif self.kind == "rich_text":
            yield from rich_text_references(value, trail)
        elif self.kind == URL:
            if value.lower().startswith(("http://", "https://")):
                yield Reference(URL, value.strip(), SEPARATOR.join(trail))
        else:
            yield Reference(self.kind, value, SEPARATOR.join(trail))


def _field_plan(field) -> _FieldPlan | None:
    if field.model is Page or field.primary_key:  # Wagtail's own columns (owner, revisions, locale, …)
        return None
    if isinstance(field, StreamField):
        return _FieldPlan(field, "stream")
    if isinstance(field, RichTextField):
        return _FieldPlan(field, "rich_text")
    if isinstance(field, models.URLField):
        return _FieldPlan(field, URL)
    if field.many_to_one and not field.remote_field.parent_link:
        kind = _target_kind(field.related_model)
        return _FieldPlan(field, kind) if kind else None
    return None


def _is_parental(field) -> bool:
    return isinstance(field, ParentalKey)


@cache
def _field_plans(model) -> tuple[_FieldPlan, ...]:
    plans = (_field_plan(field) for field in model._meta.concrete_fields if not _is_parental(field))
    return tuple(plan for plan in plans if plan is not None)


def _inline_label(model, accessor: str):
    """What the editing form calls a relation (its InlinePanel's label), else the child model's name."""
    panels = list(getattr(model, "content_panels", []))
    while panels:
        panel = panels.pop()
        if isinstance(panel, InlinePanel) and panel.relation_name == accessor and panel.label:
            return panel.label
        panels.extend(getattr(panel, "children", []))
    return model._meta.get_field(accessor).related_model._meta.verbose_name


@cache
def child_relations(model) -> tuple[tuple[str, object, type[models.Model], tuple[_FieldPlan, ...]], ...]:
    """The inline children that can hold references: (accessor, label, child model, field plans)."""
    found = []
    for relation in get_all_child_relations(model):
        plans = _field_plans(relation.related_model)
        if plans:
            accessor = relation.get_accessor_name()
            found.append((accessor, _inline_label(model, accessor), relation.related_model, plans))
    return tuple(found)


def child_prefetches(model) -> list[models.Prefetch]:
    """Prefetches of the inline children with only the columns the walk reads (a dataset's rows stay behind)."""
    prefetches = []
    for accessor, _label, child_model, plans in child_relations(model):
        parental = next(f.name for f in child_model._meta.concrete_fields if _is_parental(f))
        columns = [child_model._meta.pk.name, parental, *(plan.field.name for plan in plans)]
        prefetches.append(models.Prefetch(accessor, queryset=child_model.objects.only(*columns)))
    return prefetches


def page_references(page) -> list[Reference]:
    """Every reference on a specific page, in the order of its fields."""
    found = [ref for plan in _field_plans(type(page)) for ref in plan.references(page, [])]
    for accessor, label, _model, plans in child_relations(type(page)):
        for index, child in enumerate(getattr(page, accessor).all()):
            trail = [_("%(label)s item %(number)s") % {"label": label, "number": index + 1}]
            found.extend(ref for plan in plans for ref in plan.references(child, trail))
    return found
