"""Server-drawn statistics charts: layout, text alternative, SVG and PNG output. Pure Python, no database."""

import xml.etree.ElementTree as ET
from decimal import Decimal
from io import BytesIO

import pytest
from PIL import Image

from sso_statistics.charts import Series, bar_chart, line_chart, ranked_bar_chart, render_png, render_svg
from sso_statistics.charts.build import nice_ticks, truncate
from sso_statistics.charts.model import Line, Polyline, Rect, Text

SVG = "{http://www.w3.org/2000/svg}"
PROVINCES = ["กรุงเทพมหานคร", "ชลบุรี", "ระยอง", "เชียงใหม่", "ระนอง"]
MONTHS = ["ม.ค. 67", "ก.พ. 67", "มี.ค. 67", "เม.ย. 67", "พ.ค. 67", "มิ.ย. 67"]


def _tree(chart, standalone=False) -> ET.Element:
    return ET.fromstring(render_svg(chart, standalone=standalone).encode())  # noqa: S314 (our own output)


def _marks(chart, tag: str, css_class: str) -> list[ET.Element]:
    return [element for element in _tree(chart).iter(SVG + tag) if element.get("class") == css_class]


def _bars(chart) -> list[Rect]:
    return [element for element in chart.elements if isinstance(element, Rect) and element.css_class == "chart-bar"]


def _texts(chart) -> list[str]:
    return [element.text for element in chart.elements if isinstance(element, Text)]


def _insured(**kwargs):
    values = [1234567, 456789, None, 23456, 2345]
    return bar_chart(title="จำนวนผู้ประกันตน", categories=PROVINCES, series=[Series("ปี 2568", values)], **kwargs)


def test_bar_chart_draws_one_bar_per_value_and_none_for_missing_values():
    assert len(_marks(_insured(), "rect", "chart-bar")) == 4


def test_two_series_draw_grouped_bars_side_by_side_with_a_legend():
    chart = bar_chart(
        title="เปรียบเทียบ",
        categories=["ก", "ข"],
        series=[Series("ปี 2567", [10, 20]), Series("ปี 2568", [15, 25])],
    )
    first_2567, first_2568, second_2567, _ = sorted(_bars(chart), key=lambda bar: bar.x)
    assert first_2567.fill != first_2568.fill
    assert first_2568.x < second_2567.x - first_2568.width  # a gap between groups
    assert {"ปี 2567", "ปี 2568"} <= set(_texts(chart))


def test_bar_tooltip_gives_full_label_formatted_value_and_unit():
    titles = [bar.find(SVG + "title").text for bar in _marks(_insured(unit="คน"), "rect", "chart-bar")]
    assert titles[0] == "กรุงเทพมหานคร: 1,234,567 คน"


def test_unit_is_shown_as_axis_caption():
    assert "หน่วย: คน" in _texts(_insured(unit="คน"))


def test_negative_values_draw_bars_down_from_the_zero_line():
    chart = bar_chart(
        title="ผลการดำเนินงาน", categories=["2566", "2567"], series=[Series("ผล", [Decimal("1250.50"), -830])]
    )
    zero = next(e for e in chart.elements if isinstance(e, Line) and e.css_class == "chart-axis")
    gain, loss = _bars(chart)
    assert gain.y + gain.height == pytest.approx(zero.y1)
    assert loss.y == pytest.approx(zero.y1)
    assert loss.height > 0
    assert {"0", "-1,000"} <= set(_texts(chart))


def test_bar_value_axis_starts_at_zero_for_positive_values():
    assert "0" in _texts(bar_chart(title="t", categories=["ก"], series=[Series("s", [5000])]))


@pytest.mark.parametrize(
    ("low", "high"), [(0, 1), (0, 11), (0, 26), (0, 1234567), (-830, 1250), (0, Decimal("0.37")), (5800000, 6307000)]
)
def test_nice_ticks_step_by_1_2_or_5_times_a_power_of_ten_and_number_4_to_6(low, high):
    ticks = nice_ticks(low, high)
    steps = {ticks[i + 1] - ticks[i] for i in range(len(ticks) - 1)}
    assert len(steps) == 1
    assert steps.pop().normalize().as_tuple().digits[0] in (1, 2, 5)
    assert 4 <= len(ticks) <= 6
    assert ticks[0] <= low and ticks[-1] >= high


