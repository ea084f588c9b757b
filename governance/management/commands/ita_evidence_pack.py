"""``python manage.py ita_evidence_pack --year 2569 --out pack.zip``: the integrity-assessment evidence pack of a
fiscal year (B.E.), as the admin's Reports → ITA evidence pack downloads it. The file is written in place of
``--out`` only once it is complete."""

import os
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from governance.ita.fiscal import FiscalYearError, parse_fiscal_year
from governance.ita.pack import write_pack


class Command(BaseCommand):
    help = "Write the ITA evidence pack of a fiscal year (Buddhist era, e.g. 2569) to a ZIP file."

    def add_arguments(self, parser):
        parser.add_argument("--year", required=True, help="fiscal year in the Buddhist era, e.g. 2569")
        parser.add_argument("--out", required=True, help="the ZIP file to write")

    def handle(self, *args, year, out, **options):
        with translation.override("th"):
            try:
                fiscal_year = parse_fiscal_year(year)
            except FiscalYearError as error:
                raise CommandError(str(error)) from None
            target = Path(out)
            if not target.parent.is_dir():
                raise CommandError(f"ไม่พบโฟลเดอร์ {target.parent}")
            handle, partial = tempfile.mkstemp(dir=target.parent, prefix=".ita-", suffix=".zip.part")
            try:
                with os.fdopen(handle, "wb") as stream:
                    parts = write_pack(fiscal_year, stream)
                os.chmod(partial, 0o644)  # mkstemp's 0600 would hide the pack from the people it is for
                os.replace(partial, target)
            finally:
                if os.path.exists(partial):
                    os.unlink(partial)
        for number, part in enumerate(parts, start=1):
            state = f"{len(part.files)} files" if part.present else "EMPTY"
            self.stdout.write(f"{number}. {part.key}: {state}")
        missing = [part.key for part in parts if not part.present]
        summary = f"Wrote {target} for fiscal year {fiscal_year.year}"
        self.stdout.write(self.style.SUCCESS(summary) if not missing else f"{summary}; no data: {', '.join(missing)}")
