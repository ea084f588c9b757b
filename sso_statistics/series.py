"""A part's time series: its datasets of one period kind joined, period by period.

Each value is the sum over a dataset's rows of a count or amount column (or one row's value, when the reader picks
a province or a category). Rates and percentages are never added up, so only the schema's ``series`` columns
take part.
"""

from collections import Counter
from dataclasses import dataclass

from sso_statistics.periods import Period, PeriodKind

# What a reader sees first: the last three years of monthly figures, or the equivalent in quarters or years.
DEFAULT_YEARS = 3


@dataclass
class TimeSeries:
    kind: str
    periods: list[Period]
    columns: list[dict]  # {"key", "label", "type", "unit"} of the series columns the datasets have
    values: dict[str, list]  # column key → one value (int, Decimal or None) per period
    row: str | None  # the row followed, or None for the total over all rows
    row_choices: list[str]  # the row names found in these datasets
    kinds: list[str]  # the period kinds the part has datasets for

    @property
    def is_empty(self) -> bool:
        return not self.periods


def kinds_available(datasets) -> list[str]:
    """Period kinds present, the most used first (ties in month, quarter, year order)."""
    counts = Counter(dataset.period_kind for dataset in datasets)
    order = list(PeriodKind.values)
    return sorted(counts, key=lambda kind: (-counts[kind], order.index(kind)))


def build_series(datasets, schema, kind: str | None = None, row: str | None = None, years: int | None = DEFAULT_YEARS):
    """``datasets`` of one part → the series of ``kind`` (the most used kind by default), over the last ``years``
    years of data (all of it when None), summed over all rows or for the single ``row``."""
    kinds = kinds_available(datasets)
    if kind not in kinds:
        kind = kinds[0] if kinds else PeriodKind.MONTH
    chosen = sorted((d for d in datasets if d.period_kind == kind), key=lambda dataset: dataset.period)
    if years and chosen:
        last = chosen[-1].period
        chosen = [d for d in chosen if _years_before(last, d.period) < years]
    names = sorted({r[0] for d in chosen for r in d.rows if r and r[0] is not None})
    if row not in names:
        row = None
    columns = _series_columns(chosen, schema)
    values = {column["key"]: [_value(d, column["key"], row) for d in chosen] for column in columns}
    return TimeSeries(kind, [d.period for d in chosen], columns, values, row, names, kinds)


def _years_before(last: Period, period: Period) -> float:
    months_per_step = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.YEAR: 12}[last.kind]
    steps = (last.year - period.year) * 12 / months_per_step + ((last.number or 0) - (period.number or 0))
    return steps * months_per_step / 12


def _series_columns(datasets, schema) -> list[dict]:
    present = {column["key"]: column for dataset in datasets for column in dataset.columns}
    return [present[key] for key in schema.series if key in present]


def _value(dataset, key: str, row: str | None):
    if row is None:
        return dataset.column_total(key)
    values = dataset.column_values(key)
    if values is None:
        return None
    return next((value for cells, value in zip(dataset.rows, values, strict=True) if cells[0] == row), None)
