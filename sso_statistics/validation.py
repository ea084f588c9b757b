"""Reading an uploaded dataset (CSV or XLSX) against its part's table schema.

Offices keep these tables in Excel: a title line or two above the header is common, numbers may carry thousands
separators or Thai digits, and "-" means no value. All of that is accepted. Anything else is refused with the
row and column of every problem, in Thai, and nothing is saved (the caller saves only a clean table).
"""

import difflib
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from openpyxl.utils import get_column_letter

from core.parsing import is_blank, parse_decimal, parse_integer, thai_to_arabic_digits
from core.provinces import PROVINCE_NAMES, province_name
from core.table_files import FileRejected, TableFile, trim_cells
from sso_statistics.schemas import DECIMAL, INTEGER, PERCENT, PROVINCE, TableSchema

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_UNPACKED_BYTES = 20 * MAX_FILE_BYTES
MAX_ROWS = 2000
# The header may sit below a title line or two; it is looked for among the first rows that are not blank.
HEADER_SEARCH_ROWS = 10
# A file with hundreds of problems is wrong as a whole: the first ones tell the staff what to fix.
MAX_PROBLEMS = 100
NO_VALUE_MARKS = {"-", "–", "—", "n/a", "N/A"}
# A row name or a text cell is a name or a short phrase; a whole paragraph in one is a mistake.
MAX_TEXT_LENGTH = 200
TOTAL_ROW_NAMES = {"รวม", "รวมทั้งสิ้น", "รวมทั้งหมด", "ทั่วประเทศ", "ทั้งประเทศ", "ยอดรวม", "total"}


@dataclass(frozen=True)
class Problem:
    message: str
    row: int | None = None  # the row number as the spreadsheet shows it
    column: str = ""  # the column letter and header, e.g. "C (ชาย)"

    def __str__(self):
        row = _("row %(number)s") % {"number": self.row} if self.row else ""
        column = _("column %(column)s") % {"column": self.column} if self.column else ""
        where = " ".join(part for part in (row, column) if part)
        return f"{where}: {self.message}" if where else self.message


class DatasetRejected(Exception):
    def __init__(self, problems: list[Problem], more: int = 0):
        super().__init__(problems)
        self.problems = problems
        self.more = more  # problems found beyond MAX_PROBLEMS

    @property
    def messages(self) -> list[str]:
        return [str(problem) for problem in self.problems]


@dataclass
class ParsedTable:
    columns: list[dict]  # the schema's columns present in the file, in schema order
    rows: list[list]  # cells in that order, ready to store (decimals as str)
    sheet: str | None


def read_dataset(uploaded, schema: TableSchema, sheet: str | None = None) -> ParsedTable:
    """The table of ``uploaded`` checked against ``schema``; raises ``DatasetRejected`` with every problem found."""
    try:
        with TableFile(uploaded, max_bytes=MAX_FILE_BYTES, max_unpacked_bytes=MAX_UNPACKED_BYTES) as table:
            sheet_name = sheet or (table.sheet_names[0] if table.sheet_names else None)
            records = _records(table.rows(sheet))
            try:
                header_at, positions = _find_header(records, schema)
            except DatasetRejected as exc:
                hint = _other_sheet_with_header(table, sheet_name, schema)
                raise DatasetRejected(exc.problems + ([Problem(hint)] if hint else [])) from None
    except FileRejected as exc:
        raise DatasetRejected([Problem(str(exc))]) from None
    data_rows = [(number, cells) for number, cells in records if number > header_at]
    if not data_rows:
        raise DatasetRejected([Problem(_("There is no data under the heading row"))])
    return ParsedTable(
        columns=[schema.column(key).as_dict() for key in positions.values()],
        rows=_parse_rows(data_rows, positions, schema),
        sheet=sheet_name,
    )


