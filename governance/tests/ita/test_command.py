import io
import zipfile

import pytest
from django.core.management import CommandError, call_command


def test_the_command_writes_a_valid_zip_with_every_part(evidence, tmp_path):
    out = tmp_path / "pack.zip"
    stdout = io.StringIO()

    call_command("ita_evidence_pack", "--year", "2569", "--out", str(out), stdout=stdout)

    archive = zipfile.ZipFile(out)
    assert archive.testzip() is None
    assert "00-index.pdf" in archive.namelist()
    assert "EMPTY" not in stdout.getvalue()
    assert not list(tmp_path.glob(".ita-*"))  # no partial file left behind


def test_a_bad_year_is_a_thai_command_error_and_writes_nothing(db, tmp_path):
    out = tmp_path / "pack.zip"

    with pytest.raises(CommandError) as refused:
        call_command("ita_evidence_pack", "--year", "๒๕x๙", "--out", str(out))

    assert "ปีงบประมาณ" in str(refused.value)
    assert not out.exists()
