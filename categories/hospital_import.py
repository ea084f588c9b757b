"""Importing the list of contracted hospitals from CSV or XLSX, all or nothing.

The header names the columns (Thai or English headings); every row is checked first and the file is saved only
when no row has an error, so a list is never half replaced. Each error names the row and the column in Thai.
Rows are matched to existing ones by name, province and district: a row updates its hospital or adds one.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.translation import gettext as _

from categories.models.hospitals import Hospital
from core.parsing import is_blank
from core.provinces import province_name
from core.table_files import FileRejected, TableFile, trim_cells

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ROWS = 20_000

# Column heading (as people write it, lower-case) → field.
HEADINGS = {
    "name": "name", "ชื่อ": "name", "ชื่อสถานพยาบาล": "name",
    "type": "kind", "ประเภท": "kind",
    "province": "province", "จังหวัด": "province",
    "district": "district", "อำเภอ": "district", "อำเภอ/เขต": "district", "เขต": "district",
    "address": "address", "ที่อยู่": "address",
    "phone": "phone", "โทรศัพท์": "phone",
    "map": "map_url", "map_url": "map_url", "แผนที่": "map_url",
    "social_security": "social_security", "ประกันสังคม": "social_security",
    "compensation_fund": "compensation_fund", "กองทุนเงินทดแทน": "compensation_fund",
}  # fmt: skip
REQUIRED = ("name", "province")
KINDS = {"hospital": "hospital", "โรงพยาบาล": "hospital", "clinic": "clinic", "คลินิก": "clinic"}
YES = {"yes", "y", "1", "true", "ใช่", "มี", "✓", "x"}
NO = {"", "no", "n", "0", "false", "ไม่", "ไม่ใช่", "ไม่มี", "-"}


@dataclass
class HospitalImport:
    errors: list[str] = field(default_factory=list)
    created: int = 0
    updated: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


def _columns(header) -> dict[int, str]:
    columns = {}
    for i, cell in enumerate(header):
        if is_blank(cell):
            continue
        heading = str(cell).strip().lower()
        if heading not in HEADINGS:
            raise FileRejected(_("Unknown column “%(column)s” in the first row") % {"column": cell})
        columns[i] = HEADINGS[heading]
    missing = [name for name in REQUIRED if name not in columns.values()]
    if missing:
        raise FileRejected(
            _("The first row must name the columns; missing: %(columns)s") % {"columns": ", ".join(missing)}
        )
    return columns


def _flag(value, row: int, column: str, errors: list[str]) -> bool:
    text = str(value).strip().lower()
    if text in YES:
        return True
    if text not in NO:
        errors.append(
            _("Row %(row)s, column %(column)s: “%(value)s” is not yes or no")
            % {"row": row, "column": column, "value": value}
        )
    return False


def _read_row(number: int, cells: list, columns: dict[int, str], errors: list[str], headings: dict) -> dict:
    """One row's values by field; each problem is added to ``errors`` naming the row and the file's heading."""
    values = dict.fromkeys(columns.values(), "")
    for i, name in columns.items():
        values[name] = cells[i] if i < len(cells) and cells[i] is not None else ""
    row = {
        name: str(value).strip()
        for name, value in values.items()
        if name not in ("social_security", "compensation_fund")
    }
    for name in REQUIRED:
        if not row.get(name):
            errors.append(
                _("Row %(row)s, column %(column)s: required") % {"row": number, "column": headings.get(name, name)}
            )
    if row.get("province"):
        province = province_name(row["province"])
        if province is None:
            errors.append(
                _("Row %(row)s, column %(column)s: “%(value)s” is not a province of Thailand")
                % {"row": number, "column": headings["province"], "value": row["province"]}
            )
        row["province"] = province or ""
    kind = row.get("kind", "").lower()
    if kind and kind not in KINDS:
        errors.append(
            _("Row %(row)s, column %(column)s: “%(value)s” must be hospital (โรงพยาบาล) or clinic (คลินิก)")
            % {"row": number, "column": headings.get("kind", "type"), "value": row["kind"]}
        )
    row["kind"] = KINDS.get(kind, "hospital")
    if row.get("map_url"):
        try:
            URLValidator(schemes=["https"])(row["map_url"])
        except ValidationError:
            errors.append(
                _("Row %(row)s, column %(column)s: “%(value)s” is not an https address")
                % {"row": number, "column": headings["map_url"], "value": row["map_url"]}
            )
    for name, limit in (("name", 200), ("district", 100), ("phone", 120)):
        if len(row.get(name, "")) > limit:
            errors.append(
                _("Row %(row)s, column %(column)s: longer than %(limit)s characters")
                % {"row": number, "column": headings.get(name, name), "limit": limit}
            )
    for name in ("social_security", "compensation_fund"):
        if name in values:
            row[name] = _flag(values[name], number, headings[name], errors)
    if not (row.get("social_security") or row.get("compensation_fund")):
        errors.append(_("Row %(row)s: mark at least one fund (social_security or compensation_fund)") % {"row": number})
    return row


def import_hospitals(uploaded, *, is_sample: bool = False) -> HospitalImport:
    """Check every row of ``uploaded``; save them all in one transaction only when none has an error."""
    result = HospitalImport()
    try:
        with TableFile(uploaded, max_bytes=MAX_FILE_BYTES, max_unpacked_bytes=20 * MAX_FILE_BYTES) as table:
            rows = [(n, trim_cells(cells)) for n, cells in enumerate(table.rows(), 1)]
    except FileRejected as exc:
        result.errors.append(str(exc))
        return result
    if not rows or not rows[0][1]:
        result.errors.append(_("The first row must name the columns"))
        return result
    if len(rows) > MAX_ROWS + 1:
        result.errors.append(_("The file has more than %(rows)s rows. Please split it.") % {"rows": f"{MAX_ROWS:,}"})
        return result
    try:
        columns = _columns(rows[0][1])
    except FileRejected as exc:
        result.errors.append(str(exc))
        return result
    headings = {name: str(rows[0][1][i]).strip() for i, name in columns.items()}
    parsed, seen = [], {}
    for number, cells in rows[1:]:
        if not cells:
            continue
        row = _read_row(number, cells, columns, result.errors, headings)
        key = (row.get("name"), row.get("province"), row.get("district", ""))
        if key in seen:
            result.errors.append(
                _("Row %(row)s: the same hospital as row %(first)s") % {"row": number, "first": seen[key]}
            )
        seen[key] = number
        parsed.append(row)
    if result.errors:
        return result
    with transaction.atomic():
        for row in parsed:
            key = {"name": row.pop("name"), "province": row.pop("province"), "district": row.pop("district", "")}
            _hospital, created = Hospital.objects.update_or_create(**key, defaults={**row, "is_sample": is_sample})
            if created:
                result.created += 1
            else:
                result.updated += 1
    return result
