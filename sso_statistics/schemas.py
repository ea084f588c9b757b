"""The table each statistics part carries, read from ``data/statistics_tables.yaml``.

The file is checked when first read: a chart or series naming a column the part does not have, or a rate put
into a series (where it would be added up across rows), stops the site with the part and the column named.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

SCHEMA_FILE = Path(settings.BASE_DIR) / "data" / "statistics_tables.yaml"
OVERVIEW = "overview"

TEXT, PROVINCE, INTEGER, DECIMAL, PERCENT = "text", "province", "integer", "decimal", "percent"
COLUMN_TYPES = (TEXT, PROVINCE, INTEGER, DECIMAL, PERCENT)
NUMERIC_TYPES = (INTEGER, DECIMAL, PERCENT)
# Columns whose values may be added up across the rows of a table (a rate or a share may not).
SUMMABLE_TYPES = (INTEGER, DECIMAL)
CHART_TYPES = ("bar", "ranked")


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    type: str
    unit: str = ""
    required: bool = True
    signed: bool = False
    aliases: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        """What a dataset keeps of its columns (so that a later change to the file leaves old datasets readable)."""
        return {"key": self.key, "label": self.label, "type": self.type, "unit": self.unit}


@dataclass(frozen=True)
class TableSchema:
    fund: str
    part: str  # "1".."9" or "overview"
    columns: tuple[Column, ...]
    chart_type: str
    chart_value: str
    series: tuple[str, ...]
    totals: tuple[tuple[str, tuple[str, ...]], ...]  # (total column, the columns it is the sum of)

    @property
    def row_column(self) -> Column:
        """The first column names the row: a province or a category."""
        return self.columns[0]

    def column(self, key: str) -> Column:
        return next(column for column in self.columns if column.key == key)


def _part_key(part_number) -> str:
    return OVERVIEW if part_number in (None, "") else str(part_number)


def schema_for(fund: str, part_number) -> TableSchema | None:
    """The schema of a part (``part_number`` None for the overview), or None when the file has none."""
    return load_schemas().get((fund, _part_key(part_number)))


def fund_choices() -> list[tuple[str, str]]:
    return [(key, fund["title"]) for key, fund in _read_file()["funds"].items()]


@cache
def _read_file() -> dict:
    with open(SCHEMA_FILE, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@cache
def load_schemas() -> dict[tuple[str, str], TableSchema]:
    schemas = {}
    for fund, fund_data in _read_file()["funds"].items():
        for part, data in fund_data["parts"].items():
            schema = _build(fund, _part_key(part), data)
            schemas[(fund, schema.part)] = schema
    return schemas


def _build(fund: str, part: str, data: dict) -> TableSchema:
    where = f"{SCHEMA_FILE.name}: {fund} part {part}"
    columns = tuple(Column(**{**spec, "aliases": tuple(spec.get("aliases", ()))}) for spec in data["columns"])
    keys = [column.key for column in columns]
    if len(set(keys)) != len(keys):
        raise ImproperlyConfigured(f"{where}: a column key appears twice")
    for column in columns:
        if column.type not in COLUMN_TYPES:
            raise ImproperlyConfigured(f"{where}: column {column.key} has unknown type {column.type!r}")
    if columns[0].type not in (TEXT, PROVINCE):
        raise ImproperlyConfigured(f"{where}: the first column must name the row (text or province)")
    chart = data["chart"]
    if chart["type"] not in CHART_TYPES or chart["value"] not in keys:
        raise ImproperlyConfigured(f"{where}: chart needs a type in {CHART_TYPES} and one of the columns {keys}")
    by_key = {column.key: column for column in columns}
    series = tuple(data["series"])
    for key in series:
        if key not in by_key or by_key[key].type not in SUMMABLE_TYPES:
            raise ImproperlyConfigured(f"{where}: series column {key!r} is not a count or an amount of this part")
    totals = tuple((total, tuple(parts)) for total, parts in data.get("totals", {}).items())
    for total, parts in totals:
        if any(key not in by_key or by_key[key].type != INTEGER for key in (total, *parts)):
            raise ImproperlyConfigured(f"{where}: totals must name integer columns of this part")
    return TableSchema(fund, part, columns, chart["type"], chart["value"], series, totals)
