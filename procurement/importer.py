"""Import of procurement notices from a CSV or XLSX file, for offices moving over from the old website.

Every row is checked as the admin's create view would check it (the page's own validation, the user's right
to add a page where the notice belongs, the units the user keeps). The file is all or nothing: rows are saved
inside one transaction as they pass (later rows may refer to projects and notices of earlier ones), and if
any row fails the transaction is rolled back, so the staff fix the file and import it again whole.

Notices are created as drafts with a revision by the importing user; they go live through the approval
workflow like any other page.
"""

from dataclasses import dataclass, field

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import DatabaseError, transaction
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from core.parsing import (
    is_blank,
    parse_date,
    parse_datetime,
    parse_decimal,
    parse_integer,
    parse_month,
    thai_to_arabic_digits,
)
from core.slugs import free_slug, page_slug
from core.table_files import FileRejected, TableFile, trim_cells
from governance.access.models import Unit
from procurement.models import (
    NOTICE_TYPE_BY_KIND,
    ChangeNoticePage,
    Method,
    NoticeKind,
    ProcurementNoticePage,
    ProcurementProject,
    notice_parent,
)
from procurement.permissions import procurement_unit_codes

MAX_FILE_BYTES = 5 * 1024 * 1024
# Each row costs about 50 ms (a page, its revision and its search entry): 500 rows stay within a request's time.
MAX_ROWS = 500

COMMON_COLUMNS = (
    *("kind", "title", "announced_on", "notice_number", "unit"),
    *("fiscal_year", "project_title", "egp_number", "method", "budget"),
)
KIND_COLUMNS = {
    NoticeKind.REFERENCE_PRICE: ("reference_price", "price_set_on"),
    NoticeKind.DRAFT_TOR: ("hearing_starts", "hearing_ends", "comment_channel"),
    NoticeKind.INVITATION: ("bid_submission_starts", "bid_submission_ends", "documents_from"),
    NoticeKind.WINNER: ("winner_name", "winner_tax_id", "agreed_price", "selection_reason"),
    NoticeKind.CHANGE: ("change_type", "amends_notice_number", "what_changed", "reason", "new_bid_submission_ends"),
    NoticeKind.AUCTION: ("auction_at", "place"),
    NoticeKind.CONTRACT: ("contract_number", "contract_date", "contract_value", "vendor_name", "vendor_tax_id"),
    NoticeKind.MONTHLY_SUMMARY: ("summary_month",),
}
COLUMNS = COMMON_COLUMNS + tuple(column for columns in KIND_COLUMNS.values() for column in columns)
REQUIRED_COLUMNS = ("kind", "title", "announced_on", "unit")

TAX_ID_COLUMNS = {"winner_tax_id", "vendor_tax_id"}
PARSERS = {
    **dict.fromkeys(("announced_on", "price_set_on", "hearing_starts", "hearing_ends", "contract_date"), parse_date),
    **dict.fromkeys(
        ("bid_submission_starts", "bid_submission_ends", "new_bid_submission_ends", "auction_at"), parse_datetime
    ),
    **dict.fromkeys(("budget", "reference_price", "agreed_price", "contract_value"), parse_decimal),
    "summary_month": parse_month,
    "fiscal_year": parse_integer,
}
CHOICES = {"kind": NoticeKind.values, "method": Method.values, "change_type": ChangeNoticePage.ChangeType.values}
# Model fields named differently from the file's columns, for error messages.
COLUMN_OF_FIELD = {"amends": "amends_notice_number", "slug": "title", "project": "project_title"}
PROJECT_COLUMN_OF_FIELD = {"title": "project_title"}
_SLUG_LENGTH = 200


class RowError(Exception):
    """A row cannot be imported; ``problems`` are (column, message) pairs."""

    def __init__(self, problems):
        super().__init__(problems)
        self.problems = problems


class _Rollback(Exception):
    pass


@dataclass
class ImportResult:
    """Either ``errors`` (nothing was saved) or the new draft ``pages`` with the pages they were added under."""

    errors: list[str] = field(default_factory=list)
    pages: list = field(default_factory=list)
    parents: list = field(default_factory=list)  # (parent page, number of notices added under it)
    projects_created: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


