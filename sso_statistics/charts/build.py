"""The three chart builders: numbers in, a laid-out :class:`~.model.Chart` (720 units wide) out.

Text is measured with an estimate of Sarabun's advance widths (about 0.58 em a character; Thai vowel and tone marks
sit above or below a consonant and take no room), so laying out needs no font file and gives the same picture
everywhere. Browsers that fall back to another sans-serif font draw slightly wider text; the margins allow for it.
"""

import math
import unicodedata
from collections.abc import Callable, Sequence
from decimal import Decimal

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.numbers import format_number

from .model import Chart, Circle, Element, Line, Polyline, Rect, Series, Text

WIDTH = 720
MARGIN = 16
# Each colour has at least 4.5:1 contrast against white (WCAG 1.4.11 asks 3:1 for graphics).
PALETTE = ("#1f4e9c", "#b45309", "#2e7d32", "#7b1fa2", "#c62828")
# Lines are also told apart by their dash pattern, and markers alternate filled / hollow (WCAG 1.4.1).
DASHES = ((), (8, 4), (2, 3), (10, 4, 2, 4), (5, 5))
AXIS_COLOUR = "#666666"
GRID_COLOUR = "#dddddd"
TITLE_SIZE = 16
LABEL_SIZE = 12
TICK_SIZE = 11
LABEL_CHARS = 18
NO_DATA = gettext_lazy("no data")
BAR_PLOT_HEIGHT = 280
LINE_PLOT_HEIGHT = 260
ROW_HEIGHT = 22
RANKED_BAR_HEIGHT = 14