def _records(rows) -> list[tuple[int, list]]:
    """Non-blank rows with their row numbers; a sheet with too many rows (even blank ones) is refused."""
    records = []
    for number, cells in enumerate(rows, 1):
        if number > MAX_ROWS * 10 or len(records) > MAX_ROWS + HEADER_SEARCH_ROWS:
            raise FileRejected(
                _("The file has more than %(rows)s rows; a dataset should be one table of one period")
                % {"rows": f"{MAX_ROWS:,}"}
            )
        cells = trim_cells(cells)
        if cells:
            records.append((number, cells))
    return records


def _normal(text) -> str:
    return " ".join(thai_to_arabic_digits(str(text)).split()).lower()


def _names(schema: TableSchema) -> dict[str, str]:
    """Every header accepted for a column (label, aliases, key), normalised → the column's key."""
    names = {}
    for column in schema.columns:
        for name in (column.label, column.key, *column.aliases):
            names[_normal(name)] = column.key
    return names


def _header_matches(cells, names) -> dict[int, str]:
    return {i: names[_normal(cell)] for i, cell in enumerate(cells) if not is_blank(cell) and _normal(cell) in names}


def _find_header(records, schema: TableSchema) -> tuple[int, dict[int, str]]:
    """The header's row number and column position → key, in schema order."""
    names = _names(schema)
    required = {column.key for column in schema.columns if column.required}
    best = None
    for number, cells in records[:HEADER_SEARCH_ROWS]:
        matches = _header_matches(cells, names)
        if best is None or len(matches) > len(best[2]):
            best = (number, cells, matches)
        if required <= set(matches.values()):
            _check_header_cells(number, cells, matches, schema)
            return number, dict(sorted(matches.items(), key=lambda item: _schema_order(schema, item[1])))
    expected = ", ".join(column.label for column in schema.columns)
    if not best or not best[2]:
        raise DatasetRejected(
            [
                Problem(
                    _("The heading row of this table was not found (headings needed: %(expected)s)")
                    % {"expected": expected}
                )
            ]
        )
    missing = [
        schema.column(key).label
        for key in sorted(required - set(best[2].values()), key=lambda k: _schema_order(schema, k))
    ]
    raise DatasetRejected(
        [Problem(_("Required columns missing: %(names)s") % {"names": ", ".join(missing)}, row=best[0])]
    )


def _schema_order(schema: TableSchema, key: str) -> int:
    return [column.key for column in schema.columns].index(key)


def _check_header_cells(number, cells, matches, schema):
    problems = []
    for i, cell in enumerate(cells):
        if not is_blank(cell) and i not in matches:
            problems.append(
                Problem(
                    _("Unknown column “%(cell)s” (this table has: %(columns)s)")
                    % {"cell": cell, "columns": ", ".join(c.label for c in schema.columns)},
                    row=number,
                    column=get_column_letter(i + 1),
                )
            )
    seen = {}
    for i, key in matches.items():
        if key in seen:
            problems.append(
                Problem(
                    _("The column “%(label)s” is repeated") % {"label": schema.column(key).label},
                    row=number,
                    column=get_column_letter(i + 1),
                )
            )
        seen[key] = i
    if problems:
        raise DatasetRejected(problems)


def _other_sheet_with_header(table: TableFile, checked: str | None, schema: TableSchema) -> str:
    """A hint naming another sheet of the workbook that does hold this table's header, if there is one."""
    for name in table.sheet_names:
        if name == checked:
            continue
        try:
            _find_header(_records(table.rows(name))[:HEADER_SEARCH_ROWS], schema)
        except (DatasetRejected, FileRejected):
            continue
        return _(
            "This table is on the sheet “%(name)s”, not on “%(checked)s”: enter the sheet name “%(name)s” in the form"
            " and upload again"
        ) % {"name": name, "checked": checked}
    return ""