def test_ranked_bars_are_sorted_from_highest_down():
    chart = ranked_bar_chart(title="อัตรา", labels=["ก", "ข", "ค", "ง"], values=[5, 40, None, 12])
    bars = sorted(_bars(chart), key=lambda bar: bar.y)
    assert [bar.tooltip for bar in bars] == ["ข: 40", "ง: 12", "ก: 5"]
    assert bars[0].width > bars[1].width > bars[2].width


def test_ranked_ties_keep_input_order():
    chart = ranked_bar_chart(title="อัตรา", labels=["ก", "ข", "ค"], values=[7, 9, 7])
    assert [bar.tooltip for bar in sorted(_bars(chart), key=lambda bar: bar.y)] == ["ข: 9", "ก: 7", "ค: 7"]


def test_ranked_bars_are_limited_and_the_summary_says_so():
    chart = ranked_bar_chart(title="อัตรา", labels=[f"จังหวัด {i}" for i in range(77)], values=list(range(77)))
    assert len(_bars(chart)) == 20
    assert "แสดง 20 อันดับแรกจาก 77 รายการ" in chart.summary


def test_ranked_chart_grows_about_22_units_per_bar():
    labels = [f"จังหวัด {i}" for i in range(30)]
    short = ranked_bar_chart(title="อัตรา", labels=labels, values=list(range(30)), limit=10)
    tall = ranked_bar_chart(title="อัตรา", labels=labels, values=list(range(30)), limit=20)
    assert tall.height - short.height == 220


def test_line_chart_draws_one_polyline_per_series_with_a_marker_on_each_point():
    chart = line_chart(
        title="ผู้ประกันตน", x_labels=MONTHS, series=[Series("ชาย", [1, 2, 3, 4, 5, 6]), Series("หญิง", [2] * 6)]
    )
    assert len(_marks(chart, "polyline", "chart-line")) == 2
    assert len(_marks(chart, "circle", "chart-point")) == 12


def test_line_series_differ_by_dash_pattern_not_only_colour():
    chart = line_chart(title="t", x_labels=MONTHS[:2], series=[Series("ชาย", [1, 2]), Series("หญิง", [2, 3])])
    first, second = (element for element in chart.elements if isinstance(element, Polyline))
    assert first.dash != second.dash


def test_none_breaks_the_line():
    chart = line_chart(title="t", x_labels=MONTHS, series=[Series("ชาย", [1, 2, None, 4, 5, 6])])
    lines = [element for element in chart.elements if isinstance(element, Polyline)]
    assert [len(line.points) for line in lines] == [2, 3]
    assert len(_marks(chart, "circle", "chart-point")) == 5


def test_line_chart_prints_only_every_nth_label_when_there_are_many():
    labels = [f"เดือน {i}" for i in range(120)]
    chart = line_chart(title="t", x_labels=labels, series=[Series("s", list(range(120)))])
    printed = [text for text in _texts(chart) if text.startswith("เดือน")]
    assert 5 < len(printed) < 30
    assert printed[0] == "เดือน 0"


def test_summary_names_highest_and_lowest_with_formatted_values():
    summary = _insured(unit="คน").summary
    assert summary.startswith("แผนภูมิแท่งแสดง จำนวนผู้ประกันตน (คน) ของ 5 รายการ")
    assert "ค่าสูงสุด: กรุงเทพมหานคร 1,234,567" in summary
    assert "ค่าต่ำสุด: ระนอง 2,345" in summary


def test_line_summary_gives_first_and_last_points_and_the_highest():
    chart = line_chart(
        title="ผู้ประกันตน", x_labels=MONTHS[:3], series=[Series("ชาย", [1000, 3000, 2000]), Series("หญิง", [5, 6, 7])]
    )
    assert "ชาย: ม.ค. 67 1,000 ถึง มี.ค. 67 2,000" in chart.summary
    assert "หญิง: ม.ค. 67 5 ถึง มี.ค. 67 7" in chart.summary
    assert "ค่าสูงสุด: ชาย ก.พ. 67 3,000" in chart.summary


def test_long_labels_are_truncated_in_the_chart_but_kept_whole_in_the_tooltip():
    label = "สำนักงานประกันสังคมจังหวัดพระนครศรีอยุธยา"
    chart = ranked_bar_chart(title="t", labels=[label], values=[1])
    shown = next(element for element in chart.elements if isinstance(element, Text) and element.tooltip == label)
    assert shown.text.endswith("…")
    assert len(shown.text) < len(label)
    assert _bars(chart)[0].tooltip == f"{label}: 1"


