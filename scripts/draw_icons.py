"""Draw the site's icons and its default share image with Pillow and the Sarabun font (fontpkg-sarabun), so
they can be redrawn from source when the brand changes: `.venv/bin/python scripts/draw_icons.py`.

Writes into sso_site/static/: icons/favicon.ico (16, 32, 48 px), icons/apple-touch-icon.png (180 px),
icons/icon-192.png and icons/icon-512.png (the web app manifest's), and images/og-default.png (1200×630,
the picture shown when a page without its own image is shared). icons/icon.svg is written by hand.
"""

from pathlib import Path

import fontpkg_sarabun
from PIL import Image, ImageDraw, ImageFont

STATIC = Path(__file__).resolve().parent.parent / "sso_site" / "static"
FONTS = Path(fontpkg_sarabun.__file__).parent / "files"
NAVY = (11, 61, 145)
NAVY_DARK = (7, 42, 102)
ACCENT = (255, 204, 51)
WHITE = (255, 255, 255)
MARK = "สปส."


def font(size: int, weight: str = "ExtraBold") -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / f"Sarabun-{weight}.ttf"), size)


def mark(size: int, *, round_corners: bool = True) -> Image.Image:
    """The brand mark: "สปส." in white on navy, a rounded square (a full square for apple-touch-icon,
    which iOS rounds itself)."""
    scale = 4  # draw large, then shrink, for smooth edges
    big = size * scale
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    radius = big // 5 if round_corners else 0
    draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=radius, fill=NAVY)
    text_font = font(int(big * 0.42))
    draw.text((big / 2, big * 0.53), MARK, font=text_font, fill=WHITE, anchor="mm")
    return image.resize((size, size), Image.LANCZOS)


def share_image() -> Image.Image:
    image = Image.new("RGB", (1200, 630), NAVY)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 560, 1200, 630), fill=NAVY_DARK)
    draw.rectangle((0, 552, 1200, 560), fill=ACCENT)
    draw.rounded_rectangle((72, 82, 288, 298), radius=48, fill=WHITE)
    logo = mark(200)
    image.paste(logo, (80, 90), logo)
    draw.text((80, 340), "สำนักงานประกันสังคม", font=font(88, "Bold"), fill=WHITE)
    draw.text((80, 455), "Social Security Office · กระทรวงแรงงาน", font=font(44, "Regular"), fill=WHITE)
    draw.text((80, 575), "สายด่วน 1506", font=font(36, "SemiBold"), fill=ACCENT)
    return image


def main() -> None:
    icons = STATIC / "icons"
    icons.mkdir(parents=True, exist_ok=True)
    mark(48).save(icons / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])
    mark(180, round_corners=False).convert("RGB").save(icons / "apple-touch-icon.png", optimize=True)
    mark(192).save(icons / "icon-192.png", optimize=True)
    mark(512).save(icons / "icon-512.png", optimize=True)
    (STATIC / "images").mkdir(exist_ok=True)
    share_image().save(STATIC / "images" / "og-default.png", optimize=True)


if __name__ == "__main__":
    main()
