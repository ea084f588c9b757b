"""The effective permission matrix, read from the live GroupPagePermission and workflow tables (not from the
taxonomy file), so auditors see what the system actually enforces."""

from dataclasses import dataclass

from django.utils.translation import gettext_noop
from wagtail.models import AbstractGroupApprovalTask, GroupPagePermission, Page

from categories.models import Category
from categories.taxonomy import OWNING_UNIT, split_units
from governance.access.roles import group_name
from governance.access.rules import STAGE_ROLES
from governance.workflow.models import UnitApprovalTask

OWNING_UNIT_LABEL = f"{OWNING_UNIT} ({{role}})"


@dataclass
class MatrixRow:
    key: str
    path: str
    title: str
    edit: list[str]
    publish: list[str]
    approve: list[str]
    workflow: str


def _groups_by_page(codenames):
    rows = GroupPagePermission.objects.filter(permission__codename__in=codenames).values_list(
        "page__path", "group__name"
    )
    by_path: dict[str, set[str]] = {}
    for path, name in rows:
        by_path.setdefault(path, set()).add(name)
    return by_path


def _inherited(by_path, path) -> list[str]:
    """Wagtail page permissions apply to the page and everything below it."""
    steplen = Page.steplen
    names = set()
    for end in range(steplen, len(path) + 1, steplen):
        names |= by_path.get(path[:end], set())
    return sorted(names)


def _task_approvers(task, category) -> list[str]:
    if isinstance(task, AbstractGroupApprovalTask):
        return sorted(task.groups.values_list("name", flat=True))
    if isinstance(task, UnitApprovalTask):
        role, field = STAGE_ROLES[task.stage]
        codes = split_units(getattr(category, field))
        names = [group_name(code, role) for code in codes if code != OWNING_UNIT]
        if OWNING_UNIT in codes:
            names.insert(0, OWNING_UNIT_LABEL.format(role=group_name("", role).strip()))
        return names
    return [str(task)]


def matrix_categories():
    """The categories the matrix has a row for (those with a page), in the taxonomy's order."""
    return Category.objects.exclude(page=None).select_related("page").order_by("sort_order")


def effective_matrix(categories=None) -> list[MatrixRow]:
    """The rows of ``categories`` (default: every row); the admin's report asks for one page of them."""
    editors = _groups_by_page(["add_page", "change_page"])
    publishers = _groups_by_page(["publish_page"])
    rows = []
    for category in matrix_categories() if categories is None else categories:
        page = category.page
        workflow = page.get_workflow()
        approve = []
        if workflow is not None:
            for task in workflow.tasks.filter(active=True).specific():
                approve.extend(name for name in _task_approvers(task, category) if name not in approve)
        rows.append(
            MatrixRow(
                key=category.key,
                path=page.url_path,
                title=page.title,
                edit=_inherited(editors, page.path),
                publish=_inherited(publishers, page.path),
                approve=approve,
                workflow=workflow.name if workflow else "",
            )
        )
    return rows


# English in the command's CSV; the admin's export translates them (gettext_noop keeps them in the catalogue).
CSV_HEADER = [
    gettext_noop("path"),
    gettext_noop("title"),
    gettext_noop("can edit"),
    gettext_noop("can publish"),
    gettext_noop("approves"),
    gettext_noop("workflow"),
]


def row_cells(row: MatrixRow) -> list[str]:
    """The cells of one row, in the order of ``CSV_HEADER`` (the command and the admin's export both write them)."""
    return [row.path, row.title, "; ".join(row.edit), "; ".join(row.publish), "; ".join(row.approve), row.workflow]


def csv_rows(rows):
    for row in rows:
        yield row_cells(row)
