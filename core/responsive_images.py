"""Images that fit phones (issue 15, item 6; docs/images.md): each place an image is shown names a *preset*, which
says its shape, the widths its renditions come in, how wide it is drawn (``sizes``) and in which formats.

A 358 px phone then downloads a 400 px (or, at 2× density, 800 px) WebP instead of the 1,200 px original. Every
rendition is made once and kept (Wagtail's renditions table and cache); listings prefetch a preset's renditions
with ``image_specs`` so cards take no query each.

AVIF (smaller still) is offered only for the single large images of a page, and only where Pillow can write it:
encoding one AVIF takes ~0.4 s here against ~0.1 s for WebP, and a listing's twenty new cards would otherwise
spend tens of seconds on their first view.
"""

import math
from dataclasses import dataclass

from PIL import features

AVIF = features.check("avif")


@dataclass(frozen=True)
class Preset:
    operation: str  # "max" (fits a box) or "fill" (cropped to the box)
    widths: tuple[int, ...]
    ratio: tuple[int, int]  # width : height of the box
    sizes: str  # how wide the image is drawn, for the browser to pick a width
    crop: str = ""  # e.g. "-c75": how close to the focal point a fill may crop
    avif: bool = False

    def box(self, width):
        return f"{self.operation}-{width}x{math.ceil(width * self.ratio[1] / self.ratio[0])}{self.crop}"

    @property
    def formats(self):
        return ("avif", "webp") if self.avif and AVIF else ("webp",)

    def spec(self, width, fmt):
        return f"{self.box(width)}|format-{fmt}"

    def specs(self):
        return [self.spec(width, fmt) for fmt in self.formats for width in self.widths]


# Widths follow the CSS (sso_site/static/css/site.css): the content column is at most 72rem less 2rem of padding;
# cards and gallery items sit in a grid of columns of at least 17rem and 15rem.
COLUMN = "(min-width: 72rem) 70rem, calc(100vw - 2rem)"
GRID = "(min-width: 36rem) 20rem, calc(100vw - 2rem)"
PRESETS = {
    "lead": Preset("max", (400, 800, 1200), (3, 2), COLUMN, avif=True),  # the lead image under a page's title
    "body": Preset("max", (400, 800, 1200), (1, 1), COLUMN, avif=True),  # an image block in a page's body
    "card": Preset("fill", (320, 480, 800), (16, 9), GRID),  # a listing card
    "gallery": Preset("fill", (400, 800), (4, 3), GRID),  # a photo-news gallery item
    "portrait": Preset("fill", (200, 400), (4, 5), "16rem", crop="-c75"),  # a person's photo (max 16rem)
    "cover": Preset("max", (300, 600), (3, 4), "18rem"),  # a publication's cover (max 18rem)
}


def image_specs(preset_name):
    """The rendition filter specs of a preset, for ``prefetch_renditions``."""
    return PRESETS[preset_name].specs()
