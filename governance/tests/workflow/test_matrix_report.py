"""The permission matrix as a Wagtail report: pages of categories, a filter by unit, a search, and the CSV and
XLSX downloads from the same view with the command's cells, hostile text written as text."""

import csv
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page

from categories.models import Category
from core.tests.spreadsheets import FORMULA_SAMPLES, csv_rows, xlsx_formula_cells, xlsx_rows
from governance.access.roles import ACCOUNT_ADMINS, EXECUTIVES, SCREENING, SECRETARY_GENERAL
from governance.tests.factories import office_user, unit_user

pytestmark = pytest.mark.django_db

INDEX = "permission_matrix:index"


@pytest.fixture
def reader(client):
    client.force_login(office_user(EXECUTIVES))
    return client


@pytest.fixture
def hostile_titles():
    """Five category pages retitled with text a spreadsheet would run."""
    categories = list(Category.objects.exclude(page=None).order_by("sort_order")[:5])
    for category, text in zip(categories, FORMULA_SAMPLES, strict=True):
        Page.objects.filter(pk=category.page_id).update(title=text)
    return categories


def test_the_csv_holds_the_commands_cells_under_thai_headings(reader):
    out = io.StringIO()
    call_command("permission_matrix", format="csv", stdout=out)
    command_rows = list(csv.reader(io.StringIO(out.getvalue())))
    rows = csv_rows(reader.get(reverse(INDEX), {"export": "csv"}))
    assert rows[0] == ["ตำแหน่งในเว็บไซต์", "ชื่อหน้า", "แก้ไขได้", "เผยแพร่ได้", "ผู้อนุมัติ", "เวิร์กโฟลว์"]
    assert rows[1:] == command_rows[1:]


def test_the_csv_writes_hostile_titles_as_text(reader, hostile_titles):
    titles = [row[1] for row in csv_rows(reader.get(reverse(INDEX), {"export": "csv"}))[1:6]]
    assert titles == list(FORMULA_SAMPLES.values())


def test_the_xlsx_writes_hostile_titles_as_text(reader, hostile_titles):
    response = reader.get(reverse(INDEX), {"export": "xlsx"})
    rows = xlsx_rows(response)
    assert [row[1] for row in rows[1:6]] == list(FORMULA_SAMPLES.values())
    assert len(rows) - 1 == Category.objects.exclude(page=None).count()
    assert xlsx_formula_cells(response) == []


def test_the_screen_shows_the_categories_a_page_of_200_at_a_time(reader):
    response = reader.get(reverse(INDEX))
    categories = Category.objects.exclude(page=None).count()
    assert response.context["paginator"].per_page == 200 and response.context["paginator"].count == categories
    assert len(response.context["object_list"]) == min(categories, 200)


def test_the_unit_filter_keeps_the_categories_that_name_the_unit(reader):
    response = reader.get(reverse(INDEX), {"unit": "กม."})
    keys = {row.key for row in response.context["object_list"]}
    assert "laws/acts" in keys and "news/press-releases" not in keys


def test_the_search_finds_a_category_by_title(reader, category_page):
    title = category_page("laws/acts").title
    response = reader.get(reverse(INDEX), {"q": title})
    assert "laws/acts" in {row.key for row in response.context["object_list"]}


@pytest.mark.parametrize("group", [ACCOUNT_ADMINS, SCREENING, SECRETARY_GENERAL, EXECUTIVES])
def test_each_matrix_reader_group_reads_the_matrix_and_sees_its_menu_item(client, group):
    client.force_login(office_user(group))
    assert client.get(reverse(INDEX)).status_code == 200
    assert reverse(INDEX) in client.get(reverse("wagtailadmin_home")).content.decode()


def test_an_editor_is_sent_back_downloads_nothing_and_sees_no_menu_item(client):
    client.force_login(unit_user("กม.", "editor"))
    for params in ({}, {"export": "csv"}, {"export": "xlsx"}):
        assert client.get(reverse(INDEX), params)["Location"] == reverse("wagtailadmin_home")
    assert reverse(INDEX) not in client.get(reverse("wagtailadmin_home")).content.decode()