_NARROW = frozenset(" .,:;'!|()[]-/")
_LEADING_VOWELS = "เแโใไ"


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Me", "Cf")


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Estimated width of ``text`` in Sarabun at ``size`` units."""
    ems = sum(0.28 if char in _NARROW else 0.58 for char in text if not _is_mark(char))
    return ems * size * (1.04 if bold else 1)


def truncate(label: str, limit: int = LABEL_CHARS) -> str:
    """``label`` cut to ``limit`` characters with ``…`` at the end; vowel and tone marks stay with their consonant
    and do not count, and a leading vowel (เ แ โ ใ ไ) is not left hanging before the ``…``."""
    if sum(not _is_mark(char) for char in label) <= limit:
        return label
    kept: list[str] = []
    count = 0
    for char in label:
        if not _is_mark(char):
            if count == limit - 1:
                break
            count += 1
        kept.append(char)
    return "".join(kept).rstrip(" " + _LEADING_VOWELS) + "…"


def _fit(text: str, size: float, width: float, bold: bool = False) -> str:
    """``text`` shortened with ``…`` until it fits ``width``."""
    shown, limit = text, sum(not _is_mark(char) for char in text)
    while limit > 2 and text_width(shown, size, bold) > width:
        limit -= 1
        shown = truncate(text, limit)
    return shown


def nice_ticks(low, high, max_ticks: int = 6, whole: bool = False) -> list[Decimal]:
    """Tick values covering ``low``…``high`` at a step of 1, 2 or 5 × 10ⁿ: the finest step that needs at most
    ``max_ticks`` ticks (which gives 4–6 ticks for the default, except for a few ranges straddling zero).
    ``whole`` keeps the step at 1 or more, for counts of people where ``0.5`` means nothing."""
    low, high = Decimal(str(low)), Decimal(str(high))
    if low == high:
        low, high = min(low, Decimal(0)), max(high, Decimal(0))
        if low == high:
            high = Decimal(1)
    magnitude = (high - low).adjusted()
    ticks: list[Decimal] = []
    for exponent in range(magnitude - 2, magnitude + 3):
        for multiple in (1, 2, 5):
            step = Decimal(multiple).scaleb(exponent)
            if whole and step < 1:
                continue
            first, last = math.floor(low / step), math.ceil(high / step)
            ticks = [step * index for index in range(first, last + 1)]
            if len(ticks) <= max_ticks:
                return ticks
    return ticks


def tick_labels(ticks: Sequence[Decimal]) -> list[str]:
    """Tick labels with as many decimal places as the step needs, so ``0.5, 1.0, 1.5`` line up."""
    step = (ticks[1] - ticks[0]).normalize() if len(ticks) > 1 else Decimal(1)
    places = max(0, -step.as_tuple().exponent)
    return [format_number(tick, places) for tick in ticks]


def _ticks_across(low, high, length: float, whole: bool) -> list[Decimal]:
    """Ticks for a horizontal axis: fewer of them when their labels would otherwise touch."""
    for most in range(6, 2, -1):
        ticks = nice_ticks(low, high, most, whole)
        spacing = length / (len(ticks) - 1)
        if max(text_width(label, TICK_SIZE) for label in tick_labels(ticks)) + 10 <= spacing:
            break
    return ticks


def _whole(numbers: Sequence) -> bool:
    return all(isinstance(number, int) for number in numbers)


def _scale(ticks: Sequence[Decimal], start: float, end: float) -> Callable[[object], float]:
    """Maps a value to a position: the first tick to ``start``, the last to ``end``."""
    low, high = float(ticks[0]), float(ticks[-1])
    return lambda value: start + (float(value) - low) / (high - low) * (end - start)


def _padded(values: Sequence, count: int) -> list:
    values = list(values)[:count]
    return values + [None] * (count - len(values))


def _with_unit(value, unit: str) -> str:
    return f"{format_number(value)} {unit}" if unit else format_number(value)


def _subject(title: str, unit: str) -> str:
    return f"{title} ({unit})" if unit else title


def _extremes(pairs: Sequence[tuple[str, object]]) -> str:
    """``ค่าสูงสุด: … ค่าต่ำสุด: …`` naming the first label with the highest and the lowest value."""
    highest = max(pairs, key=lambda pair: pair[1])
    lowest = min(pairs, key=lambda pair: pair[1])
    highest_text = _("highest: %(label)s %(value)s") % {"label": highest[0], "value": format_number(highest[1])}
    lowest_text = _("lowest: %(label)s %(value)s") % {"label": lowest[0], "value": format_number(lowest[1])}
    return f"{highest_text} {lowest_text}"


def _label(x: float, y: float, full: str, shown: str, **kwargs) -> Text:
    """A label that keeps the full text as its tooltip when it had to be shortened."""
    return Text(x, y, shown, tooltip="" if shown == full else full, **kwargs)


def _title(title: str) -> tuple[list[Element], float]:
    """The title in at most two lines (broken at spaces); returns its elements and the y below it."""
    width = WIDTH - 2 * MARGIN
    lines: list[str] = []
    for word in title.split():
        if lines and text_width(f"{lines[-1]} {word}", TITLE_SIZE, bold=True) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    baselines = [MARGIN + TITLE_SIZE + 22 * i for i in range(len(lines))]
    elements: list[Element] = [
        Text(MARGIN, y, _fit(line, TITLE_SIZE, width, bold=True), TITLE_SIZE, bold=True)
        for y, line in zip(baselines, lines, strict=True)
    ]
    return elements, (baselines[-1] + 8 if lines else MARGIN)


def _bar_key(index: int, x: float, y: float) -> list[Element]:
    return [Rect(x + 6, y - 10, 12, 12, PALETTE[index % len(PALETTE)], css_class="chart-legend-key")]


def _marker(index: int, cx: float, cy: float, r: float, css_class: str = "", tooltip: str = "") -> Circle:
    """Even-numbered series get filled markers, odd-numbered ones hollow markers."""
    colour = PALETTE[index % len(PALETTE)]
    if index % 2:
        return Circle(cx, cy, r, "#ffffff", colour, 1.5, css_class, tooltip)
    return Circle(cx, cy, r, colour, css_class=css_class, tooltip=tooltip)


def _line_key(index: int, x: float, y: float) -> list[Element]:
    colour = PALETTE[index % len(PALETTE)]
    dash = DASHES[index % len(DASHES)]
    return [
        Line(x, y - 4, x + 24, y - 4, colour, 2.5, dash, css_class="chart-legend-key"),
        _marker(index, x + 12, y - 4, 3.5, css_class="chart-legend-key"),
    ]


def _legend(labels: Sequence[str], key: Callable[[int, float, float], list[Element]], top: float):
    """Keys and series labels in rows under the title; returns the elements and the y below them."""
    elements: list[Element] = []
    x, y = MARGIN, top + 14
    for index, label in enumerate(labels):
        shown = truncate(label, 30)
        width = 30 + text_width(shown, LABEL_SIZE)
        if x > MARGIN and x + width > WIDTH - MARGIN:
            x, y = MARGIN, y + 20
        elements += key(index, x, y)
        elements.append(_label(x + 30, y, label, shown, size=LABEL_SIZE))
        x += width + 20
    return elements, y + 6


def _value_axis(ticks: Sequence[Decimal], scale, left: float, right: float) -> list[Element]:
    """Horizontal grid lines with the tick labels left of the plot."""
    elements: list[Element] = []
    for tick, label in zip(ticks, tick_labels(ticks), strict=True):
        y = scale(tick)
        elements.append(Line(left, y, right, y, GRID_COLOUR, css_class="chart-grid"))
        elements.append(Text(left - 6, y + 4, label, TICK_SIZE, anchor="end"))
    return elements


def _axis_width(ticks: Sequence[Decimal]) -> float:
    return max((text_width(label, TICK_SIZE) for label in tick_labels(ticks)), default=0)


def _no_data(left: float, top: float, right: float, bottom: float) -> list[Element]:
    return [
        Line(left, top, left, bottom, AXIS_COLOUR, css_class="chart-axis"),
        Line(left, bottom, right, bottom, AXIS_COLOUR, css_class="chart-axis"),
        Text((left + right) / 2, (top + bottom) / 2, str(NO_DATA), 14, anchor="middle"),
    ]


def _header(title: str, labels: Sequence[str], key, unit: str) -> tuple[list[Element], float]:
    """Title, legend (when there are several series) and unit caption; returns the elements and the plot's top."""
    elements, top = _title(title)
    if len(labels) > 1:
        legend, top = _legend(labels, key, top)
        elements += legend
    if unit:
        elements.append(Text(MARGIN, top + 16, _("Unit: %(unit)s") % {"unit": unit}, TICK_SIZE))
    return elements, top + 34


