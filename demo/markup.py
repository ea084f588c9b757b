"""Text of the data files written in a readable block form, turned into what Wagtail stores: rich-text HTML and
the raw data of a StreamField (built with the helpers of ``demo.spec``).

Rich text is one paragraph (``"…"``) or a list of parts: a paragraph (``- "…"``), ``- bullets: [...]``,
``- numbered: [...]`` or ``- heading: "…"``. A body is a list of blocks, each named by its first key:
``- paragraph: <rich text>``, ``- heading: "…"`` (``level: h3``), ``- table: [[...], ...]`` (``caption:``),
``- quote: "…"``, ``- image: <picture>`` (``caption:``, ``alt_text:``), ``- document: <document>`` (``label:``),
``- link: "<text>"`` (``url:``), ``- attachment: <document>`` / ``- form: <document>`` (``label:``),
``- position: "<title>"`` (``vacancies:``, ``qualifications: [...]``), ``- channel: "<label>"`` (``value:``,
``url:``). Pictures and documents are named by their key in ``media.yaml``.
"""

import re
from collections.abc import Callable

from demo.datafiles import Where, integer, mapping, sequence, text, texts
from demo.spec import (
    Doc,
    Img,
    attachment,
    bullets,
    channel,
    document_block,
    heading,
    image_block,
    link_block,
    paragraph,
    position,
    quote,
    table,
)

_DOCUMENT_LINK = re.compile(r"\[\[doc:([^|\]]+)\|")
HEADING_LEVELS = ("h2", "h3", "h4")


class MediaKeys:
    """The keys of ``media.yaml``: a reference to a picture or document that does not exist is refused."""

    def __init__(self, images, documents):
        self.images, self.documents = set(images), set(documents)

    def image(self, key, where: Where) -> Img:
        if not isinstance(key, str) or key not in self.images:
            raise where.error(f"no picture {key!r} in media.yaml")
        return Img(key)

    def document(self, key, where: Where) -> Doc:
        if not isinstance(key, str) or key not in self.documents:
            raise where.error(f"no document {key!r} in media.yaml")
        return Doc(key)

    def linked_text(self, value, where: Where) -> str:
        """Text whose ``[[doc:key|…]]`` links name documents that exist."""
        for key in _DOCUMENT_LINK.findall(text(value, where)):
            self.document(key, where)
        return value


# Rich text ------------------------------------------------------------------------------------------------


def _list_html(tag: str, value, where: Where, media: MediaKeys) -> str:
    items = [media.linked_text(item, where / f"#{n}") for n, item in enumerate(sequence(value, where), start=1)]
    if not items:
        raise where.error("the list is empty")
    return bullets(*items, ordered=tag == "ol")


def _rich_part(part, where: Where, media: MediaKeys) -> str:
    if isinstance(part, str):
        part = media.linked_text(part, where)
        return part if part.startswith("<") else f"<p>{part}</p>"
    part = mapping(part, where)
    if len(part) != 1:
        raise where.error("a part of rich text is a text, or one of 'bullets:', 'numbered:', 'heading:'")
    ((kind, value),) = part.items()
    if kind == "bullets":
        return _list_html("ul", value, where / kind, media)
    if kind == "numbered":
        return _list_html("ol", value, where / kind, media)
    if kind == "heading":
        return f"<h2>{text(value, where / kind, allow_empty=False)}</h2>"
    raise where.error(f"unknown part {kind!r} (a text, or 'bullets:', 'numbered:', 'heading:')")


def rich_text(value, where: Where, media: MediaKeys) -> str:
    """HTML of rich text written as one paragraph, one part, or a list of parts."""
    parts = value if isinstance(value, list) else [value]
    if not parts:
        raise where.error("the rich text is empty")
    if len(parts) == 1:
        return _rich_part(parts[0], where, media)
    return "".join(_rich_part(part, where / f"#{n}", media) for n, part in enumerate(parts, start=1))


# Blocks ---------------------------------------------------------------------------------------------------


def _paragraph(entry, where, media):
    return paragraph(rich_text(entry["paragraph"], where / "paragraph", media))


def _heading(entry, where, media):
    level = entry.get("level", "h2")
    if level not in HEADING_LEVELS:
        raise (where / "level").error(f"expected one of {', '.join(HEADING_LEVELS)}, found {level!r}")
    return heading(text(entry["heading"], where / "heading", allow_empty=False), level)


def _table(entry, where, media):
    rows = [texts(row, where / "table" / f"row {n}") for n, row in enumerate(sequence(entry["table"], where), 1)]
    if len(rows) < 2:
        raise (where / "table").error("a table needs a heading row and at least one row")
    return table(rows, text(entry.get("caption", ""), where / "caption"))


def _quote(entry, where, media):
    return quote(text(entry["quote"], where / "quote", allow_empty=False))


def _image(entry, where, media):
    img = media.image(entry["image"], where / "image")
    return image_block(img, text(entry.get("caption", ""), where / "caption"), text(entry.get("alt_text", ""), where))


def _document(entry, where, media):
    return document_block(media.document(entry["document"], where / "document"), _label(entry, where))


def _link(entry, where, media):
    return link_block(text(entry["link"], where / "link", allow_empty=False), text(entry["url"], where / "url"))


def _attachment(kind):
    def build(entry, where, media):
        return attachment(media.document(entry[kind], where / kind), _label(entry, where), block_type=kind)

    return build


def _position(entry, where, media):
    qualifications = texts(entry.get("qualifications", []), where / "qualifications")
    return position(
        text(entry["position"], where / "position", allow_empty=False),
        integer(entry.get("vacancies", 1), where / "vacancies"),
        *qualifications,
    )


def _channel(entry, where, media):
    return channel(
        text(entry["channel"], where / "channel", allow_empty=False),
        text(entry["value"], where / "value", allow_empty=False),
        text(entry.get("url", ""), where / "url"),
    )


def _label(entry, where) -> str:
    return text(entry.get("label", ""), where / "label")


# block name: (its other keys, required ones first, and how it is built)
BLOCKS: dict[str, tuple[tuple[str, ...], tuple[str, ...], Callable]] = {
    "paragraph": ((), (), _paragraph),
    "heading": ((), ("level",), _heading),
    "table": ((), ("caption",), _table),
    "quote": ((), (), _quote),
    "image": ((), ("caption", "alt_text"), _image),
    "document": ((), ("label",), _document),
    "link": (("url",), (), _link),
    "attachment": ((), ("label",), _attachment("attachment")),
    "form": ((), ("label",), _attachment("form")),
    "position": ((), ("vacancies", "qualifications"), _position),
    "channel": (("value",), ("url",), _channel),
}


def stream(value, where: Where, allowed, media: MediaKeys) -> list[dict]:
    """Raw StreamField data of a list of blocks; ``allowed`` are the block names the field accepts."""
    blocks = []
    for number, entry in enumerate(sequence(value, where), start=1):
        here = where / f"#{number}"
        entry = mapping(entry, here)
        kind = next(iter(entry), None)
        if kind not in BLOCKS or kind not in allowed:
            names = ", ".join(name for name in BLOCKS if name in allowed)
            raise here.error(f"a block starts with its kind: one of {names} (found {kind!r})")
        required, optional, build = BLOCKS[kind]
        mapping(entry, here, required=(kind, *required), optional=optional)
        blocks.append(build(entry, here, media))
    return blocks
