"""The project's Thai catalogue (docs/language.md): every string the code marks for translation has its Thai, the
catalogue holds no string the code no longer uses, and the compiled .mo that Django reads is the .po."""

import gettext
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils.translation import trans_real

LC_MESSAGES = settings.BASE_DIR / "sso_site" / "locale" / "th" / "LC_MESSAGES"
PO = LC_MESSAGES / "django.po"
MO = LC_MESSAGES / "django.mo"

# The project's catalogue is read before Wagtail's and Django's, so a msgid they share is translated the project's
# way in their screens too. These few differ on purpose (or wait for the screen that uses them to change);
# any other shared msgid needs a context (pgettext / {% translate ... context ... %}).
SHARED_ON_PURPOSE = {
    (None, "title"),  # the permission matrix's column ("ชื่อหน้า"); also relabels Wagtail's own "title" fields
    (None, "Approve with comment"),  # the project's workflow action, worded as the measures word it
}

GETTEXT_TOOLS = ("xgettext", "msguniq", "msgmerge", "msgattrib")
needs_gettext = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in GETTEXT_TOOLS), reason="GNU gettext is missing (make gettext)"
)


def messages(catalogue):
    """The (context, message, plural) of each live entry: what the code asks the catalogue for."""
    return {(e.msgctxt, e.msgid, e.msgid_plural) for e in catalogue if e.msgid and not e.obsolete}


def test_every_message_of_the_catalogue_has_a_thai_translation():
    untranslated = [e.msgid for e in polib.pofile(str(PO)) if not e.obsolete and not e.translated()]
    assert untranslated == [], f"fill the Thai msgstr (and drop the fuzzy flag) of these in {PO.name}"


def copy_of_the_sources(target):
    """The files makemessages reads (Python, templates and text), without the locale folders: makemessages writes
    beside each template while it works and into any folder named "locale" it finds, so it runs on a copy."""

    def skipped(folder, names):
        return [
            name
            for name in names
            if name.startswith(".")
            or name in ("locale", "locale_wagtail", "node_modules", "media", "__pycache__")
            or (Path(folder, name).is_file() and Path(name).suffix not in (".py", ".html", ".txt"))
        ]

    shutil.copytree(settings.BASE_DIR, target, ignore=skipped)


@needs_gettext
def test_the_catalogue_holds_every_string_the_code_marks_and_no_other(tmp_path, settings, monkeypatch):
    copy_of_the_sources(tmp_path / "sources")
    settings.LOCALE_PATHS = [str(tmp_path / "locale")]
    monkeypatch.chdir(tmp_path / "sources")
    call_command("makemessages", locale=["th"], verbosity=0)
    in_code = messages(polib.pofile(str(tmp_path / "locale" / "th" / "LC_MESSAGES" / "django.po")))
    in_catalogue = messages(polib.pofile(str(PO)))
    assert sorted(in_code - in_catalogue, key=str) == [], "run `make messages` and translate the new strings"
    assert sorted(in_catalogue - in_code, key=str) == [], "run `make messages`: these are no longer used"


def translations(mo_path):
    """What Django reads from a compiled catalogue, less its header (msgfmt leaves out the .po's dates)."""
    with mo_path.open("rb") as mo:
        catalogue = gettext.GNUTranslations(mo)._catalog
    return {key: text for key, text in catalogue.items() if key != ""}


def test_the_compiled_catalogue_is_the_po(tmp_path):
    compiled = tmp_path / "django.mo"
    polib.pofile(str(PO)).save_as_mofile(str(compiled))
    assert translations(MO) == translations(compiled), "run `make messages` so that django.mo matches django.po"


def test_no_message_changes_the_thai_of_wagtail_or_django_unless_on_purpose(settings):
    catalogue = polib.pofile(str(PO))
    settings.LOCALE_PATHS = [str(settings.PROJECT_DIR / "locale_wagtail")]  # everything but the project's own
    theirs = trans_real.translation("th")
    changed = []
    for entry in catalogue:
        if not entry.msgid or entry.obsolete or (entry.msgctxt, entry.msgid) in SHARED_ON_PURPOSE:
            continue
        if entry.msgid_plural:
            ours = entry.msgstr_plural.get(0)
            their = theirs.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, 1) if entry.msgctxt else None
            their = their or theirs.ngettext(entry.msgid, entry.msgid_plural, 1)
        else:
            ours = entry.msgstr
            their = theirs.pgettext(entry.msgctxt, entry.msgid) if entry.msgctxt else theirs.gettext(entry.msgid)
        if their not in (entry.msgid, ours):
            changed.append((entry.msgctxt, entry.msgid, their, ours))
    assert changed == [], "give these msgids a context, or translate them as Wagtail/Django do"
