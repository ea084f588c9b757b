"""Tables as the public pages show them: formatted cells, sort links that work without JavaScript, a totals row.

Sorting is done on the server from the query string (``?sort=<column>&order=asc|desc``), so a sorted table has
its own address and stays cacheable; rows without a value sort last either way.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from core.numbers import NO_VALUE, format_number, format_percent
from sso_statistics.schemas import NUMERIC_TYPES, PERCENT, SUMMABLE_TYPES, TEXT

ASCENDING, DESCENDING = "asc", "desc"


@dataclass
class Header:
    label: str
    unit: str = ""
    numeric: bool = False
    sort_url: str = ""
    aria_sort: str = ""  # "ascending" / "descending" on the column the rows are sorted by


@dataclass
class Table:
    headers: list[Header]
    rows: list[tuple[str, list[tuple[str, bool]]]]  # (row name, [(formatted cell, is numeric), ...])
    totals: list[tuple[str, bool]] = field(default_factory=list)


def format_cell(value, column_type: str) -> str:
    if column_type == PERCENT:
        return format_percent(value)
    if column_type == TEXT or isinstance(value, str):
        return NO_VALUE if value in (None, "") else value
    return format_number(value)


def _sort_rows(rows, index: int, descending: bool):
    present = [row for row in rows if row[index] is not None]
    missing = [row for row in rows if row[index] is None]
    return sorted(present, key=lambda row: row[index], reverse=descending) + missing


def dataset_table(dataset, sort: str | None, order: str | None, query) -> Table:
    columns = dataset.columns
    rows = dataset.typed_rows()
    index = dataset.column_index(sort) if sort else None
    descending = order == DESCENDING
    if index is not None:
        rows = _sort_rows(rows, index, descending)
    headers = []
    for i, column in enumerate(columns):
        is_sorted = i == index
        numeric = column["type"] in NUMERIC_TYPES
        next_order = ASCENDING if (descending if is_sorted else not numeric) else DESCENDING
        params = {key: value for key, value in query.items() if key not in ("sort", "order")}
        headers.append(
            Header(
                label=column["label"],
                unit=column["unit"],
                numeric=numeric,
                sort_url="?" + urlencode({**params, "sort": column["key"], "order": next_order}),
                aria_sort=("descending" if descending else "ascending") if is_sorted else "",
            )
        )
    body = [
        (
            format_cell(row[0], TEXT),
            [(format_cell(cell, c["type"]), True) for cell, c in zip(row[1:], columns[1:], strict=True)],
        )
        for row in rows
    ]
    totals = [
        (format_number(dataset.column_total(c["key"])) if c["type"] in SUMMABLE_TYPES else "", True)
        for c in columns[1:]
    ]
    return Table(headers, body, totals)


def comparison_table(dataset, other, column: dict | None) -> Table | None:
    """One column of two periods side by side, row by row, with the change in per cent."""
    if column is None:
        return None
    index, other_index = dataset.column_index(column["key"]), other.column_index(column["key"])
    theirs = {row[0]: row[other_index] for row in other.typed_rows()} if other_index is not None else {}
    headers = [
        Header(dataset.columns[0]["label"]),
        Header(dataset.period.label, column["unit"], numeric=True),
        Header(other.period.label, column["unit"], numeric=True),
        Header(pgettext("difference between periods", "Change"), _("per cent"), numeric=True),
    ]
    rows = []
    for row in dataset.typed_rows():
        mine, previous = row[index], theirs.get(row[0])
        rows.append(
            (
                row[0],
                [
                    (format_cell(mine, column["type"]), True),
                    (format_cell(previous, column["type"]), True),
                    (_change(mine, previous), True),
                ],
            )
        )
    return Table(headers, rows)


def _change(new, old) -> str:
    if new is None or old in (None, 0):
        return NO_VALUE
    change = (Decimal(new) - Decimal(old)) * 100 / Decimal(old)
    return f"{change:+,.1f}%"


def series_table(series) -> Table:
    headers = [Header(_("Period"))] + [Header(c["label"], c["unit"], numeric=True) for c in series.columns]
    rows = [
        (period.label, [(format_cell(series.values[c["key"]][i], c["type"]), True) for c in series.columns])
        for i, period in enumerate(series.periods)
    ]
    return Table(headers, rows)