def _parse_rows(data_rows, positions: dict[int, str], schema: TableSchema) -> list[list]:
    problems: list[Problem] = []
    rows = []
    seen_names: dict[str, int] = {}
    for number, cells in data_rows:
        row = []
        for i, key in positions.items():
            column = schema.column(key)
            where = f"{get_column_letter(i + 1)} ({column.label})"
            cell = cells[i] if i < len(cells) else ""
            try:
                row.append(_parse_cell(cell, column, is_row_name=key == schema.row_column.key))
            except ValidationError as exc:
                problems.append(Problem(exc.messages[0], row=number, column=where))
                row.append(None)
        extra = [i for i in range(len(cells)) if i not in positions and not is_blank(cells[i])]
        for i in extra:
            problems.append(
                Problem(
                    _("“%(value)s” is in a column without a heading") % {"value": cells[i]},
                    row=number,
                    column=get_column_letter(i + 1),
                )
            )
        name = row[0]
        if name is not None:
            if name in seen_names:
                problems.append(
                    Problem(_("“%(name)s” repeats row %(row)s") % {"name": name, "row": seen_names[name]}, row=number)
                )
            seen_names.setdefault(name, number)
        problems.extend(_total_problems(number, row, positions, schema))
        rows.append(row)
    if problems:
        raise DatasetRejected(problems[:MAX_PROBLEMS], more=max(0, len(problems) - MAX_PROBLEMS))
    return rows


def _total_problems(number, row, positions, schema) -> list[Problem]:
    """A total column must equal the sum of its parts, when all of them have values."""
    keys = list(positions.values())
    problems = []
    for total_key, part_keys in schema.totals:
        if total_key not in keys or any(key not in keys for key in part_keys):
            continue
        total = row[keys.index(total_key)]
        parts = [row[keys.index(key)] for key in part_keys]
        if total is None or any(part is None for part in parts) or total == sum(parts):
            continue
        labels = " + ".join(schema.column(key).label for key in part_keys)
        problems.append(
            Problem(
                _("The total “%(label)s” (%(total)s) is not %(parts)s (%(sum)s)")
                % {
                    "label": schema.column(total_key).label,
                    "total": f"{total:,}",
                    "parts": labels,
                    "sum": f"{sum(parts):,}",
                },
                row=number,
            )
        )
    return problems


def _parse_cell(cell, column, is_row_name: bool):
    if is_row_name:
        return _row_name(cell, column)
    if is_blank(cell) or (isinstance(cell, str) and cell.strip() in NO_VALUE_MARKS):
        return None
    if column.type == INTEGER:
        value = parse_integer(cell)
        if value < 0:
            raise ValidationError(_("Must not be negative"))
        return value
    if column.type in (DECIMAL, PERCENT):
        return str(_parse_exact(cell, column))
    return _short_text(cell)


def _short_text(cell) -> str:
    text = " ".join(str(cell).split())
    if len(text) > MAX_TEXT_LENGTH:
        raise ValidationError(_("The text is longer than %(limit)s characters") % {"limit": MAX_TEXT_LENGTH})
    return text


def _parse_exact(cell, column) -> Decimal:
    if column.type == PERCENT and isinstance(cell, str):
        cell = cell.strip().removesuffix("%").strip()
    value = parse_decimal(cell)
    if column.type == PERCENT and not 0 <= value <= 100:
        raise ValidationError(_("A percentage must be between 0 and 100 (“%(value)s”)"), params={"value": cell})
    if value < 0 and not column.signed:
        raise ValidationError(_("Must not be negative"))
    return value


def _row_name(cell, column) -> str:
    if is_blank(cell):
        raise ValidationError(
            _("Enter the province") if column.type == PROVINCE else _("Enter %(label)s") % {"label": column.label}
        )
    text = _short_text(cell)
    if text.lower() in TOTAL_ROW_NAMES:
        raise ValidationError(_("Do not add a total row: the totals are added up for you (delete this row)"))
    if column.type != PROVINCE:
        return text
    name = province_name(text)
    if name is None:
        close = difflib.get_close_matches(text, PROVINCE_NAMES, n=1, cutoff=0.6)
        hint = " " + _("did you mean “%(name)s”?") % {"name": close[0]} if close else ""
        raise ValidationError(_("Unknown province “%(value)s”%(hint)s"), params={"value": text, "hint": hint})
    return name