def _category_axis(categories, shown, left: float, slot: float, top: float, rotate: bool) -> list[Element]:
    """Category labels under the plot; slanted labels (45°, hanging from the end) are printed only every n-th
    when they would otherwise crowd: Thai needs about 18 units between slanted lines, 26 along the axis."""
    elements: list[Element] = []
    every = math.ceil(26 / slot) if rotate else 1
    for i, (category, label) in enumerate(zip(categories, shown, strict=True)):
        if i % every:
            continue
        cx = left + (i + 0.5) * slot
        if rotate:
            elements.append(_label(cx + 3, top + 10, category, label, anchor="end", rotate=-45))
        else:
            elements.append(_label(cx, top + 16, category, label, anchor="middle"))
    return elements


def bar_chart(*, title: str, categories: Sequence[str], series: Sequence[Series], unit: str = "") -> Chart:
    """Vertical bars by category, grouped side by side when there are several series; the value axis always
    includes 0 and bars grow up (or, for negative values, down) from it."""
    categories = [str(category) for category in categories]
    series = list(series)
    rows = [_padded(one.values, len(categories)) for one in series]
    numbers = [value for row in rows for value in row if value is not None]
    elements, plot_top = _header(title, [one.label for one in series], _bar_key, unit)
    ticks = nice_ticks(min([0, *numbers]), max([0, *numbers]), whole=_whole(numbers)) if numbers else []

    count = max(len(categories), 1)
    right = WIDTH - MARGIN
    left = MARGIN + max(_axis_width(ticks), 24) + 8
    shown = [truncate(category) for category in categories]
    widest = max((text_width(label, LABEL_SIZE) for label in shown), default=0)
    rotate = widest > (right - left) / count - 6
    if rotate:
        # Rotated labels hang down-left from their bar; keep the first one inside the picture.
        reach = text_width(shown[0], LABEL_SIZE) * 0.71 + 4
        left = max(left, (MARGIN + reach - right / (2 * count)) / (1 - 1 / (2 * count)))
    slot = (right - left) / count
    group = min(slot * 0.75, 64 * max(len(series), 1))
    bar_width = group / max(len(series), 1)
    gap = 1 if len(series) > 1 else 0
    room = slot - 4 if len(series) == 1 else bar_width + 2
    with_values = bool(numbers) and all(text_width(format_number(v), TICK_SIZE) <= room for v in numbers)
    plot_bottom = plot_top + BAR_PLOT_HEIGHT
    pad = 14 if with_values and min(numbers) < 0 else 0

    if not numbers:
        elements += _no_data(left, plot_top, right, plot_bottom)
    else:
        scale = _scale(ticks, plot_bottom, plot_top)
        zero = scale(0)
        elements += _value_axis(ticks, scale, left, right)
        for i, category in enumerate(categories):
            for j, one in enumerate(series):
                value = rows[j][i]
                if value is None:
                    continue
                x = left + i * slot + (slot - group) / 2 + j * bar_width
                y = scale(value)
                name = f"{category} – {one.label}" if len(series) > 1 else category
                colour = PALETTE[j % len(PALETTE)]
                tooltip = f"{name}: {_with_unit(value, unit)}"
                elements.append(Rect(x, min(y, zero), bar_width - gap, abs(zero - y), colour, "chart-bar", tooltip))
                if with_values:
                    label_y = y - 4 if value >= 0 else y + 12
                    elements.append(Text(x + bar_width / 2, label_y, format_number(value), TICK_SIZE, anchor="middle"))
        elements.append(Line(left, zero, right, zero, AXIS_COLOUR, css_class="chart-axis"))

    elements += _category_axis(categories, shown, left, slot, plot_bottom + pad, rotate)
    depth = widest * 0.71 + LABEL_SIZE + 4 if rotate else LABEL_SIZE + 10
    height = math.ceil(plot_bottom + pad + depth + MARGIN)
    return Chart(WIDTH, height, title, _bar_summary(title, unit, categories, series, rows), elements)


