#!/usr/bin/env python
"""Find Wagtail admin strings missing from Wagtail's Thai catalogues and build
project-level Thai catalogues for them.

Run from the project root with the project's virtualenv:

    make wagtail-th                                              # extract + merge + compile
    .venv/bin/python scripts/wagtail_th/build.py --extract       # only write the .pot templates

Steps:
1. For every Wagtail sub-package locale folder (``wagtail/**/locale/``) and both
   gettext domains (``django`` and ``djangojs``), every entry of the German
   catalogue (complete) is compared with the Thai one.  Entries whose Thai
   msgstr is missing, empty or marked fuzzy (msgfmt drops fuzzy entries, so they
   are not shown either) are written, de-duplicated by (msgctxt, msgid), to
   ``wagtail_missing_th.pot`` (django) and ``wagtail_missing_th_js.pot``
   (djangojs) next to this script.
2. Translations live in ``translations/<domain>_*.po`` next to this script
   (hand-written batch files, same .po syntax).  For each missing entry the
   translation is taken from the batch files, or, if another Wagtail sub-app's
   Thai catalogue already translates the same (msgctxt, msgid), from there
   (for consistency).  The result is written to
   ``sso_site/locale_wagtail/th/LC_MESSAGES/<domain>.po``.
   Entries without a translation are reported (and written with an empty
   msgstr, so Django falls back to English for them).
3. Overrides: ``translations/overrides_<domain>.po`` (same .po syntax) holds
   corrected translations for entries that Wagtail's Thai catalogues DO
   translate, but badly (wrong, colloquial, misspelled or inconsistent with the
   terminology of the batches).  Because Django gives the LOCALE_PATHS
   catalogues precedence over the installed apps' ones, writing these entries
   into the output catalogue replaces Wagtail's Thai.  An override also wins
   over a batch translation or a reused Wagtail translation of a missing entry
   (entries are de-duplicated by (msgctxt, msgid)).  Overrides get the same
   placeholder/HTML check as the batches; overrides for msgids that no Wagtail
   catalogue contains any more are reported and not written.

The output is reproducible: running the script twice gives byte-identical files.

No third-party dependencies: a minimal .po parser is included.
"""

import argparse
import glob
import os
import re
import sys
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))  # scripts/wagtail_th/
BASE_DIR = os.path.dirname(os.path.dirname(HERE))
TRANSLATIONS_DIR = os.path.join(HERE, "translations")
OUT_DIR = os.path.join(BASE_DIR, "sso_site", "locale_wagtail", "th", "LC_MESSAGES")
DOMAINS = {"django": "wagtail_missing_th.pot", "djangojs": "wagtail_missing_th_js.pot"}
# Fixed (not "now") so that re-running the script is reproducible; bump it when
# the translation batches change.
REVISION_DATE = "2026-11-25 19:30+0000"


def find_wagtail_dir():
    try:
        import wagtail  # noqa: F401

        return os.path.dirname(os.path.abspath(wagtail.__file__))
    except ImportError:
        hits = glob.glob(os.path.join(BASE_DIR, ".venv", "lib", "python*", "site-packages", "wagtail"))
        if not hits:
            sys.exit("Cannot find the wagtail package")
        return hits[0]


# --------------------------------------------------------------------------
# Minimal .po parser / writer
# --------------------------------------------------------------------------
class Entry:
    __slots__ = (
        "msgctxt",
        "msgid",
        "msgid_plural",
        "msgstr",
        "msgstr_plural",
        "flags",
        "comments",
        "references",
        "obsolete",
    )

    def __init__(self):
        self.msgctxt = None
        self.msgid = None
        self.msgid_plural = None
        self.msgstr = ""
        self.msgstr_plural = {}
        self.flags = []
        self.comments = []  # extracted comments ("#.")
        self.references = []  # "#:"
        self.obsolete = False

    @property
    def key(self):
        return (self.msgctxt, self.msgid)

    @property
    def fuzzy(self):
        return "fuzzy" in self.flags

    def translated(self):
        if self.fuzzy or self.obsolete:
            return False
        if self.msgid_plural is not None:
            return bool(self.msgstr_plural) and all(v for v in self.msgstr_plural.values())
        return bool(self.msgstr)


