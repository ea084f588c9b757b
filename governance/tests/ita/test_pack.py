import io
import unicodedata
import zipfile

from pypdf import PdfReader

from governance.ita.pack import INDEX_NAME, write_pack
from governance.ita.parts import gather_parts
from governance.tests.ita.conftest import YEAR

PART_KEYS = ["measures", "matrix", "requests", "sla", "periodic", "summaries", "issues", "seals"]


def _pack(year=YEAR) -> tuple[zipfile.ZipFile, list]:
    out = io.BytesIO()
    parts = write_pack(year, out)
    out.seek(0)
    return zipfile.ZipFile(out), parts


def _index_text(archive: zipfile.ZipFile) -> str:
    reader = PdfReader(io.BytesIO(archive.read(INDEX_NAME)))
    return _compact("".join(page.extract_text() for page in reader.pages))


def _compact(text: str) -> str:
    """Text as a PDF's extracted text can be compared: no spaces or line breaks, and sara am (ำ) without its
    nikhahit, which the font draws as a separate mark that extraction drops."""
    return unicodedata.normalize("NFKD", text).replace("\u0e4d", "").replace(" ", "").replace("\n", "")


def test_every_part_of_the_fiscal_year_is_present_with_its_files(evidence):
    archive, parts = _pack()

    assert [part.key for part in parts] == PART_KEYS
    assert all(part.present for part in parts), [part.key for part in parts if not part.present]
    names = set(archive.namelist())
    assert {file.name for part in parts for file in part.files} | {INDEX_NAME} == names
    assert f"03-requests/request-{evidence['request'].pk}.pdf" in names
    assert archive.read("01-measures/signed-1.pdf").startswith(b"%PDF")
    assert archive.testzip() is None


def test_the_index_pdf_names_every_part_and_links_its_files(evidence):
    archive, parts = _pack()

    text = _index_text(archive)
    for part in parts:
        assert _compact(part.title) in text, part.key
    links = {
        annotation.get_object()["/A"].get("/URI")
        for page in PdfReader(io.BytesIO(archive.read(INDEX_NAME))).pages
        for annotation in page.get("/Annots") or []
    }
    for part in parts:
        for packed in part.files:
            assert any(link and link.endswith(packed.name) for link in links), packed.name


def test_a_year_without_data_says_so_in_thai_for_each_part(db):
    from governance.ita.fiscal import FiscalYear

    archive, parts = _pack(FiscalYear(2550))

    empty = [part for part in parts if not part.present]
    assert {part.key for part in empty} >= {"requests", "sla", "periodic", "summaries", "issues", "seals"}
    text = _index_text(archive)
    for part in empty:
        assert _compact(part.empty) in text, part.key
    assert "ไม่มีข้อมูล" in text


def test_records_outside_the_fiscal_year_stay_out(evidence):
    from governance.ita.fiscal import FiscalYear

    parts = {part.key: part for part in gather_parts(FiscalYear(2568))}

    for key in ("requests", "sla", "periodic", "summaries", "seals"):
        assert not parts[key].present, key


def test_the_acknowledgement_is_named_in_the_index(evidence):
    parts = {part.key: part for part in gather_parts(YEAR)}

    assert any("สมชาย ใจดี" in note for note in parts["periodic"].notes)