def _bar_summary(title: str, unit: str, categories: list[str], series: list[Series], rows: list[list]) -> str:
    text = _("Bar chart of %(subject)s for %(count)s items") % {
        "subject": _subject(title, unit),
        "count": len(categories),
    }
    parts = []
    for one, row in zip(series, rows, strict=True):
        pairs = [(category, value) for category, value in zip(categories, row, strict=True) if value is not None]
        described = _extremes(pairs) if pairs else str(NO_DATA)
        parts.append(f"{one.label}: {described}" if len(series) > 1 else described)
    if len(series) > 1:
        text += " " + _("comparing %(count)s series") % {"count": len(series)}
    return " ".join([text, *parts]) if parts else f"{text} {NO_DATA}"


def ranked_bar_chart(
    *, title: str, labels: Sequence[str], values: Sequence, unit: str = "", limit: int | None = 20
) -> Chart:
    """Horizontal bars from the highest value down (ties keep their input order, ``None`` is left out), at most
    ``limit`` of them, one row of ``ROW_HEIGHT`` units each."""
    pairs = [(str(label), value) for label, value in zip(labels, values, strict=True) if value is not None]
    ordered = sorted(pairs, key=lambda pair: pair[1], reverse=True)
    shown = ordered[:limit] if limit is not None else ordered
    elements, top = _title(title)
    plot_top = top + 10

    names = [truncate(label) for label, _ in shown]
    value_texts = [format_number(value) for _, value in shown]
    left = MARGIN + max((text_width(name, LABEL_SIZE) for name in names), default=0) + 8
    rooms = [(text_width(text, TICK_SIZE) + 6, value) for text, (_, value) in zip(value_texts, shown, strict=True)]
    negative_room = max((room for room, value in rooms if value < 0), default=0)
    positive_room = max((room for room, value in rooms if value >= 0), default=0)
    axis_left = left + negative_room
    right = WIDTH - MARGIN - max(positive_room, 12)
    plot_bottom = plot_top + ROW_HEIGHT * (len(shown) or 3)

    if not shown:
        elements += _no_data(left, plot_top, right, plot_bottom)
    else:
        numbers = [value for _, value in shown]
        ticks = _ticks_across(min(0, *numbers), max(0, *numbers), right - axis_left, _whole(numbers))
        scale = _scale(ticks, axis_left, right)
        for tick, tick_label in zip(ticks, tick_labels(ticks), strict=True):
            x = scale(tick)
            elements.append(Line(x, plot_top, x, plot_bottom, GRID_COLOUR, css_class="chart-grid"))
            elements.append(Text(x, plot_bottom + 16, tick_label, TICK_SIZE, anchor="middle"))
        zero = scale(0)
        for i, ((label, value), name, value_text) in enumerate(zip(shown, names, value_texts, strict=True)):
            middle = plot_top + (i + 0.5) * ROW_HEIGHT
            x = scale(value)
            tooltip = f"{label}: {_with_unit(value, unit)}"
            bar_top = middle - RANKED_BAR_HEIGHT / 2
            elements.append(
                Rect(min(x, zero), bar_top, abs(x - zero), RANKED_BAR_HEIGHT, PALETTE[0], "chart-bar", tooltip)
            )
            elements.append(_label(left - 8, middle + 4, label, name, size=LABEL_SIZE, anchor="end"))
            if value >= 0:
                elements.append(Text(x + 4, middle + 4, value_text, TICK_SIZE, anchor="start"))
            else:
                elements.append(Text(x - 4, middle + 4, value_text, TICK_SIZE, anchor="end"))
        elements.append(Line(zero, plot_top, zero, plot_bottom, AXIS_COLOUR, css_class="chart-axis"))
    bottom = plot_bottom + 24
    if unit:
        elements.append(
            Text(WIDTH - MARGIN, bottom + 10, _("Unit: %(unit)s") % {"unit": unit}, TICK_SIZE, anchor="end")
        )
        bottom += 18
    summary = _ranked_summary(title, unit, ordered, len(shown))
    return Chart(WIDTH, math.ceil(bottom + MARGIN), title, summary, elements)


