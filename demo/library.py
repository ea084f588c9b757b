"""The generated pictures and PDFs of the demo, read from ``data/demo/media.yaml`` into ``ImageSpec`` and
``DocumentSpec`` (``demo.media`` draws them; the loader finds them again by title).

Figures in reports and statistics are illustrative, and every PDF says in its footer that it is a sample.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from demo.datafiles import Where, integer, mapping, read, sequence, text, texts
from demo.media import PALETTES
from demo.spec import DocumentSpec, ImageSpec

MEDIA_FILE = "media.yaml"
IMAGE_KINDS = ("banner", "portrait", "cover", "infographic")


@dataclass(frozen=True)
class Library:
    images: dict[str, ImageSpec]
    documents: dict[str, DocumentSpec]


def _image(raw, where: Where) -> ImageSpec:
    raw = mapping(
        raw,
        where,
        required=("kind", "title", "description", "file"),
        optional=("text", "palette", "steps", "focal_point"),
    )
    if raw["kind"] not in IMAGE_KINDS:
        raise (where / "kind").error(f"expected one of {', '.join(IMAGE_KINDS)}, found {raw['kind']!r}")
    palette = integer(raw.get("palette", 0), where / "palette")
    if not 0 <= palette < len(PALETTES):
        raise (where / "palette").error(f"expected a number from 0 to {len(PALETTES) - 1}")
    lines = tuple(texts(raw.get("text", []), where / "text"))
    if raw["kind"] != "portrait" and not lines:
        raise (where / "text").error(f"a {raw['kind']} needs at least one line of text")
    focal_point = None
    if "focal_point" in raw:
        numbers = [integer(n, where / "focal_point") for n in sequence(raw["focal_point"], where / "focal_point")]
        if len(numbers) != 4:
            raise (where / "focal_point").error("expected four numbers: x, y, width, height")
        focal_point = tuple(numbers)
    return ImageSpec(
        kind=raw["kind"],
        title=text(raw["title"], where / "title", allow_empty=False),
        description=text(raw["description"], where / "description", allow_empty=False),
        filename=text(raw["file"], where / "file", allow_empty=False),
        lines=lines,
        palette=palette,
        steps=tuple(texts(raw.get("steps", []), where / "steps")),
        focal_point=focal_point,
    )


# PDF content: block name in the file -> the kind ``media.render_pdf`` draws, and how its value is read.
PDF_BLOCKS = {
    "heading": ("h", text),
    "paragraph": ("p", text),
    "bullets": ("ul", lambda value, where: tuple(texts(value, where))),
    "numbered": ("ol", lambda value, where: tuple(texts(value, where))),
    "fields": ("fields", lambda value, where: tuple(texts(value, where))),
    "checkboxes": ("checks", lambda value, where: tuple(texts(value, where))),
    "signature": ("sign", text),
    "table": ("table", lambda value, where: [texts(row, where / f"row {n}") for n, row in enumerate(value, 1)]),
}


def pdf_blocks(value, where: Where) -> tuple:
    """``(kind, value)`` pairs of a PDF's content; ``- section: "หมวด 1"`` takes its words from ``text:``."""
    blocks = []
    for number, entry in enumerate(sequence(value, where), start=1):
        here = where / f"#{number}"
        entry = mapping(entry, here)
        kind = next(iter(entry), None)
        if kind == "section":
            mapping(entry, here, required=("section", "text"))
            blocks.append(("section", (text(entry["section"], here / kind), text(entry["text"], here / "text"))))
            continue
        if kind not in PDF_BLOCKS:
            names = ", ".join([*PDF_BLOCKS, "section"])
            raise here.error(f"a block starts with its kind: one of {names} (found {kind!r})")
        mapping(entry, here, required=(kind,))
        if kind == "table":
            sequence(entry[kind], here / kind)
        pdf_kind, read_value = PDF_BLOCKS[kind]
        blocks.append((pdf_kind, read_value(entry[kind], here / kind)))
    return tuple(blocks)


def document_spec(raw, where: Where) -> DocumentSpec:
    raw = mapping(raw, where, required=("title", "file", "heading", "content"), optional=("subheading", "code"))
    return DocumentSpec(
        title=text(raw["title"], where / "title", allow_empty=False),
        filename=text(raw["file"], where / "file", allow_empty=False),
        heading=text(raw["heading"], where / "heading", allow_empty=False),
        subheading=text(raw.get("subheading", ""), where / "subheading"),
        code=text(raw.get("code", ""), where / "code"),
        blocks=pdf_blocks(raw["content"], where / "content"),
    )


def read_library(directory: Path | None = None) -> Library:
    data, where = read(MEDIA_FILE, directory)
    data = mapping(data, where, required=("images", "documents"))
    images = mapping(data["images"], where / "images")
    documents = mapping(data["documents"], where / "documents")
    return Library(
        images={str(key): _image(raw, where / "images" / key) for key, raw in images.items()},
        documents={str(key): document_spec(raw, where / "documents" / key) for key, raw in documents.items()},
    )


@cache
def library() -> Library:
    """The shipped pictures and documents, read once per process."""
    return read_library()
