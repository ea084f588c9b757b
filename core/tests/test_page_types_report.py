"""Wagtail's "Page types usage" report, served at Wagtail's own address with CSV and XLSX downloads from the same
view, page titles a spreadsheet would run written as text, counts as numbers, and Wagtail's permission kept."""

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.urls import resolve, reverse
from wagtail.models import Page

from core.page_types_report import PageTypesUsageReportView
from core.tests.spreadsheets import FORMULA_SAMPLES, csv_rows, xlsx_formula_cells, xlsx_rows

pytestmark = pytest.mark.django_db

INDEX = "wagtailadmin_reports:page_types_usage"


@pytest.fixture
def hostile_page(home_page):
    """The page edited last, titled with text a spreadsheet would run."""
    page = home_page.add_child(instance=Page(title='=HYPERLINK("http://x")', slug="hostile"))
    page.save_revision()
    return page


def test_wagtails_address_serves_the_report_with_downloads():
    assert resolve(reverse(INDEX)).func.view_class is PageTypesUsageReportView
    assert resolve(reverse("wagtailadmin_reports:page_types_usage_results")).func.view_class is PageTypesUsageReportView


def test_the_screen_offers_both_downloads(admin_client):
    html = admin_client.get(reverse(INDEX)).content.decode()
    assert "export=csv" in html and "export=xlsx" in html


def _plain_pages() -> int:
    return Page.objects.filter(content_type=ContentType.objects.get_for_model(Page)).count()


def test_the_csv_writes_a_hostile_title_as_text_and_counts_pages(admin_client, hostile_page):
    rows = csv_rows(admin_client.get(reverse(INDEX), {"export": "csv"}))
    page_row = next(row for row in rows if row[1] == "wagtailcore.page")
    assert page_row[2] == str(_plain_pages()) and page_row[3] == FORMULA_SAMPLES['=HYPERLINK("http://x")']


def test_the_xlsx_writes_a_hostile_title_as_text_and_counts_as_numbers(admin_client, hostile_page):
    response = admin_client.get(reverse(INDEX), {"export": "xlsx"})
    rows = xlsx_rows(response)
    page_row = next(row for row in rows if row[1] == "wagtailcore.page")
    assert page_row[2] == _plain_pages() and page_row[3] == FORMULA_SAMPLES['=HYPERLINK("http://x")']
    assert all(isinstance(row[2], int) for row in rows[1:])
    assert xlsx_formula_cells(response) == []


def test_a_user_without_page_permissions_gets_no_report_and_no_download(client, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("reader", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    for params in ({}, {"export": "csv"}):
        response = client.get(reverse(INDEX), params)
        assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def test_the_screen_names_each_types_part_of_the_system_not_its_code_name(admin_client, hostile_page):
    html = admin_client.get(reverse(INDEX)).content.decode()
    assert "wagtailcore.page" not in html and "categories.lawpage" not in html
    assert str(apps.get_app_config("categories").verbose_name) in html
