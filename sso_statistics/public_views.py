"""What the public reads on a statistics part: one period's table and chart (optionally against another period),
the time series across periods, and the downloads. Everything here is the same for every visitor (the query
string decides), so the pages stay cacheable; the table is plain HTML, so the page works with JavaScript off."""

import hashlib
import re

from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.provinces import province_name
from core.thai_text import thai_sort_key
from sso_statistics import exports
from sso_statistics.charts import Series, bar_chart, line_chart, ranked_bar_chart, render_png, render_svg
from sso_statistics.periods import Period, PeriodKind
from sso_statistics.schemas import NUMERIC_TYPES
from sso_statistics.series import build_series
from sso_statistics.tables import comparison_table, dataset_table, series_table

TEMPLATE = "sso_statistics/statistics_part_page.html"
SERIES_TEMPLATE = "sso_statistics/statistics_series_page.html"
DATA_LINKS = (
    (gettext_lazy("Data as CSV"), "csv"),
    (gettext_lazy("Data as Excel (XLSX)"), "xlsx"),
    (gettext_lazy("Data as JSON"), "json"),
)
PNG_CACHE_SECONDS = 3600
# Comparing a province table draws grouped bars of the chosen period's largest rows (77 pairs would not read).
COMPARED_RANKS = 20
CHART_LINKS = ((gettext_lazy("Chart as PNG"), "png"), (gettext_lazy("Chart as SVG"), "svg"))


def _find(datasets, slug):
    period = Period.from_slug(slug) if slug else None
    return next((dataset for dataset in datasets if dataset.period == period), None)


def _chosen(page, request):
    """The dataset asked for (``?period=``; the latest by default) and the one to compare it with, if any."""
    datasets = page.sorted_datasets(with_rows=False)
    chosen = _find(datasets, request.GET.get("period")) or (datasets[-1] if datasets else None)
    compare = _find(datasets, request.GET.get("compare"))
    if compare is chosen:
        compare = None
    return datasets, chosen, compare


def _value_column(page, dataset) -> dict | None:
    """The column the chart draws: the schema's choice, or the dataset's first numeric column."""
    wanted = page.schema.chart_value if page.schema else None
    numeric = [column for column in dataset.columns[1:] if column["type"] in NUMERIC_TYPES]
    return next((column for column in numeric if column["key"] == wanted), numeric[0] if numeric else None)


def dataset_chart(page, dataset, compare=None):
    column = _value_column(page, dataset)
    if column is None:
        return None
    title = f"{subject(page)}: {column['label']} {dataset.period.label}"
    names, values = _column(dataset, column["key"])
    ranked = page.schema is not None and page.schema.chart_type == "ranked"
    if ranked and compare is None:
        return ranked_bar_chart(title=title, labels=names, values=values, unit=column["unit"])
    if ranked:
        names, values = _top(names, values, COMPARED_RANKS)
    series = [Series(dataset.period.label, values)]
    if compare is not None:
        title = _("%(subject)s: %(column)s %(period)s compared with %(other)s") % {
            "subject": subject(page),
            "column": column["label"],
            "period": dataset.period.label,
            "other": compare.period.label,
        }
        title += " (" + _("top %(count)s") % {"count": len(names)} + ")" if ranked else ""
        by_name = dict(zip(*_column(compare, column["key"]), strict=True))
        series.append(Series(compare.period.label, [by_name.get(name) for name in names]))
    return bar_chart(title=title, categories=names, series=series, unit=column["unit"])


def _top(names: list, values: list, count: int) -> tuple[list, list]:
    """The ``count`` rows with the largest values, largest first (rows without a value last)."""
    ranked = sorted(zip(names, values, strict=True), key=lambda pair: (pair[1] is None, -(pair[1] or 0)))[:count]
    return [name for name, _ in ranked], [value for _, value in ranked]


