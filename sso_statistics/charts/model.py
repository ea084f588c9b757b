"""What a chart is made of: a few geometric marks in a ``width`` × ``height`` box, y growing downwards (as in SVG).

The builders in :mod:`.build` produce these; :mod:`.svg` and :mod:`.png` draw them, so both outputs show the same
picture. Colours are ``#rrggbb`` strings; a ``tooltip`` is the text a browser shows when the pointer rests on the mark.
"""

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Series:
    """One row of numbers: ``values[i]`` belongs to the i-th category or x label; ``None`` means no value."""

    label: str
    values: list[int | Decimal | None]


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    fill: str
    css_class: str = ""
    tooltip: str = ""


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    stroke: str
    stroke_width: float = 1
    dash: tuple[float, ...] = ()
    css_class: str = ""
    tooltip: str = ""


@dataclass(frozen=True)
class Polyline:
    points: tuple[tuple[float, float], ...]
    stroke: str
    stroke_width: float = 2
    dash: tuple[float, ...] = ()
    css_class: str = ""
    tooltip: str = ""


@dataclass(frozen=True)
class Circle:
    cx: float
    cy: float
    r: float
    fill: str
    stroke: str = ""
    stroke_width: float = 0
    css_class: str = ""
    tooltip: str = ""


@dataclass(frozen=True)
class Text:
    """A single line of text; ``(x, y)`` is on the baseline, at its start, middle or end as ``anchor`` says.
    ``rotate`` turns it (degrees, negative = counter-clockwise, as SVG's ``rotate()``) around that point."""

    x: float
    y: float
    text: str
    size: float = 12
    fill: str = "#333333"
    anchor: str = "start"
    bold: bool = False
    rotate: float = 0
    css_class: str = ""
    tooltip: str = ""


Element = Rect | Line | Polyline | Circle | Text


@dataclass
class Chart:
    """A drawn chart. ``summary`` is its text alternative (the SVG ``<desc>``) for people who cannot see it."""

    width: int
    height: int
    title: str
    summary: str
    elements: list[Element] = field(default_factory=list)

    @property
    def description(self) -> str:
        return self.summary
