"""Reading the seed (the office's disclosure measures) so tests can hold the taxonomy file against it."""

import re
from pathlib import Path

import pytest
from django.conf import settings

SEED_FILE = settings.BASE_DIR.parent / "shared" / "seed" / "sso-disclosure-measures.th.txt"
_HEADER = "ลักษณะ/ประเภทข้อมูล"


def normalise(text: str) -> str:
    """Seed cells wrap and carry stray spaces; compare text with all whitespace removed."""
    return re.sub(r"\s+", "", text or "")


def seed_text() -> str:
    path = Path(SEED_FILE)
    if not path.exists():
        pytest.skip(f"the seed file is not beside the project ({path})")
    return path.read_text(encoding="utf-8")


def _between(text: str, start: str, end: str) -> list[str]:
    begin = text.index(start)
    return text[begin : text.index(end, begin)].splitlines()[1:]


def section_1_entries() -> list[str]:
    """Every cell of the §1 list, in order (a cell may hold several titles run together)."""
    lines = _between(seed_text(), "ลักษณะ/ประเภทข้อมูลที่น่าสนใจ", "ทั้งนี้ หากมีข้อมูล")
    cells = [cell.strip() for line in lines for cell in line.split("\t")]
    return [cell for cell in cells if cell and cell != _HEADER]


def section_2_1_rows() -> list[tuple[str, tuple[str, str, str] | None]]:
    """(title, (data, publishing, checking) or None) for every row of the §2.1 table, in order."""
    lines = _between(seed_text(), "ลักษณะ/ประเภทข้อมูล และหน่วยงานที่รับผิดชอบ", "๒.๒")
    rows = []
    for line in lines:
        cells = [cell.strip() for cell in line.split("\t") if cell.strip()]
        if not cells or cells[0] == _HEADER or cells[0] in ("ด้านข้อมูล",):
            continue
        units = tuple(cells[1:4]) if len(cells) >= 4 else None
        rows.append((cells[0], units))
    return rows


def rows_with_categories(taxonomy):
    """(seed title, seed units or None, taxonomy node) for every §2.1 row, matched in order (titles repeat)."""
    nodes = list(taxonomy.walk())
    position = 0
    for title, units in section_2_1_rows():
        while position < len(nodes) and normalise(title) not in _titles(nodes[position]):
            position += 1
        if position == len(nodes):
            raise AssertionError(f"seed row {title!r} has no category in the taxonomy (or is out of order)")
        yield title, units, nodes[position]
        position += 1


def _titles(node):
    return {normalise(node.title), normalise(node.seed_title)} - {""}
