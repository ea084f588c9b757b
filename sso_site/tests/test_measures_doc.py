"""The spec travels with the code: every "seed §…" citation in the project resolves to a heading of
docs/measures.md, the project's own summary of the office's disclosure measures.

The project writes "§" only for sections of the measures (another text is cited by name, e.g. "Computer Crime
Act s.26"), so every § in a source, template, data or documentation file is taken as a citation, including
bare ones such as the choice labels "(§2.1(2))".
"""

import os
import re
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
MEASURES = ROOT / "docs" / "measures.md"
SUFFIXES = (".py", ".html", ".txt", ".yaml", ".md")
# Folders that hold no project text: installed packages, caches, uploaded and collected files.
SKIPPED_FOLDERS = {"node_modules", "__pycache__", "media", "private-media", "staticfiles"}

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
CITATION = re.compile(r"§\s?([0-9๐-๙]+(?:\.[0-9๐-๙]+)*(?:\([0-9๐-๙]+\))?)")
HEADING = re.compile(r"^#{1,6}\s+§(\S+)\s", re.MULTILINE)


def sections_cited_in(text: str) -> set[str]:
    """The sections a text cites: "seed §2.1(2), §2.2" → {"2.1(2)", "2.2"}; Thai digits read as Arabic."""
    return {match.translate(_THAI_DIGITS) for match in CITATION.findall(text)}


def project_files():
    for folder, subfolders, files in os.walk(ROOT):
        subfolders[:] = [name for name in subfolders if not name.startswith(".") and name not in SKIPPED_FOLDERS]
        for name in files:
            if name.endswith(SUFFIXES):
                yield Path(folder) / name


def citations() -> dict[str, set[str]]:
    """Cited section → the files (relative to the repository) that cite it."""
    cited: dict[str, set[str]] = {}
    for path in project_files():
        for section in sections_cited_in(path.read_text(encoding="utf-8", errors="replace")):
            cited.setdefault(section, set()).add(str(path.relative_to(ROOT)))
    return cited


def anchor_for(section: str) -> str:
    """The id of a section's anchor in docs/measures.md: "2.1(1)" → "s2-1-1"."""
    return "s" + re.sub(r"[.()]+", "-", section).strip("-")


def measures_headings() -> list[str]:
    return HEADING.findall(MEASURES.read_text(encoding="utf-8"))


def test_every_cited_section_has_a_heading_in_the_measures_doc():
    headings = set(measures_headings())
    missing = {section: sorted(files) for section, files in citations().items() if section not in headings}
    assert not missing, f"docs/measures.md has no heading for these sections, cited in: {missing}"


def test_every_section_heading_has_the_anchor_other_pages_link_to():
    lines = MEASURES.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        match = HEADING.match(line + " ")
        if match:
            expected = f'<a id="{anchor_for(match.group(1))}"></a>'
            assert lines[number - 1].strip() == expected, f"line {number + 1} ({line!r}) needs {expected} above it"


def test_citations_are_read_as_the_code_writes_them():
    assert sections_cited_in("(seed §2.1(2), §2.2, §2.3).") == {"2.1(2)", "2.2", "2.3"}
    assert sections_cited_in('"""Seed §3.1: approved pages wait"""') == {"3.1"}
    assert sections_cited_in("the seed's §2.1 table; seed §2, §3") == {"2.1", "2", "3"}
    assert sections_cited_in("(seed §2.1(1)).") == {"2.1(1)"}
    assert sections_cited_in("ตามมาตรการ §๓.๔") == {"3.4"}
    assert sections_cited_in("Computer Crime Act s.26") == set()


def test_citations_are_collected_from_code_and_data_alike():
    cited_in = {file for files in citations().values() for file in files}
    assert "data/taxonomy.yaml" in cited_in
    assert any(file.startswith("governance/") and file.endswith(".py") for file in cited_in)
    assert "sso_site/tests/test_measures_doc.py" in cited_in  # the examples above: the walk reaches the tests too


def test_section_anchors_follow_the_section_number():
    assert anchor_for("1") == "s1"
    assert anchor_for("2.1") == "s2-1"
    assert anchor_for("2.1(2)") == "s2-1-2"