def import_notices(uploaded, user, after_create=None) -> ImportResult:
    """Import the notices of ``uploaded`` (a Django ``UploadedFile``) as drafts by ``user``; nothing is saved
    unless every row passes. ``after_create(page)`` runs for each new page (the admin view runs Wagtail's
    ``after_create_page`` hooks there)."""
    run = _Run(user, after_create)
    try:
        if not run.allowed_units:
            raise FileRejected(_("Your account may not import procurement notices for any unit"))
        header, rows = read_table(uploaded)
        columns = check_header(header)
        if not rows:
            raise FileRejected(_("The file has column headings but no notices"))
    except FileRejected as exc:
        return ImportResult(errors=[str(exc)])
    try:
        with transaction.atomic():
            for line, cells in rows:
                run.import_row(line, _row_values(columns, cells))
            if run.errors:
                raise _Rollback
    except _Rollback:
        return ImportResult(errors=run.errors)
    return ImportResult(pages=run.pages, parents=list(run.parents.values()), projects_created=run.projects_created)


# Reading the file


def read_table(uploaded):
    """The header cells and the non-blank rows as (row number, cells); the header is row 1."""
    header, rows = None, []
    too_many = FileRejected(_("The file has more than %(rows)s rows. Please split it.") % {"rows": f"{MAX_ROWS:,}"})
    with TableFile(uploaded, max_bytes=MAX_FILE_BYTES, max_unpacked_bytes=_MAX_UNPACKED_BYTES) as table:
        for number, cells in enumerate(table.rows(), 1):
            cells = trim_cells(cells)
            if number == 1:
                header = cells
            elif cells:
                rows.append((number, cells))
            if len(rows) > MAX_ROWS or number > _MAX_RECORDS:
                raise too_many
    if not header:
        raise FileRejected(
            _("The first row of the file must hold the column headings (download the template for an example)")
        )
    return header, rows


# Blank rows are skipped but still read; a sheet of a million formatted empty rows is refused all the same.
_MAX_RECORDS = MAX_ROWS * 10
_MAX_UNPACKED_BYTES = 20 * MAX_FILE_BYTES


def check_header(header) -> dict[int, str]:
    """Column position → column name, for a header of known, distinct names that include the required ones."""
    names = {i: str(cell).strip().lower() for i, cell in enumerate(header) if not is_blank(cell)}
    unknown = [name for name in names.values() if name not in COLUMNS]
    if "kind" not in names.values() or len(unknown) > len(names) / 2:
        raise FileRejected(
            _(
                "The first row of the file must hold the template's column headings (e.g. kind, title, announced_on,"
                " unit); download the template for an example"
            )
        )
    if unknown:
        raise FileRejected(
            _("Unknown columns: %(unknown)s (only these may be used: %(known)s)")
            % {"unknown": ", ".join(unknown), "known": ", ".join(COLUMNS)}
        )
    duplicates = sorted({name for name in names.values() if list(names.values()).count(name) > 1})
    if duplicates:
        raise FileRejected(_("Repeated columns: %(names)s") % {"names": ", ".join(duplicates)})
    missing = [name for name in REQUIRED_COLUMNS if name not in names.values()]
    if missing:
        raise FileRejected(_("Required columns missing: %(names)s") % {"names": ", ".join(missing)})
    return names


def _row_values(columns: dict[int, str], cells: list) -> dict:
    """Cells by column name; a value under a header cell left blank is kept as ``None`` (reported later)."""
    values = dict.fromkeys(columns.values(), "")
    for i, cell in enumerate(cells):
        if i in columns:
            values[columns[i]] = cell
        elif not is_blank(cell):
            values[None] = cell
    return values


# Importing rows


