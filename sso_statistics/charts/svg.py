"""SVG output, for inlining in a page and for download.

Only presentation attributes, never ``style`` (the site's Content-Security-Policy forbids inline styles). Each
bar, point and line has a child ``<title>``, which browsers show as a tooltip. All text is escaped: labels come
from uploaded spreadsheets.
"""

import hashlib
from xml.sax.saxutils import escape, quoteattr

from .model import Chart, Circle, Element, Line, Polyline, Rect, Text

FONT_FAMILY = "Sarabun, sans-serif"
_ANCHORS = {"start", "middle", "end"}


def _number(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _attributes(pairs) -> str:
    """`` name="value"`` for each pair whose value is not empty; numbers are rounded to 0.01."""
    parts = []
    for name, value in pairs:
        if value in ("", None, ()):
            continue
        if isinstance(value, int | float):
            value = _number(value)
        parts.append(f" {name}={quoteattr(str(value))}")
    return "".join(parts)


def _dash(pattern: tuple[float, ...]) -> str:
    return " ".join(_number(length) for length in pattern)


def _tag(name: str, pairs, tooltip: str = "", content: str = "") -> str:
    inner = (f"<title>{escape(tooltip)}</title>" if tooltip else "") + escape(content)
    attributes = _attributes(pairs)
    return f"<{name}{attributes}>{inner}</{name}>" if inner else f"<{name}{attributes}/>"


def _element(element: Element) -> str:
    match element:
        case Rect():
            pairs = [("class", element.css_class), ("x", element.x), ("y", element.y)]
            pairs += [("width", element.width), ("height", element.height), ("fill", element.fill)]
            return _tag("rect", pairs, element.tooltip)
        case Line():
            pairs = [("class", element.css_class), ("x1", element.x1), ("y1", element.y1)]
            pairs += [("x2", element.x2), ("y2", element.y2), ("stroke", element.stroke)]
            pairs += [("stroke-width", element.stroke_width), ("stroke-dasharray", _dash(element.dash))]
            return _tag("line", pairs, element.tooltip)
        case Polyline():
            points = " ".join(f"{_number(x)},{_number(y)}" for x, y in element.points)
            pairs = [("class", element.css_class), ("points", points), ("fill", "none"), ("stroke", element.stroke)]
            pairs += [("stroke-width", element.stroke_width), ("stroke-dasharray", _dash(element.dash))]
            pairs += [("stroke-linejoin", "round"), ("stroke-linecap", "round")]
            return _tag("polyline", pairs, element.tooltip)
        case Circle():
            pairs = [("class", element.css_class), ("cx", element.cx), ("cy", element.cy), ("r", element.r)]
            pairs += [("fill", element.fill), ("stroke", element.stroke)]
            pairs += [("stroke-width", element.stroke_width if element.stroke else "")]
            return _tag("circle", pairs, element.tooltip)
        case Text():
            anchor = element.anchor if element.anchor in _ANCHORS else "start"
            rotate = f"rotate({_number(element.rotate)} {_number(element.x)} {_number(element.y)})"
            pairs = [("class", element.css_class), ("x", element.x), ("y", element.y)]
            pairs += [("font-size", element.size), ("fill", element.fill), ("text-anchor", anchor)]
            pairs += [("font-weight", "bold" if element.bold else ""), ("transform", rotate if element.rotate else "")]
            return _tag("text", pairs, element.tooltip, element.text)
    raise TypeError(f"not a chart element: {element!r}")


def chart_id(chart: Chart) -> str:
    """An id derived from the chart's content: unique per chart on a page, the same on every rendering."""
    content = repr((chart.width, chart.height, chart.title, chart.summary, chart.elements))
    return "chart-" + hashlib.sha256(content.encode()).hexdigest()[:12]


def render_svg(chart: Chart, *, standalone: bool = False) -> str:
    """The chart as an ``<svg>`` element; ``standalone=True`` makes a file (XML declaration, width and height)."""
    ident = chart_id(chart)
    size = [("width", chart.width), ("height", chart.height)] if standalone else []
    root = [("xmlns", "http://www.w3.org/2000/svg"), *size, ("viewBox", f"0 0 {chart.width} {chart.height}")]
    root += [("role", "img"), ("aria-labelledby", f"{ident}-title {ident}-desc"), ("class", "chart")]
    root += [("font-family", FONT_FAMILY)]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>'] if standalone else []
    lines += [
        f"<svg{_attributes(root)}>",
        f'<title id="{ident}-title">{escape(chart.title)}</title>',
        f'<desc id="{ident}-desc">{escape(chart.summary)}</desc>',
        _tag("rect", [("width", chart.width), ("height", chart.height), ("fill", "#ffffff")]),
        *(_element(element) for element in chart.elements),
        "</svg>",
    ]
    return "\n".join(lines) + ("\n" if standalone else "")
