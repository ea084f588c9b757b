"""Factories for fund-statistics datasets: well-formed tables for any part's schema, files to upload, and
published part pages carrying datasets."""

import csv
import io
from decimal import Decimal

import openpyxl
from django.core.files.uploadedfile import SimpleUploadedFile

from categories.models import Category
from core.provinces import PROVINCE_NAMES
from sso_statistics.models import Dataset
from sso_statistics.periods import Period, PeriodKind
from sso_statistics.schemas import DECIMAL, INTEGER, PERCENT, PROVINCE, load_schemas

FUND_KEYS = {"ssf": "knowledge/ssf-statistics", "wcf": "knowledge/wcf-statistics"}


def part_page(fund: str, part):
    """The part page the taxonomy builds, e.g. ``part_page("ssf", 2)`` or ``part_page("ssf", "overview")``."""
    slug = part if part == "overview" else f"part-{part}"
    return Category.objects.get(key=f"{FUND_KEYS[fund]}/{slug}").page.specific


def all_parts() -> list[tuple[str, str]]:
    return sorted(load_schemas())


def cell_value(column, row: int, seed: int = 0):
    """A deterministic, valid value of ``column`` for row ``row``."""
    if column.type == INTEGER:
        return 1000 + 37 * row + 11 * seed
    if column.type == DECIMAL:
        return Decimal(f"{1234 + 7 * row + seed}.{(row * 13 + seed) % 100:02d}")
    if column.type == PERCENT:
        return Decimal(f"{(row * 3 + seed) % 90}.5")
    return f"รายการที่ {row + 1}"


def table_rows(schema, count: int = 5, seed: int = 0) -> list[list]:
    """``count`` rows that satisfy ``schema`` (provinces for a province table, totals that add up)."""
    rows = []
    keys = [column.key for column in schema.columns]
    for i in range(count):
        row = [cell_value(column, i, seed) for column in schema.columns]
        if schema.row_column.type == PROVINCE:
            row[0] = PROVINCE_NAMES[i]
        for total, parts in schema.totals:
            row[keys.index(total)] = sum(row[keys.index(key)] for key in parts)
        rows.append(row)
    return rows


def header(schema) -> list[str]:
    return [column.label for column in schema.columns]


def csv_upload(head: list, rows: list[list], name: str = "dataset.csv", bom: bool = True) -> SimpleUploadedFile:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(head)
    writer.writerows([["" if cell is None else cell for cell in row] for row in rows])
    return SimpleUploadedFile(name, (("\ufeff" if bom else "") + out.getvalue()).encode("utf-8"), "text/csv")


def xlsx_upload(sheets: dict[str, list[list]], name: str = "dataset.xlsx") -> SimpleUploadedFile:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append([float(cell) if isinstance(cell, Decimal) else cell for cell in row])
    out = io.BytesIO()
    workbook.save(out)
    return SimpleUploadedFile(name, out.getvalue())


def stored_cell(value):
    """How a dataset keeps a cell typed by ``cell_value``."""
    return str(value) if isinstance(value, Decimal) else value


def make_dataset(schema, period: Period, rows: list[list] | None = None, **fields) -> Dataset:
    rows = table_rows(schema) if rows is None else rows
    dataset = Dataset(
        title=fields.pop("title", f"ชุดข้อมูล {period.label}"),
        columns=[column.as_dict() for column in schema.columns],
        rows=[[stored_cell(cell) for cell in row] for row in rows],
        **fields,
    )
    dataset.period = period
    return dataset


def publish_datasets(page, datasets: list[Dataset]):
    """Give the page these datasets and publish it, as the end of the approval workflow would."""
    page = page.get_latest_revision_as_object()
    page.datasets = datasets
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def month(year_be: int, number: int) -> Period:
    return Period(PeriodKind.MONTH, year_be - 543, number)
