"""Fund-statistics charts drawn on the server, as SVG (inline or download) and PNG (download), without JavaScript.

Build a :class:`Chart` with :func:`bar_chart`, :func:`ranked_bar_chart` or :func:`line_chart`, then draw it with
:func:`render_svg` or :func:`render_png`. ``Chart.summary`` is its Thai text alternative.
"""

from .build import bar_chart, line_chart, ranked_bar_chart
from .model import Chart, Series
from .png import render_png
from .svg import render_svg

__all__ = ["Chart", "Series", "bar_chart", "line_chart", "ranked_bar_chart", "render_png", "render_svg"]