def _ranked_summary(title: str, unit: str, ordered: list[tuple[str, object]], shown: int) -> str:
    text = _("Horizontal bar chart of %(subject)s, largest first") % {"subject": _subject(title, unit)}
    if not ordered:
        return f"{text} {NO_DATA}"
    if shown < len(ordered):
        text += " " + _("showing the first %(shown)s of %(count)s items") % {"shown": shown, "count": len(ordered)}
    else:
        text += " " + _("of %(count)s items") % {"count": len(ordered)}
    return f"{text} {_extremes(ordered)}"


def _line_range(numbers: list) -> tuple:
    """The data range, stretched to 0 when that at most doubles it, so lines near zero are not exaggerated."""
    low, high = min(numbers), max(numbers)
    if 0 <= low <= high - low:
        low = 0
    elif 0 >= high >= low - high:
        high = 0
    return low, high


def _label_step(least: int) -> int:
    """Print every n-th x label, n at least ``least`` and one of 1, 2, 3, 4, 6, 12 or a multiple of 12, so that
    monthly labels fall on quarters or years."""
    for step in (1, 2, 3, 4, 6, 12):
        if step >= least:
            return step
    return 12 * math.ceil(least / 12)


def line_chart(*, title: str, x_labels: Sequence[str], series: Sequence[Series], unit: str = "") -> Chart:
    """One line per series with a marker on each point; ``None`` breaks the line. With many x labels only every
    n-th is printed, so they don't overlap."""
    x_labels = [str(label) for label in x_labels]
    series = list(series)
    count = len(x_labels)
    rows = [_padded(one.values, count) for one in series]
    numbers = [value for row in rows for value in row if value is not None]
    elements, plot_top = _header(title, [one.label for one in series], _line_key, unit)
    ticks = nice_ticks(*_line_range(numbers), whole=_whole(numbers)) if numbers else []

    shown = [truncate(label) for label in x_labels]
    widest = max((text_width(label, LABEL_SIZE) for label in shown), default=0)
    left = MARGIN + max(_axis_width(ticks), 24) + 8
    right = WIDTH - MARGIN
    first, last = left + 12, right - max(12, widest / 2)
    step = (last - first) / (count - 1) if count > 1 else 0
    xs = [first + i * step for i in range(count)] if count > 1 else [(first + last) / 2] * count
    every = _label_step(math.ceil((widest + 10) / step)) if step else 1
    plot_bottom = plot_top + LINE_PLOT_HEIGHT

    if not numbers:
        elements += _no_data(left, plot_top, right, plot_bottom)
    else:
        scale = _scale(ticks, plot_bottom, plot_top)
        elements += _value_axis(ticks, scale, left, right)
        elements.append(Line(left, plot_bottom, right, plot_bottom, AXIS_COLOUR, css_class="chart-axis"))
        if ticks[0] < 0 < ticks[-1]:
            elements.append(Line(left, scale(0), right, scale(0), AXIS_COLOUR, css_class="chart-axis"))
        radius = 3.5 if count <= 36 else 2.5
        for j, (one, row) in enumerate(zip(series, rows, strict=True)):
            elements += _series_line(j, one, row, xs, scale, x_labels, unit, radius, many=len(series) > 1)
    for i, (label, text) in enumerate(zip(x_labels, shown, strict=True)):
        if i % every == 0:
            elements.append(Line(xs[i], plot_bottom, xs[i], plot_bottom + 4, AXIS_COLOUR, css_class="chart-axis"))
            elements.append(_label(xs[i], plot_bottom + 18, label, text, anchor="middle"))
    height = math.ceil(plot_bottom + 24 + MARGIN)
    return Chart(WIDTH, height, title, _line_summary(title, unit, x_labels, series, rows), elements)


