"""Pictures (Pillow) and PDFs (WeasyPrint) for the demo content, drawn with the Sarabun font.

Every function returns bytes and keeps them in memory, so a picture or PDF is drawn at most once per process
however many pages use it.
"""

import html
import logging
import random
from io import BytesIO
from pathlib import Path

import fontpkg_sarabun
from PIL import Image, ImageDraw, ImageFont

from demo.spec import DocumentSpec, ImageSpec

FONT_DIR = Path(fontpkg_sarabun.__file__).parent / "files"
FONT_REGULAR = FONT_DIR / "Sarabun-Regular.ttf"
FONT_BOLD = FONT_DIR / "Sarabun-Bold.ttf"
ORGANISATION = "สำนักงานประกันสังคม กระทรวงแรงงาน"

# (dark, light, accent) colour triples; an image spec picks one by number.
PALETTES = (
    ("#0b4f8a", "#3d8fd1", "#f2b705"),  # office blue
    ("#0f6b5c", "#37a88f", "#f7d154"),  # teal
    ("#7a2e8e", "#b565c9", "#ffd166"),  # purple
    ("#a34712", "#e07b39", "#ffe08a"),  # orange
    ("#1f3b57", "#5b7fa3", "#7fd1ae"),  # slate
    ("#8c1c2c", "#d1495b", "#ffe3a3"),  # red
)

_image_cache: dict[str, bytes] = {}
_pdf_cache: dict[str, bytes] = {}
_fonts: dict[tuple[Path, int], ImageFont.FreeTypeFont] = {}


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    path = FONT_BOLD if bold else FONT_REGULAR
    if (path, size) not in _fonts:
        _fonts[(path, size)] = ImageFont.truetype(str(path), size)
    return _fonts[(path, size)]