def subject(page) -> str:
    """The page title without its "ส่วนที่ N" prefix: what a chart shows."""
    return re.sub(r"^ส่วนที่\s*\d+\s*", "", page.title)


def _column(dataset, key):
    index = dataset.column_index(key)
    rows = dataset.typed_rows()
    return [row[0] for row in rows], [row[index] if index is not None else None for row in rows]


def _province_filter(request, chosen, compare) -> tuple[list[str], str]:
    """The provinces among the chosen dataset's row names (Thai order) and the one asked for (``?province=``).
    When one is asked for, the datasets keep only its row, in memory (nothing is saved), so the table, the
    comparison and the chart all show that province."""
    provinces = sorted({name for row in chosen.rows if (name := province_name(str(row[0])))}, key=thai_sort_key)
    wanted = province_name(request.GET.get("province", "")) if len(provinces) > 1 else None
    if wanted not in provinces:
        return provinces if len(provinces) > 1 else [], ""
    for dataset in (chosen, compare):
        if dataset is not None:
            dataset.rows = [row for row in dataset.rows if province_name(str(row[0])) == wanted]
    return provinces, wanted


def dataset_page(page, request):
    datasets, chosen, compare = _chosen(page, request)
    context = page.get_context(request)
    context.update(datasets=datasets, chosen=chosen, compare=compare, kinds=PeriodKind)
    if chosen is not None:
        context["provinces"], context["selected_province"] = _province_filter(request, chosen, compare)
        sort, order = request.GET.get("sort"), request.GET.get("order")
        context["table"] = dataset_table(chosen, sort, order, request.GET)
        if compare is not None:
            context["comparison"] = comparison_table(chosen, compare, _value_column(page, chosen))
        chart = dataset_chart(page, chosen, compare)
        if chart is not None:
            context.update(chart=chart, chart_svg=mark_safe(render_svg(chart)))  # noqa: S308 - render_svg escapes
        chart_file = ("chart", chosen.slug, f"?compare={compare.slug}" if compare else "") if chart else None
        context["downloads"] = _downloads(page, ("data", chosen.slug, ""), chart_file)
    return TemplateResponse(request, TEMPLATE, context)


def _downloads(page, data: tuple[str, str, str], chart: tuple[str, str, str] | None) -> list[tuple[str, str]]:
    """(label, address) of each download the page offers; ``data`` and ``chart`` are (folder, name, query)."""
    folder, name, query = data
    links = [(label, page.file_url(folder, name, fmt) + query) for label, fmt in DATA_LINKS]
    if chart is not None:
        folder, name, query = chart
        links += [(label, page.file_url(folder, name, fmt) + query) for label, fmt in CHART_LINKS]
    return links


def _download(content: bytes, content_type: str, filename: str, inline: bool = False) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["Access-Control-Allow-Origin"] = "*"  # open data: portals and notebooks may read it from anywhere
    return response


def dataset_download(page, request, slug, fmt):
    dataset = _find(page.sorted_datasets(with_rows=False), slug)
    if dataset is None:
        raise Http404
    filename = f"{page.slug}-{dataset.slug}.{fmt}"
    if fmt == "csv":
        return _download(
            exports.csv_bytes([c["label"] for c in dataset.columns], dataset.rows), exports.CSV_TYPE, filename
        )
    if fmt == "json":
        document = exports.dataset_document(page, dataset, request.build_absolute_uri())
        return _download(exports.json_bytes(document), exports.JSON_TYPE, filename, inline=True)
    title_lines = [dataset.title, dataset.source_note] if dataset.source_note else [dataset.title]
    content = exports.xlsx_bytes(dataset.period.slug, title_lines, dataset.columns, dataset.typed_rows())
    return _download(content, exports.XLSX_TYPE, filename)


def _chart_response(chart, fmt: str, filename: str) -> HttpResponse:
    if chart is None:
        raise Http404
    if fmt == "svg":
        return _download(render_svg(chart, standalone=True).encode("utf-8"), "image/svg+xml", filename)
    return _download(_png(chart), "image/png", filename)