def test_truncate_does_not_split_a_consonant_from_its_tone_mark():
    assert truncate("ผู้ประกันตน", 2) == "ผู้…"


def test_svg_escapes_markup_in_labels():
    chart = bar_chart(title="<b>t</b>", categories=["<script>alert(1)</script>"], series=[Series("a&b", [1])])
    svg = render_svg(chart)
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg
    assert "<b>" not in svg


def test_inline_svg_has_no_style_attribute_or_element():
    svg = render_svg(_insured(unit="คน"))
    assert "style=" not in svg
    assert "<style" not in svg


def test_inline_svg_is_labelled_by_its_title_and_summary():
    chart = _insured()
    root = _tree(chart)
    title_id, desc_id = root.get("aria-labelledby").split()
    assert root.get("role") == "img"
    assert root.find(f"{SVG}title[@id='{title_id}']").text == "จำนวนผู้ประกันตน"
    assert root.find(f"{SVG}desc[@id='{desc_id}']").text == chart.summary
    assert root.get("width") is None


def test_different_charts_get_different_ids():
    other = bar_chart(title="จำนวนผู้ประกันตน", categories=["ก"], series=[Series("s", [1])])
    assert _tree(_insured()).get("aria-labelledby") != _tree(other).get("aria-labelledby")


def test_standalone_svg_has_xml_declaration_and_size():
    svg = render_svg(_insured(), standalone=True)
    assert svg.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    root = _tree(_insured(), standalone=True)
    assert (root.get("width"), root.get("height")) == ("720", str(_insured().height))


def test_rendering_is_deterministic():
    assert render_svg(_insured(unit="คน")) == render_svg(_insured(unit="คน"))
    assert render_png(_insured(), scale=1) == render_png(_insured(), scale=1)


def test_png_has_signature_and_scaled_size():
    chart = _insured()
    data = render_png(chart, scale=2)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert Image.open(BytesIO(data)).size == (chart.width * 2, chart.height * 2)


def _every_kind(**data):
    yield bar_chart(title="แท่ง", categories=PROVINCES, series=[Series("ปี 2568", data.get("values", [1, -2, 3, 4, 5]))])
    yield ranked_bar_chart(title="อันดับ", labels=PROVINCES, values=data.get("values", [1, -2, 3, 4, 5]))
    yield line_chart(title="เส้น", x_labels=PROVINCES, series=[Series("ชาย", data.get("values", [1, 2, None, 4, 5]))])


@pytest.mark.parametrize("chart", list(_every_kind(values=[None] * 5)), ids=["bar", "ranked", "line"])
def test_no_data_draws_axes_and_says_so(chart):
    assert "ไม่มีข้อมูล" in render_svg(chart)
    assert "ไม่มีข้อมูล" in chart.summary
    assert render_png(chart, scale=1).startswith(b"\x89PNG")


@pytest.mark.parametrize(
    "chart",
    [
        bar_chart(title="ว่าง", categories=[], series=[]),
        ranked_bar_chart(title="ว่าง", labels=[], values=[]),
        line_chart(title="ว่าง", x_labels=[], series=[]),
    ],
    ids=["bar", "ranked", "line"],
)
def test_empty_charts_render_without_error(chart):
    assert "ไม่มีข้อมูล" in render_svg(chart)
    assert render_png(chart, scale=1).startswith(b"\x89PNG")


@pytest.mark.parametrize("chart", list(_every_kind()), ids=["bar", "ranked", "line"])
def test_svg_is_well_formed_xml(chart):
    assert _tree(chart, standalone=True).tag == SVG + "svg"


def test_counts_get_whole_number_ticks():
    chart = bar_chart(title="t", categories=["ก", "ข"], series=[Series("s", [1, 3])])
    assert "0.5" not in _texts(chart)
    assert {"0", "1", "2", "3"} <= set(_texts(chart))


def test_many_categories_get_slanted_labels_printed_every_nth():
    categories = [f"จังหวัดที่ {i}" for i in range(60)]
    chart = bar_chart(title="t", categories=categories, series=[Series("s", list(range(60)))])
    labels = [e for e in chart.elements if isinstance(e, Text) and e.text.startswith("จังหวัดที่")]
    assert all(label.rotate == -45 for label in labels)
    assert 10 < len(labels) < 60
    assert len(_bars(chart)) == 60
