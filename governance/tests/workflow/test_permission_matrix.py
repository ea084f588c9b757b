"""The effective permission matrix, read from the live tables, against the seed's §2.1 table row by row."""

import csv
import io

import pytest
from django.core.management import call_command

from categories.taxonomy import OWNING_UNIT, split_units
from categories.tests.seed_text import normalise, rows_with_categories
from governance.access.roles import group_name, parse_group_name
from governance.workflow.matrix import OWNING_UNIT_LABEL, effective_matrix

pytestmark = pytest.mark.django_db


def _codes(written):
    return split_units(normalise(written))


def test_the_effective_matrix_agrees_with_the_seed_table_for_every_row(taxonomy):
    matrix = {row.key: row for row in effective_matrix()}
    checked = 0
    for title, units, node in rows_with_categories(taxonomy):
        if units is None:
            continue
        row = matrix[node.key]
        data, publishing, checking = (_codes(cell) for cell in units)
        named = set(data) | set(publishing) | set(checking)
        for code in data:
            if code != OWNING_UNIT:
                assert group_name(code, "editor") in row.edit, (title, code)
                assert group_name(code, "director") in row.approve, (title, code)
        for code in publishing:
            if code != OWNING_UNIT:
                assert group_name(code, "director") in row.publish, (title, code)
        if not set(checking) <= set(data):
            for code in checking:
                assert group_name(code, "checker") in row.approve, (title, code)
        if OWNING_UNIT in data:
            assert OWNING_UNIT_LABEL.format(role="ผู้อำนวยการ") in row.approve, title
        else:
            units_that_can_edit = {parse_group_name(name)[0] for name in row.edit}
            assert units_that_can_edit <= named, (title, units_that_can_edit - named)
            units_that_can_publish = {parse_group_name(name)[0] for name in row.publish}
            assert units_that_can_publish == set(publishing), title
        checked += 1
    assert checked >= 100


def test_the_command_prints_one_csv_row_per_category(taxonomy):
    out = io.StringIO()
    call_command("permission_matrix", format="csv", stdout=out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == ["path", "title", "can edit", "can publish", "approves", "workflow"]
    assert len(rows) - 1 == len(list(taxonomy.walk()))
    law = next(r for r in rows if r[0].endswith("/laws/acts/"))
    assert "กม. ผู้จัดทำข้อมูล" in law[2] and "กม. ผู้อำนวยการ" in law[3]


def test_wagtails_default_groups_no_longer_reach_the_tree():
    from wagtail.models import GroupPagePermission

    assert not GroupPagePermission.objects.filter(group__name__in=("Editors", "Moderators")).exists()