def _png(chart) -> bytes:
    """PNGs take 50–100 ms to draw and are the same for every visitor: kept for an hour, keyed by the drawing."""
    key = "sso_statistics:png:" + hashlib.sha256(render_svg(chart).encode("utf-8")).hexdigest()
    png = cache.get(key)
    if png is None:
        png = render_png(chart)
        cache.set(key, png, PNG_CACHE_SECONDS)
    return png


def dataset_chart_download(page, request, slug, fmt):
    datasets = page.sorted_datasets(with_rows=False)
    dataset = _find(datasets, slug)
    if dataset is None:
        raise Http404
    compare = _find(datasets, request.GET.get("compare"))
    chart = dataset_chart(page, dataset, compare if compare is not dataset else None)
    return _chart_response(chart, fmt, f"{page.slug}-{dataset.slug}-chart.{fmt}")


def _series(page, request):
    if page.schema is None:
        return None
    years = None if request.GET.get("years") == "all" else _positive_int(request.GET.get("years")) or 3
    return build_series(
        page.sorted_datasets(), page.schema, request.GET.get("kind"), request.GET.get("row") or None, years
    )


def _positive_int(text) -> int | None:
    return int(text) if text and text.isdigit() and 0 < int(text) <= 50 else None


def series_chart(page, series):
    if series is None or series.is_empty or not series.columns:
        return None
    unit = series.columns[0]["unit"]
    drawn = [column for column in series.columns if column["unit"] == unit]
    row = series.row or (_("all provinces") if page.schema.row_column.type == "province" else _("all rows"))
    return line_chart(
        title=f"{subject(page)}: {row}",
        x_labels=[period.short_label for period in series.periods],
        series=[Series(column["label"], series.values[column["key"]]) for column in drawn],
        unit=unit,
    )


def series_page(page, request):
    series = _series(page, request)
    context = page.get_context(request)
    context.update(series=series, kinds=PeriodKind, years=request.GET.get("years", ""))
    if series is not None and not series.is_empty:
        context["table"] = series_table(series)
        chart = series_chart(page, series)
        if chart is not None:
            context.update(chart=chart, chart_svg=mark_safe(render_svg(chart)))  # noqa: S308 - render_svg escapes
        query = f"?{request.GET.urlencode()}" if request.GET else ""
        context["downloads"] = _downloads(
            page, ("series", "data", query), ("series", "chart", query) if chart else None
        )
    return TemplateResponse(request, SERIES_TEMPLATE, context)


def series_download(page, request, fmt):
    series = _series(page, request)
    if series is None or series.is_empty:
        raise Http404
    columns = [{"key": "period", "label": _("Period"), "type": "text", "unit": ""}, *series.columns]
    rows = [
        [period.label, *(series.values[column["key"]][i] for column in series.columns)]
        for i, period in enumerate(series.periods)
    ]
    filename = f"{page.slug}-series.{fmt}"
    if fmt == "csv":
        return _download(exports.csv_bytes([c["label"] for c in columns], rows), exports.CSV_TYPE, filename)
    if fmt == "json":
        document = {
            "part": page.title,
            "fund": page.fund,
            "kind": series.kind,
            "row": series.row,
            "columns": columns,
            "rows": [
                {"period": period.slug, "start": period.start, "end": period.end}
                | {key: values[i] for key, values in series.values.items()}
                for i, period in enumerate(series.periods)
            ],
        }
        return _download(exports.json_bytes(document), exports.JSON_TYPE, filename, inline=True)
    return _download(exports.xlsx_bytes("series", [page.title], columns, rows), exports.XLSX_TYPE, filename)


def series_chart_download(page, request, fmt):
    return _chart_response(series_chart(page, _series(page, request)), fmt, f"{page.slug}-series-chart.{fmt}")
