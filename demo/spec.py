"""The specs the demo's data files are read into: references to generated media, pages to create or fill,
pictures and PDFs to draw, and helpers that write StreamField data in Wagtail's raw (JSON) form.

Images and documents are referred to by their key in ``data/demo/media.yaml`` (``Img("portrait-1")``); the
loader turns a key into a Wagtail image or document, generating the file only when no image or document with
that title exists yet.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Img:
    """A generated image, by its key in ``media.yaml``."""

    key: str


@dataclass(frozen=True)
class Doc:
    """A generated PDF document, by its key in ``media.yaml``."""

    key: str


@dataclass(frozen=True)
class ImageSpec:
    """A picture drawn with Pillow.

    kind: ``banner`` (1200x675), ``portrait`` (600x750 silhouette), ``cover`` (848x1200 document cover) or
    ``infographic`` (1080x1350 with numbered steps).
    """

    kind: str
    title: str
    description: str
    filename: str
    lines: tuple[str, ...] = ()
    palette: int = 0
    steps: tuple[str, ...] = ()
    focal_point: tuple[int, int, int, int] | None = None  # (x, y, width, height) kept in view when cropped


@dataclass(frozen=True)
class DocumentSpec:
    """A PDF rendered by WeasyPrint. ``blocks`` are ``(kind, value)`` pairs, see ``media.render_pdf``."""

    title: str
    filename: str
    heading: str
    subheading: str = ""
    code: str = ""
    blocks: tuple = ()


@dataclass
class ChildPage:
    """A page created under the index page of category ``parent``; found again by ``slug``."""

    parent: str
    model: str
    slug: str
    fields: dict = field(default_factory=dict)


@dataclass
class PageFill:
    """Fields of the existing page of category ``key`` (or of the home page when ``key`` is None) that are
    set only while they are still empty."""

    key: str | None
    fields: dict = field(default_factory=dict)


# StreamField raw data -------------------------------------------------------------------------------------


def heading(text: str, level: str = "h2") -> dict:
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(*html: str) -> dict:
    """A rich-text paragraph block; plain strings are wrapped in <p>, strings starting with '<' are kept."""
    parts = [item if item.startswith("<") else f"<p>{item}</p>" for item in html]
    return {"type": "paragraph", "value": "".join(parts)}


def bullets(*items: str, ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{tag}>"


def table(rows: list[list[str]], caption: str = "") -> dict:
    return {
        "type": "table",
        "value": {
            "data": rows,
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_header_choice": "row",
            "table_caption": caption,
        },
    }


def quote(text: str) -> dict:
    return {"type": "quote", "value": text}


def image_block(img: Img, caption: str = "", alt_text: str = "") -> dict:
    return {"type": "image", "value": {"image": img, "alt_text": alt_text, "caption": caption}}


def document_block(doc: Doc, label: str = "") -> dict:
    return {"type": "document", "value": {"document": doc, "label": label}}


def link_block(text: str, url: str) -> dict:
    return {"type": "link", "value": {"text": text, "page": None, "url": url}}


def attachment(doc: Doc, label: str = "", block_type: str = "attachment") -> dict:
    return {"type": block_type, "value": {"document": doc, "label": label}}


def position(title: str, vacancies: int, *qualifications: str) -> dict:
    return {
        "type": "position",
        "value": {"title": title, "vacancies": vacancies, "qualifications": bullets(*qualifications)},
    }


def channel(label: str, value: str, url: str = "") -> dict:
    return {"type": "channel", "value": {"label": label, "value": value, "url": url}}