def _unquote(s, path, lineno):
    s = s.strip()
    if not (len(s) >= 2 and s[0] == '"' and s[-1] == '"'):
        raise ValueError(f"{path}:{lineno}: expected a quoted string, got {s!r}")
    body = s[1:-1]
    # PO escapes are C escapes; decode them without mangling non-ASCII text.
    out = []
    i = 0
    simple = {
        "n": "\n",
        "t": "\t",
        "r": "\r",
        '"': '"',
        "\\": "\\",
        "a": "\a",
        "b": "\b",
        "f": "\f",
        "v": "\v",
        "'": "'",
        "?": "?",
    }
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            n = body[i + 1]
            if n in simple:
                out.append(simple[n])
                i += 2
                continue
            if n in "01234567":
                m = re.match(r"[0-7]{1,3}", body[i + 1 :])
                out.append(chr(int(m.group(0), 8)))
                i += 1 + len(m.group(0))
                continue
            if n == "x":
                m = re.match(r"[0-9a-fA-F]+", body[i + 2 :])
                out.append(chr(int(m.group(0), 16)))
                i += 2 + len(m.group(0))
                continue
            out.append(n)
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def parse_po(path):
    """Return a list of Entry objects (header entry, msgid "", included first)."""
    entries = []
    cur = Entry()
    field = None  # ("msgid",) ("msgstr", n) ...
    seen_keyword = False

    def flush():
        nonlocal cur, field, seen_keyword
        if cur.msgid is not None:
            entries.append(cur)
        cur = Entry()
        field = None
        seen_keyword = False

    def append(fld, text):
        name = fld[0]
        if name == "msgstr_plural":
            cur.msgstr_plural[fld[1]] = cur.msgstr_plural.get(fld[1], "") + text
        else:
            setattr(cur, name, (getattr(cur, name) or "") + text)

    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            stripped = line.strip()
            if not stripped:
                if seen_keyword:
                    flush()
                continue
            obsolete = False
            if stripped.startswith("#~"):
                obsolete = True
                stripped = stripped[2:].strip()
                if stripped.startswith("|"):  # previous msgid of an obsolete entry
                    continue
                if not stripped:
                    continue
            elif stripped.startswith("#"):
                if seen_keyword:
                    flush()
                if stripped.startswith("#,"):
                    cur.flags.extend(f.strip() for f in stripped[2:].split(",") if f.strip())
                elif stripped.startswith("#."):
                    cur.comments.append(stripped[2:].strip())
                elif stripped.startswith("#:"):
                    cur.references.append(stripped[2:].strip())
                continue
            m = re.match(r"^(msgctxt|msgid_plural|msgid|msgstr\[(\d+)\]|msgstr)\s+(.*)$", stripped)
            if m:
                kw = m.group(1)
                # a new msgctxt/msgid after a msgstr starts a new entry
                if (
                    kw in ("msgctxt", "msgid")
                    and seen_keyword
                    and (cur.msgstr or cur.msgstr_plural or field and field[0] in ("msgstr", "msgstr_plural"))
                ):
                    flush()
                seen_keyword = True
                cur.obsolete = cur.obsolete or obsolete
                if kw.startswith("msgstr["):
                    field = ("msgstr_plural", int(m.group(2)))
                    cur.msgstr_plural.setdefault(field[1], "")
                else:
                    field = (kw,)
                    if getattr(cur, kw) is None or kw == "msgstr":
                        setattr(cur, kw, "")
                append(field, _unquote(m.group(3), path, lineno))
            elif stripped.startswith('"'):
                if field is None:
                    raise ValueError(f"{path}:{lineno}: continuation line outside an entry")
                append(field, _unquote(stripped, path, lineno))
            else:
                raise ValueError(f"{path}:{lineno}: cannot parse {line!r}")
    if seen_keyword:
        flush()
    return entries