class _Run:
    """One import by one user: what the user may do, lookups made once, and what the rows have added so far."""

    def __init__(self, user, after_create=None):
        self.user = user
        self.after_create = after_create
        self.allowed_units = procurement_unit_codes(user)
        self.errors: list[str] = []
        self.pages: list = []
        self.parents: dict[int, list] = {}
        self.projects_created = 0
        self._units: dict[str, Unit | None] = {}
        self._parent_pages: dict[tuple, object] = {}
        self._can_add: dict[int, bool] = {}

    def import_row(self, line: int, cells: dict):
        try:
            values = parse_row(cells)
            self._import(values)
        except RowError as exc:
            self.errors.extend(
                _("Row %(line)s: %(column)s: %(message)s") % {"line": line, "column": column, "message": message}
                if column
                else _("Row %(line)s: %(message)s") % {"line": line, "message": message}
                for column, message in exc.problems
            )

    def _import(self, values: dict):
        kind = values["kind"]
        model = NOTICE_TYPE_BY_KIND[kind]
        unit = self._unit(values["unit"]) if values["unit"] else None
        project = self._existing_project(values, unit)
        if project is not None:
            if unit is not None and project.unit_id != unit.pk:
                raise RowError(
                    [
                        (
                            "unit",
                            _("This project belongs to %(owner)s, not %(unit)s")
                            % {"owner": project.unit.code, "unit": unit.code},
                        )
                    ]
                )
            unit = project.unit
        if unit is None:
            raise RowError([("unit", _("Give the unit code, e.g. กค. or สปจ.เชียงใหม่"))])
        if unit.code not in self.allowed_units:
            raise RowError([("unit", _("You may not import notices of %(unit)s") % {"unit": unit.code})])
        parent = self._parent(kind, unit)
        if not model.can_create_at(parent):
            raise RowError(
                [("kind", _("A %(kind)s notice cannot go under “%(page)s”") % {"kind": kind, "page": parent.title})]
            )
        if not self._user_can_add(parent):
            raise RowError([("unit", _("You may not add notices under “%(page)s”") % {"page": parent.title})])
        if project is None and (values["project_title"] or values["egp_number"]):
            project = self._new_project(values, unit)
        if project is None and model.needs_project:
            raise RowError([("project_title", _("This kind of notice needs a project (project_title or egp_number)"))])
        page = build_notice(model, values, unit, project, parent, self.user)
        validate_notice(page)
        self._save(page, parent)

    def _unit(self, code: str) -> Unit:
        if code not in self._units:
            self._units[code] = Unit.objects.filter(code=code).first()
        if self._units[code] is None:
            raise RowError([("unit", _("No unit has the code “%(code)s”") % {"code": code})])
        return self._units[code]

    def _existing_project(self, values, unit):
        if values["egp_number"]:
            return ProcurementProject.objects.filter(egp_number=values["egp_number"]).select_related("unit").first()
        if values["project_title"] and unit is not None and values["fiscal_year"]:
            return (
                ProcurementProject.objects.filter(
                    title=values["project_title"], unit=unit, fiscal_year=values["fiscal_year"]
                )
                .order_by("pk")
                .first()
            )
        return None

    def _new_project(self, values, unit):
        project = ProcurementProject(
            title=values["project_title"],
            unit=unit,
            fiscal_year=values["fiscal_year"],
            budget=values["budget"],
            method=values["method"],
            egp_number=values["egp_number"],
        )
        try:
            project.full_clean()
        except ValidationError as exc:
            raise RowError(_problems(exc, PROJECT_COLUMN_OF_FIELD)) from exc
        project.save()
        self.projects_created += 1
        return project

    def _parent(self, kind, unit):
        """A provincial office's notices go on its office page; central units' on the list of the kind."""
        key = (kind, unit.province)
        if key not in self._parent_pages:
            self._parent_pages[key] = notice_parent(unit, kind)
        if self._parent_pages[key] is None:
            if unit.province:
                problem = _("The website has no page for the %(province)s office yet") % {"province": unit.province}
            else:
                problem = _("The website has no page for central %(kind)s notices yet") % {"kind": kind}
            raise RowError([("unit", problem)])
        return self._parent_pages[key]

    def _user_can_add(self, parent) -> bool:
        if parent.pk not in self._can_add:
            self._can_add[parent.pk] = parent.permissions_for_user(self.user).can_add_subpage()
        return self._can_add[parent.pk]

    def _save(self, page, parent):
        try:
            with transaction.atomic():
                parent.add_child(instance=page)
                page.save_revision(user=self.user, log_action=True, clean=False)  # validated above
                if self.after_create is not None:
                    self.after_create(page)
        except ValidationError as exc:
            raise RowError(_problems(exc, COLUMN_OF_FIELD)) from exc
        except DatabaseError as exc:
            raise RowError([("", _("Could not be saved (%(error)s)") % {"error": exc})]) from exc
        self.pages.append(page)
        self.parents.setdefault(parent.pk, [parent, 0])[1] += 1


