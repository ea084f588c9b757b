"""The list of 3- and 6-month reports as a Wagtail index view: filters by length and status, sorting by period,
the form that opens the latest period's draft for those who prepare reports, and the menu item for ศสน. only."""

import datetime

import pytest
from django.urls import reverse

from governance.periodic_reports.models import PeriodicReport
from governance.tests.factories import unit_user

pytestmark = pytest.mark.django_db

INDEX = "periodic_reports:index"


@pytest.fixture
def reports():
    made = [
        PeriodicReport(months=3, period_start=datetime.date(2025, 1, 1), period_end=datetime.date(2025, 3, 31)),
        PeriodicReport(months=3, period_start=datetime.date(2025, 4, 1), period_end=datetime.date(2025, 6, 30)),
        PeriodicReport(
            months=6, period_start=datetime.date(2025, 1, 1), period_end=datetime.date(2025, 6, 30), status="submitted"
        ),
    ]
    return PeriodicReport.objects.bulk_create(made)


def _starts(response) -> list[tuple[int, datetime.date]]:
    return [(report.months, report.period_start) for report in response.context["object_list"]]


@pytest.fixture
def staff(client):
    client.force_login(unit_user("ศสน.", "checker"))
    return client


def test_the_latest_period_comes_first(staff, reports):
    assert _starts(staff.get(reverse(INDEX)))[0] == (3, datetime.date(2025, 4, 1))


def test_the_list_sorts_by_period_on_request(staff, reports):
    assert _starts(staff.get(reverse(INDEX), {"ordering": "period_start"}))[0][1] == datetime.date(2025, 1, 1)


def test_the_filters_choose_the_length_and_the_status(staff, reports):
    assert _starts(staff.get(reverse(INDEX), {"months": "6"})) == [(6, datetime.date(2025, 1, 1))]
    assert _starts(staff.get(reverse(INDEX), {"status": "submitted"})) == [(6, datetime.date(2025, 1, 1))]


def test_staff_see_the_form_that_opens_the_latest_draft_and_the_menu_item(staff):
    html = staff.get(reverse(INDEX)).content.decode()
    assert f'action="{reverse("periodic_reports:add")}"' in html
    assert reverse(INDEX) in staff.get(reverse("wagtailadmin_home")).content.decode()


def test_others_see_no_menu_item_and_get_a_plain_403_on_the_list(client):
    client.force_login(unit_user("กม.", "director"))
    assert client.get(reverse("periodic_reports:results")).status_code == 403
    assert reverse(INDEX) not in client.get(reverse("wagtailadmin_home")).content.decode()