def _escape(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")


def _fmt(keyword, value):
    """Format a keyword + string, splitting on embedded newlines like gettext does."""
    if "\n" in value and value.index("\n") != len(value) - 1 or len(value) > 70:
        parts = value.split("\n")
        chunks = [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
        lines = [f'{keyword} ""'] + [f'"{_escape(c)}"' for c in chunks]
        return "\n".join(lines)
    return f'{keyword} "{_escape(value)}"'


def format_entry(e, with_translation=True):
    out = []
    for c in e.comments:
        out.append("#. " + c)
    for r in e.references:
        out.append("#: " + r)
    if e.flags:
        out.append("#, " + ", ".join(e.flags))
    if e.msgctxt is not None:
        out.append(_fmt("msgctxt", e.msgctxt))
    out.append(_fmt("msgid", e.msgid))
    if e.msgid_plural is not None:
        out.append(_fmt("msgid_plural", e.msgid_plural))
        out.append(_fmt("msgstr[0]", e.msgstr_plural.get(0, "") if with_translation else ""))
    else:
        out.append(_fmt("msgstr", e.msgstr if with_translation else ""))
    return "\n".join(out)


def header(kind, domain):
    lines = [
        f"Project-Id-Version: SSO website - Wagtail admin Thai supplement ({domain})",
        "Report-Msgid-Bugs-To: ",
        f"POT-Creation-Date: {REVISION_DATE}",
        "PO-Revision-Date: %s" % (REVISION_DATE if kind == "po" else "YEAR-MO-DA HO:MI+ZONE"),
        "Last-Translator: %s" % ("SSO website team" if kind == "po" else "FULL NAME <EMAIL@ADDRESS>"),
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    if kind == "po":
        lines += ["Language-Team: Thai", "Language: th", "Plural-Forms: nplurals=1; plural=0;"]
    else:
        lines += ["Language: ", "Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;"]
    return lines


GENERATED_NOTE = [
    "Generated by scripts/wagtail_th/build.py - do not edit by hand;",
    "edit scripts/wagtail_th/translations/*.po and re-run the script.",
]


def write_catalogue(path, entries, kind, domain, title, with_translation=True, notes=GENERATED_NOTE):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(f"# {title}\n")
        for note in notes:
            fh.write(f"# {note}\n")
        fh.write('msgid ""\nmsgstr ""\n')
        for h in header(kind, domain):
            fh.write(f'"{_escape(h)}\\n"\n')
        for e in entries:
            fh.write("\n" + format_entry(e, with_translation) + "\n")


# --------------------------------------------------------------------------
# Extraction
# --------------------------------------------------------------------------
def locale_dirs(wagtail_dir):
    dirs = []
    for root, _subdirs, _files in os.walk(wagtail_dir):
        if os.path.basename(root) == "locale" and os.path.isdir(os.path.join(root, "de")):
            dirs.append(root)
    return sorted(dirs)


def index(entries):
    return {e.key: e for e in entries if e.msgid != "" and not e.obsolete}


def extract(wagtail_dir):
    """Return {domain: (missing, thai_anywhere, stats)}.

    ``missing``: OrderedDict key -> Entry (template) of entries some Thai catalogue lacks;
    ``thai_anywhere``: {key: first translated Thai Entry found in any Wagtail app};
    ``stats["known"]``: OrderedDict key -> Entry (template) of every German entry;
    ``stats["thai_values"]``: {key: sorted distinct Thai msgstr[0] values of Wagtail's catalogues}.
    """
    result = {}
    for domain in DOMAINS:
        missing = OrderedDict()
        thai_anywhere = {}
        known = OrderedDict()
        thai_values = {}
        stats = {"de_entries": 0, "apps": 0, "th_entries": 0}
        per_app = []
        for ldir in locale_dirs(wagtail_dir):
            de_path = os.path.join(ldir, "de", "LC_MESSAGES", domain + ".po")
            if not os.path.exists(de_path):
                continue
            th_path = os.path.join(ldir, "th", "LC_MESSAGES", domain + ".po")
            de = index(parse_po(de_path))
            th = index(parse_po(th_path)) if os.path.exists(th_path) else {}
            stats["apps"] += 1
            stats["de_entries"] += len(de)
            for k, e in th.items():
                if e.translated():
                    thai_anywhere.setdefault(k, e)
                    stats["th_entries"] += 1
                    thai_values.setdefault(k, set()).add(_value(e))
            n_missing = 0
            for k, e in de.items():
                if k not in known:
                    known[k] = _template(e, ldir, wagtail_dir)
                te = th.get(k)
                if te is not None and te.translated():
                    continue
                n_missing += 1
                if k in missing:
                    continue
                missing[k] = _template(e, ldir, wagtail_dir)
            per_app.append((os.path.relpath(ldir, os.path.dirname(wagtail_dir)), len(de), n_missing))
        stats["per_app"] = per_app
        stats["known"] = known
        stats["thai_values"] = {k: sorted(v) for k, v in thai_values.items()}
        result[domain] = (missing, thai_anywhere, stats)
    return result


def _template(e, ldir, wagtail_dir):
    """A copy of a (German) entry without translation, referencing its locale folder."""
    new = Entry()
    new.msgctxt, new.msgid, new.msgid_plural = e.msgctxt, e.msgid, e.msgid_plural
    new.flags = [f for f in e.flags if f != "fuzzy"]
    new.comments = list(e.comments)
    new.references = [os.path.relpath(ldir, os.path.dirname(wagtail_dir))]
    return new


def _value(e):
    """The (single, Thai has nplurals=1) translation of an entry."""
    return e.msgstr_plural.get(0, "") if e.msgid_plural is not None else e.msgstr


# --------------------------------------------------------------------------
# Merge
# --------------------------------------------------------------------------
PLACEHOLDER_RE = re.compile(
    r"%\([^)]+\)[#0\- +]*\d*(?:\.\d+)?[sdifr]|%[sdif]|\{[A-Za-z_0-9]*\}|&[a-z]+;|</?[a-zA-Z][^>]*>"
)


def placeholders(s):
    return sorted(PLACEHOLDER_RE.findall(s))


def load_translations(domain):
    trans = {}
    for path in sorted(glob.glob(os.path.join(TRANSLATIONS_DIR, domain + "_*.po"))):
        for e in parse_po(path):
            if e.msgid == "":
                continue
            val = _value(e)
            if val:
                trans[e.key] = val
    return trans


def overrides_path(domain):
    return os.path.join(TRANSLATIONS_DIR, f"overrides_{domain}.po")


def load_overrides(domain):
    """Return (OrderedDict key -> Entry in file order, problems) of ``overrides_<domain>.po``."""
    overrides, problems = OrderedDict(), []
    path = overrides_path(domain)
    if not os.path.exists(path):
        return overrides, problems
    for e in parse_po(path):
        if e.msgid == "" or e.obsolete or e.fuzzy:
            continue
        if not _value(e):
            problems.append((e.key, "empty override msgstr"))
            continue
        prev = overrides.get(e.key)
        if prev is not None and _value(prev) != _value(e):
            problems.append((e.key, f"overridden twice: {_value(prev)!r} / {_value(e)!r}"))
        overrides.setdefault(e.key, e)
    return overrides, problems


def placeholder_ok(template, val):
    """Placeholders/HTML of ``val`` must match the msgid's (or, for plural entries, msgid_plural's)."""
    src_sets = [placeholders(template.msgid)]
    if template.msgid_plural is not None:
        src_sets.append(placeholders(template.msgid_plural))
    return placeholders(val) in src_sets


def _output_entry(template, val, comments=()):
    n = Entry()
    n.msgctxt, n.msgid, n.msgid_plural = template.msgctxt, template.msgid, template.msgid_plural
    n.flags = list(template.flags)
    n.comments = list(comments)
    if template.msgid_plural is not None:
        n.msgstr_plural = {0: val}
    else:
        n.msgstr = val
    return n


def _override_comment(old_values):
    shown = " | ".join(_escape(v) for v in old_values)
    return f"Overrides Wagtail's Thai: {shown}"


def merge(domain, missing, thai_anywhere, known, thai_values):
    """Build the output entries: missing entries (override > batch > Wagtail's Thai elsewhere),
    then overrides of entries Wagtail's Thai already translates, de-duplicated by (msgctxt, msgid)."""
    trans = load_translations(domain)
    overrides, problems = load_overrides(domain)
    out = OrderedDict()
    untranslated, notes = [], []
    counts = {"from_batches": 0, "from_wagtail": 0, "overrides": 0, "overrides_missing": 0}
    for k, e in missing.items():
        comments = []
        if k in overrides:
            val = _value(overrides[k])
            counts["overrides_missing"] += 1
            if overrides[k].msgid_plural != e.msgid_plural:
                problems.append((k, f"msgid_plural differs from Wagtail's: {overrides[k].msgid_plural!r}"))
            if k in thai_values:
                comments.append(_override_comment(thai_values[k]))
            if trans.get(k) and trans[k] != val:
                notes.append(f"override replaces batch translation of {k!r}: {trans[k]!r} -> {val!r}")
        elif trans.get(k):
            val = trans[k]
            counts["from_batches"] += 1
        elif k in thai_anywhere:
            val = _value(thai_anywhere[k])
            counts["from_wagtail"] += 1
        else:
            val = ""
        if not val:
            untranslated.append(k)
        elif not placeholder_ok(e, val):
            problems.append((k, f"placeholder mismatch: {val!r}"))
        out[k] = _output_entry(e, val, comments)
    unknown_overrides = []
    for k, oe in overrides.items():
        if k in out:
            continue
        template = known.get(k)
        if template is None:
            unknown_overrides.append(k)
            continue
        if oe.msgid_plural != template.msgid_plural:
            problems.append((k, f"msgid_plural differs from Wagtail's: {oe.msgid_plural!r}"))
        val = _value(oe)
        if not placeholder_ok(template, val):
            problems.append((k, f"placeholder mismatch: {val!r}"))
        old = thai_values.get(k, [])
        if old == [val]:
            notes.append(f"override of {k!r} is identical to Wagtail's Thai")
        out[k] = _output_entry(template, val, [_override_comment(old)] if old else [])
        counts["overrides"] += 1
    counts["overridden_th"] = sum(1 for k in overrides if k in out and k in thai_values)
    stale = [k for k in trans if k not in missing]
    return list(out.values()), untranslated, problems, counts, stale, unknown_overrides, notes


def compile_mo(po_path):
    """Compile with ``msgfmt --check`` (GNU gettext); returns a non-zero status on failure."""
    import shutil
    import subprocess

    if not shutil.which("msgfmt"):
        print(f"msgfmt not found (apt-get install gettext); .mo not built for {po_path}")
        return 1
    mo_path = po_path[:-3] + ".mo"
    res = subprocess.run(  # noqa: S603 - fixed argument list, no shell
        ["msgfmt", "--check", "--statistics", "-o", mo_path, po_path],  # noqa: S607 - msgfmt from PATH
        capture_output=True,
        text=True,
    )
    print(
        "msgfmt --check {}: {}".format(os.path.relpath(po_path, BASE_DIR), (res.stderr or res.stdout).strip() or "ok")
    )
    return res.returncode


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--extract", action="store_true", help="only write the .pot templates")
    ap.add_argument("--list-untranslated", action="store_true", help="print untranslated msgids")
    ap.add_argument("--no-compile", action="store_true", help="do not run msgfmt to build the .mo files")
    args = ap.parse_args()

    wagtail_dir = find_wagtail_dir()
    import importlib.metadata as md

    try:
        version = md.version("wagtail")
    except Exception:
        version = "?"
    print(f"Wagtail {version} at {wagtail_dir}")
    data = extract(wagtail_dir)
    status = 0
    for domain, pot_name in DOMAINS.items():
        missing, thai_anywhere, stats = data[domain]
        pot_path = os.path.join(HERE, pot_name)
        write_catalogue(
            pot_path,
            list(missing.values()),
            "pot",
            domain,
            f"Wagtail {version} admin strings (domain {domain}) missing from Wagtail's Thai catalogues",
            with_translation=False,
        )
        print(f"\n[{domain}] {stats['apps']} locale folders, {stats['de_entries']} German entries in total")
        for app, n_de, n_miss in stats["per_app"]:
            print(f"    {app:<42} de={n_de:4d}  missing-in-th={n_miss:4d}")
        print(
            f"[{domain}] missing Thai entries (unique by msgctxt+msgid): {len(missing)}"
            f" -> {os.path.relpath(pot_path, BASE_DIR)}"
        )
        if args.extract:
            continue
        out, untranslated, problems, counts, stale, unknown_overrides, notes = merge(
            domain, missing, thai_anywhere, stats["known"], stats["thai_values"]
        )
        po_path = os.path.join(OUT_DIR, domain + ".po")
        write_catalogue(
            po_path,
            out,
            "po",
            domain,
            f"Thai translations of Wagtail {version} admin strings missing upstream, and overrides of"
            f" Wagtail's own Thai (domain {domain})",
        )
        n_missing_done = len(missing) - len(untranslated)
        print(
            f"[{domain}] missing translated: {n_missing_done} ({counts['from_batches']} from translation batches,"
            f" {counts['overrides_missing']} from overrides,"
            f" {counts['from_wagtail']} reused from another Wagtail app's Thai catalogue);"
            f" untranslated: {len(untranslated)}"
        )
        print(
            f"[{domain}] Wagtail's Thai: {stats['th_entries']} translated entries"
            f" ({len(stats['thai_values'])} unique); overridden: {counts['overridden_th']}"
            f" unique entries ({os.path.relpath(overrides_path(domain), BASE_DIR)})"
        )
        print(f"[{domain}] written: {len(out)} entries -> {os.path.relpath(po_path, BASE_DIR)}")
        if stale:
            print(f"[{domain}] note: {len(stale)} batch translations no longer needed (not missing any more)")
        for k in unknown_overrides:
            print(f"[{domain}] note: override not in any Wagtail catalogue (skipped): {k!r}")
        for note in notes:
            print(f"[{domain}] note: {note}")
        for k, msg in problems:
            print(f"[{domain}] PROBLEM: {k!r}: {msg}")
            status = 1
        if not args.no_compile:
            status = compile_mo(po_path) or status
        if args.list_untranslated:
            for k in untranslated:
                print(f"    UNTRANSLATED {k!r}")
    return status


if __name__ == "__main__":
    sys.exit(main())