def parse_row(cells: dict) -> dict:
    """The row's values, typed; raises ``RowError`` with every problem of the row at once."""
    problems = []
    if None in cells:
        problems.append(("", _("There is data in a column without a heading")))
    values = {name: None if name in PARSERS else "" for name in COLUMNS}
    for name, cell in cells.items():
        if name is None:
            continue
        try:
            values[name] = _parse_cell(name, cell)
        except ValidationError as exc:
            problems.extend((name, message) for message in exc.messages)
    for name in ("kind", "title", "announced_on"):
        if name not in dict(problems) and is_blank(values[name]):
            problems.append((name, pgettext("import cell", "required")))
    kind = values["kind"]
    if kind in NOTICE_TYPE_BY_KIND:
        own = set(KIND_COLUMNS.get(kind, ()))
        for name in COLUMNS[len(COMMON_COLUMNS) :]:
            if name not in own and not is_blank(cells.get(name)):
                problems.append(
                    (name, _("This column is not used by %(kind)s notices (leave it empty)") % {"kind": kind})
                )
    if problems:
        raise RowError(problems)
    return values


def _parse_cell(name: str, cell):
    if name in PARSERS:
        return PARSERS[name](cell)
    text = _text(cell)
    if name in CHOICES:
        text = text.lower()
        if text and text not in CHOICES[name]:
            raise ValidationError(
                _("“%(value)s” cannot be used (use one of: %(choices)s)")
                % {"value": text, "choices": ", ".join(CHOICES[name])}
            )
    elif name == "egp_number":
        text = thai_to_arabic_digits(text).replace(" ", "")
    elif name in ("notice_number", "amends_notice_number"):
        text = thai_to_arabic_digits(text)  # so that "๑๒/๒๕๗๐" and "12/2570" name the same notice
    elif name in TAX_ID_COLUMNS:
        text = thai_to_arabic_digits(text).replace("-", "").replace(" ", "")
        if isinstance(cell, int | float) and text.isdigit():
            text = text.zfill(13)  # a spreadsheet cell holding the number loses the leading 0 of a company's ID
    return text


def _text(cell) -> str:
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


# Building the notice page


def build_notice(model, values, unit, project, parent, user):
    page = model(
        owner=user,
        locale=parent.locale,
        live=False,
        title=values["title"],
        announced_on=values["announced_on"],
        notice_number=values["notice_number"],
        unit=unit,
        project=project,
        fiscal_year=project.fiscal_year if project else values["fiscal_year"],
    )
    for column in KIND_COLUMNS.get(model.NOTICE_KIND, ()):
        if column != "amends_notice_number" and values[column] not in ("", None):
            setattr(page, column, values[column])
    if model is ChangeNoticePage and values["amends_notice_number"]:
        page.amends = _amended_notice(values["amends_notice_number"], project)
    page.slug = _free_slug(values["title"], parent)
    return page


def _amended_notice(number, project):
    """The notice of the same project numbered ``number``: saved earlier in this file or already on the site."""
    if project is None:
        raise RowError([("amends_notice_number", _("Give the project of the amended notice"))])
    found = list(ProcurementNoticePage.objects.filter(project=project, notice_number=number)[:2])
    if not found:
        raise RowError(
            [
                (
                    "amends_notice_number",
                    _("No notice numbered “%(number)s” in this project (in earlier rows or on the site)")
                    % {"number": number},
                )
            ]
        )
    if len(found) > 1:
        raise RowError(
            [
                (
                    "amends_notice_number",
                    _("This project has more than one notice numbered “%(number)s”") % {"number": number},
                )
            ]
        )
    return found[0]


def _free_slug(title: str, parent) -> str:
    """A slug made from the title by the site's page-address rule (Thai kept readable), numbered if a sibling
    has it already."""
    return free_slug(page_slug(title, _SLUG_LENGTH), parent, fallback="notice")


def validate_notice(page):
    """The page's own validation; its place in the tree is not set yet, so the tree fields are left out."""
    try:
        page.full_clean(exclude=["path", "depth"])
    except ValidationError as exc:
        raise RowError(_problems(exc, COLUMN_OF_FIELD)) from exc


def _problems(exc: ValidationError, column_of_field: dict) -> list[tuple[str, str]]:
    if not hasattr(exc, "error_dict"):
        return [("", message) for message in exc.messages]
    problems = []
    for name, messages in exc.message_dict.items():
        column = "" if name == NON_FIELD_ERRORS else column_of_field.get(name, name)
        problems.extend((column, message) for message in messages)
    return problems