def _rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _gradient(size: tuple[int, int], top: str, bottom: str) -> Image.Image:
    mask = Image.linear_gradient("L").resize(size)
    return Image.composite(Image.new("RGB", size, _rgb(bottom)), Image.new("RGB", size, _rgb(top)), mask)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Break a line at spaces (Thai separates phrases with spaces) and, inside a long phrase, between words."""
    from core.thai_text import segment

    words: list[str] = []
    for chunk in text.split():
        if draw.textlength(chunk, font=font) <= width:
            words.append(chunk)
        else:
            words.extend(_join_tokens(draw, segment(chunk), font, width))
    lines: list[str] = []
    for word in words:
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and draw.textlength(candidate, font=font) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


def _join_tokens(draw, tokens: list[str], font, width: int) -> list[str]:
    pieces = [""]
    for token in tokens:
        if pieces[-1] and draw.textlength(pieces[-1] + token, font=font) > width:
            pieces.append(token)
        else:
            pieces[-1] += token
    return [piece for piece in pieces if piece]


def _circles(draw: ImageDraw.ImageDraw, rng: random.Random, size, colour: str, count: int, alpha: int) -> None:
    r, g, b = _rgb(colour)
    for _ in range(count):
        radius = rng.randint(size[1] // 10, size[1] // 3)
        x, y = rng.randint(0, size[0]), rng.randint(0, size[1])
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(r, g, b, alpha))


def _emblem(draw: ImageDraw.ImageDraw, x: int, y: int, radius: int, colour) -> None:
    """A plain ring with a shield-like mark: a stand-in for the office's logo, not a copy of it."""
    draw.ellipse((x - radius, y - radius, x + radius, y + radius), outline=colour, width=max(3, radius // 6))
    inner = radius // 2
    draw.polygon(
        [
            (x - inner, y - inner),
            (x + inner, y - inner),
            (x + inner, y + inner // 3),
            (x, y + inner),
            (x - inner, y + inner // 3),
        ],
        fill=colour,
    )


def _to_jpeg(image: Image.Image) -> bytes:
    buffer = BytesIO()
    image.convert("RGB").save(buffer, format="JPEG", quality=84, optimize=True)
    return buffer.getvalue()


def _banner(spec: ImageSpec, rng: random.Random) -> Image.Image:
    dark, light, accent = PALETTES[spec.palette % len(PALETTES)]
    size = (1200, 675)
    base = _gradient(size, light, dark).convert("RGBA")
    overlay = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    _circles(draw, rng, size, "#ffffff", 6, 28)
    _circles(draw, rng, size, accent, 2, 60)
    # A few "people" figures on the right, so the picture reads as a scene rather than a plain card.
    for i in range(rng.randint(3, 5)):
        x = 760 + i * 95 + rng.randint(-15, 15)
        height = rng.randint(170, 240)
        top = 470 - height
        draw.ellipse((x - 28, top - 60, x + 28, top - 4), fill=(255, 255, 255, 150))
        draw.rounded_rectangle((x - 45, top, x + 45, 470), radius=36, fill=(255, 255, 255, 120))
    draw.rectangle((0, 470, size[0], size[1]), fill=(*_rgb(dark), 235))
    draw.rectangle((0, 470, size[0], 478), fill=(*_rgb(accent), 255))
    image = Image.alpha_composite(base, overlay)
    draw = ImageDraw.Draw(image)
    title_font = _font(46, bold=True)
    lines = [line for text in spec.lines[:1] for line in _wrap(draw, text, title_font, 1080)][:2]
    y = 495 if len(lines) > 1 else 515
    for line in lines:
        draw.text((60, y), line, font=title_font, fill="white")
        y += 62
    if len(spec.lines) > 1 and len(lines) < 2:
        draw.text((60, y + 4), spec.lines[1], font=_font(30), fill=_rgb(accent))
    _emblem(draw, 90, 90, 42, "white")
    draw.text((150, 62), "สำนักงานประกันสังคม", font=_font(34, bold=True), fill="white")
    draw.text((150, 104), "Social Security Office", font=_font(22), fill="white")
    return image


def _portrait(spec: ImageSpec, rng: random.Random) -> Image.Image:
    dark, light, _accent = PALETTES[spec.palette % len(PALETTES)]
    size = (600, 750)
    image = _gradient(size, "#eef3f8", light)
    draw = ImageDraw.Draw(image)
    colour = _rgb(dark)
    draw.ellipse((195, 150, 405, 380), fill=colour)
    draw.rounded_rectangle((110, 400, 490, 820), radius=150, fill=colour)
    draw.polygon([(300, 400), (262, 470), (300, 560), (338, 470)], fill="#ffffff")
    draw.text((300, 712), "ภาพแทนบุคคล", font=_font(26), fill="#ffffff", anchor="mm")
    return image


def _cover(spec: ImageSpec, rng: random.Random) -> Image.Image:
    dark, light, accent = PALETTES[spec.palette % len(PALETTES)]
    size = (848, 1200)
    image = Image.new("RGBA", size, "#ffffff")
    overlay = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    draw.rectangle((0, 0, size[0], 760), fill=(*_rgb(dark), 255))
    _circles(draw, rng, (size[0], 760), light, 5, 110)
    draw.polygon([(0, 760), (size[0], 640), (size[0], size[1]), (0, size[1])], fill=(255, 255, 255, 255))
    draw.polygon([(0, 760), (size[0], 640), (size[0], 700), (0, 820)], fill=(*_rgb(accent), 255))
    image = Image.alpha_composite(image, overlay)
    draw = ImageDraw.Draw(image)
    _emblem(draw, 110, 120, 52, "white")
    draw.text((185, 88), "สำนักงานประกันสังคม", font=_font(36, bold=True), fill="white")
    title_font = _font(64, bold=True)
    y = 300
    for line in _wrap(draw, spec.lines[0], title_font, 720)[:4]:
        draw.text((70, y), line, font=title_font, fill="white")
        y += 88
    y = 880
    for text in spec.lines[1:]:
        for line in _wrap(draw, text, _font(40), 720):
            draw.text((70, y), line, font=_font(40), fill=_rgb(dark))
            y += 58
    draw.text((70, 1120), ORGANISATION, font=_font(28), fill="#555555")
    return image


def _infographic(spec: ImageSpec, rng: random.Random) -> Image.Image:
    dark, light, accent = PALETTES[spec.palette % len(PALETTES)]
    size = (1080, 1350)
    image = _gradient(size, "#ffffff", "#eaf2fa")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, size[0], 300), fill=_rgb(dark))
    y = 60
    for line in _wrap(draw, spec.lines[0], _font(58, bold=True), 960)[:3]:
        draw.text((60, y), line, font=_font(58, bold=True), fill="white")
        y += 80
    step_height = min(190, 860 // max(1, len(spec.steps)))
    y = 350
    for number, step in enumerate(spec.steps, start=1):
        draw.rounded_rectangle((60, y, 1020, y + step_height - 24), radius=28, fill=_rgb(light))
        centre = y + (step_height - 24) // 2
        draw.ellipse((85, centre - 50, 185, centre + 50), fill=_rgb(accent))
        draw.text((135, centre), str(number), font=_font(56, bold=True), fill=_rgb(dark), anchor="mm")
        lines = _wrap(draw, step, _font(34), 780)[:2]
        text_y = centre - 24 * len(lines)
        for line in lines:
            draw.text((215, text_y), line, font=_font(34), fill="white")
            text_y += 48
        y += step_height
    draw.rectangle((0, 1250, size[0], size[1]), fill=_rgb(dark))
    draw.text((540, 1300), "สอบถามเพิ่มเติม สายด่วน 1506", font=_font(40, bold=True), fill="white", anchor="mm")
    return image


_DRAWERS = {"banner": _banner, "portrait": _portrait, "cover": _cover, "infographic": _infographic}


def render_image(spec: ImageSpec) -> bytes:
    """JPEG bytes of the picture described by ``spec`` (drawn once per process)."""
    if spec.filename not in _image_cache:
        rng = random.Random(spec.filename)  # noqa: S311 - decoration, not security
        _image_cache[spec.filename] = _to_jpeg(_DRAWERS[spec.kind](spec, rng))
    return _image_cache[spec.filename]


# PDFs ------------------------------------------------------------------------------------------------------

_CSS = """
@font-face {{ font-family: "Sarabun"; src: url("{regular}"); font-weight: normal; }}
@font-face {{ font-family: "Sarabun"; src: url("{bold}"); font-weight: bold; }}
@page {{
  size: A4; margin: 22mm 20mm 24mm 25mm;
  @bottom-left {{ content: "{org}"; font: 9pt "Sarabun"; color: #666; }}
  @bottom-right {{ content: "หน้า " counter(page) " / " counter(pages); font: 9pt "Sarabun"; color: #666; }}
}}
body {{ font-family: "Sarabun"; font-size: 12.5pt; line-height: 1.55; color: #111; }}
.org {{ font-size: 10pt; color: #0b4f8a; border-bottom: 2px solid #0b4f8a; padding-bottom: 4pt; }}
.code {{ float: right; border: 1px solid #333; padding: 2pt 8pt; font-weight: bold; }}
h1 {{ font-size: 17pt; text-align: center; margin: 16pt 0 2pt; }}
.sub {{ text-align: center; color: #333; margin-bottom: 14pt; }}
h2 {{ font-size: 13.5pt; color: #0b4f8a; margin: 12pt 0 4pt; }}
p {{ margin: 0 0 6pt; text-indent: 2em; }}
p.section {{ text-indent: 0; }}
p.section b {{ margin-right: 0.6em; }}
table {{ border-collapse: collapse; width: 100%; margin: 6pt 0 10pt; font-size: 11pt; }}
th, td {{ border: 1px solid #888; padding: 3pt 6pt; text-align: left; }}
th {{ background: #e6eef7; }}
td.num {{ text-align: right; }}
.field {{ display: flex; margin: 7pt 0; }}
.field span.label {{ white-space: nowrap; margin-right: 6pt; }}
.field span.line {{ flex: 1; border-bottom: 0.75pt solid #999; }}
.check {{ margin: 4pt 0 4pt 1em; }}
.check::before {{ content: ""; display: inline-block; width: 9pt; height: 9pt; border: 1px solid #333;
  margin-right: 6pt; vertical-align: -1pt; }}
.sign {{ margin: 26pt 0 0 50%; text-align: center; }}
.note {{ margin-top: 18pt; font-size: 10pt; color: #555; border-top: 1px solid #bbb; padding-top: 4pt; }}
"""


def _block_html(kind: str, value) -> str:
    esc = html.escape
    if kind == "h":
        return f"<h2>{esc(value)}</h2>"
    if kind == "p":
        return f"<p>{esc(value)}</p>"
    if kind == "section":
        label, text = value
        return f'<p class="section"><b>{esc(label)}</b>{esc(text)}</p>'
    if kind in ("ul", "ol"):
        return f"<{kind}>" + "".join(f"<li>{esc(item)}</li>" for item in value) + f"</{kind}>"
    if kind == "table":
        head, *rows = value
        cells = "".join(f"<th>{esc(cell)}</th>" for cell in head)
        body = "".join(
            "<tr>"
            + "".join(
                f'<td class="num">{esc(cell)}</td>' if cell[:1].isdigit() else f"<td>{esc(cell)}</td>" for cell in row
            )
            + "</tr>"
            for row in rows
        )
        return f"<table><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>"
    if kind == "fields":
        return "".join(
            f'<div class="field"><span class="label">{esc(label)}</span><span class="line"></span></div>'
            for label in value
        )
    if kind == "checks":
        return "".join(f'<div class="check">{esc(label)}</div>' for label in value)
    if kind == "sign":
        return f'<div class="sign">ลงชื่อ ...........................................<br>{esc(value)}</div>'
    raise ValueError(f"unknown PDF block kind: {kind}")


def pdf_html(spec: DocumentSpec) -> str:
    css = _CSS.format(regular=FONT_REGULAR.as_uri(), bold=FONT_BOLD.as_uri(), org=ORGANISATION)
    code = f'<div class="code">{html.escape(spec.code)}</div>' if spec.code else ""
    sub = f'<div class="sub">{html.escape(spec.subheading)}</div>' if spec.subheading else ""
    blocks = "".join(_block_html(kind, value) for kind, value in spec.blocks)
    note = '<div class="note">เอกสารตัวอย่างสำหรับการสาธิตเว็บไซต์ ไม่ใช่เอกสารทางราชการ</div>'
    return (
        f'<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{html.escape(spec.title)}</title>'
        f'<style>{css}</style></head><body>{code}<div class="org">{ORGANISATION}</div>'
        f"<h1>{html.escape(spec.heading)}</h1>{sub}{blocks}{note}</body></html>"
    )


def render_pdf(spec: DocumentSpec) -> bytes:
    """PDF bytes of the document described by ``spec`` (rendered once per process)."""
    if spec.filename not in _pdf_cache:
        from weasyprint import HTML

        # WeasyPrint warns on every PDF when it subsets fonts with fontTools; the PDFs are fine, keep it quiet.
        logger = logging.getLogger("weasyprint")
        level = logger.level
        logger.setLevel(logging.ERROR)
        try:
            # PDF/A, as the site check expects of public documents (archivable, fonts embedded).
            html = HTML(string=pdf_html(spec), base_url=str(FONT_DIR))
            _pdf_cache[spec.filename] = html.write_pdf(pdf_variant="pdf/a-3b")
        finally:
            logger.setLevel(level)
    return _pdf_cache[spec.filename]
