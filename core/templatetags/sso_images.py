"""``{% responsive_image image "preset" alt=… priority=… %}``: a ``<picture>`` with a ``srcset`` of renditions in
modern formats, ``sizes``, ``width``/``height`` (no layout shift) and lazy loading unless the image is the page's
first (``priority=True``: loaded at once, ``fetchpriority="high"``). Presets: core/responsive_images.py."""

from django import template
from django.utils.html import format_html, format_html_join

from core.responsive_images import PRESETS

register = template.Library()


def _by_width(renditions):
    """One rendition per width, narrowest first (an image smaller than a width is not enlarged, so two specs can
    give the same width)."""
    unique = {}
    for rendition in renditions:
        unique.setdefault(rendition.width, rendition)
    return [unique[width] for width in sorted(unique)]


def _srcset(renditions):
    return ", ".join(f"{r.url} {r.width}w" for r in renditions)


@register.simple_tag
def responsive_image(image, preset_name, alt="", priority=False):
    if not image:
        return ""
    preset = PRESETS[preset_name]
    renditions = image.get_renditions(*preset.specs())
    by_format = {
        fmt: _by_width(renditions[preset.spec(width, fmt)] for width in preset.widths) for fmt in preset.formats
    }
    fallback = by_format.pop("webp")
    default = fallback[(len(fallback) - 1) // 2]
    sources = format_html_join(
        "",
        '<source type="image/{}" srcset="{}" sizes="{}">',
        ((fmt, _srcset(found), preset.sizes) for fmt, found in by_format.items()),
    )
    loading = [("fetchpriority", "high")] if priority else [("loading", "lazy"), ("decoding", "async")]
    return format_html(
        '<picture>{}<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}" {}></picture>',
        sources,
        default.url,
        _srcset(fallback),
        preset.sizes,
        default.width,
        default.height,
        alt,
        format_html_join(" ", '{}="{}"', loading),
    )