def _series_line(index, one: Series, row, xs, scale, x_labels, unit, radius, many: bool) -> list[Element]:
    """A polyline for each unbroken run of values, then a marker (with its tooltip) on each point."""
    colour = PALETTE[index % len(PALETTE)]
    dash = DASHES[index % len(DASHES)]
    runs: list[list[tuple[float, float]]] = [[]]
    points: list[Element] = []
    for x, value, x_label in zip(xs, row, x_labels, strict=True):
        if value is None:
            runs.append([])
            continue
        y = scale(value)
        runs[-1].append((x, y))
        name = f"{one.label} {x_label}" if many else x_label
        points.append(_marker(index, x, y, radius, "chart-point", f"{name}: {_with_unit(value, unit)}"))
    lines: list[Element] = [
        Polyline(tuple(run), colour, 2.5, dash, "chart-line", one.label) for run in runs if len(run) > 1
    ]
    return lines + points


def _line_summary(title: str, unit: str, x_labels: list[str], series: list[Series], rows: list[list]) -> str:
    """First and last point of each series, then the highest point of all."""
    text = _("Line chart of %(subject)s") % {"subject": _subject(title, unit)}
    if x_labels:
        text += " " + _("from %(first)s to %(last)s") % {"first": x_labels[0], "last": x_labels[-1]}
    parts, peaks = [], []
    for one, row in zip(series, rows, strict=True):
        points = [(label, value) for label, value in zip(x_labels, row, strict=True) if value is not None]
        if points:
            prefix = f"{one.label}: " if len(series) > 1 else ""
            (first, first_value), (last, last_value) = points[0], points[-1]
            first_to_last = _("%(first)s to %(last)s") % {
                "first": f"{first} {format_number(first_value)}",
                "last": f"{last} {format_number(last_value)}",
            }
            parts.append(f"{prefix}{first_to_last}")
            peak, value = max(points, key=lambda point: point[1])
            peaks.append((f"{one.label} {peak}" if len(series) > 1 else peak, value))
    if not peaks:
        return f"{text} {NO_DATA}"
    peak, value = max(peaks, key=lambda point: point[1])
    return " ".join([text, *parts, _("highest: %(label)s %(value)s") % {"label": peak, "value": format_number(value)}])
