"""The list of procurement projects is Wagtail's snippet index view (one admin style): it pages, filters and
sorts, within the user's units."""

from decimal import Decimal

import pytest
from django.urls import reverse

from governance.tests.factories import unit_user
from procurement.models import ProcurementProject
from procurement.tests.factories import ProjectFactory, office_unit

pytestmark = pytest.mark.django_db

LIST = "wagtailsnippets_procurement_procurementproject:list"


@pytest.fixture
def editor(client):
    client.force_login(unit_user("สปจ.เชียงใหม่", "editor"))
    return client


def _titles(response) -> list[str]:
    return [project.title for project in response.context["object_list"]]


def test_the_list_pages_by_20(editor):
    ProjectFactory.create_batch(25, unit=office_unit("เชียงใหม่"))
    assert len(_titles(editor.get(reverse(LIST)))) == 20
    assert len(_titles(editor.get(reverse(LIST), {"p": "2"}))) == 5


def test_the_list_filters_by_status(editor):
    ProjectFactory(unit=office_unit("เชียงใหม่"), title="วางแผน")
    cancelled = ProjectFactory(unit=office_unit("เชียงใหม่"), title="ยกเลิก")
    ProcurementProject.objects.filter(pk=cancelled.pk).update(status="cancelled")
    assert _titles(editor.get(reverse(LIST), {"status": "cancelled"})) == ["ยกเลิก"]


def test_the_list_sorts_by_budget(editor):
    for title, budget in (("กลาง", "200000"), ("มาก", "900000"), ("น้อย", "1000")):
        ProjectFactory(unit=office_unit("เชียงใหม่"), title=title, budget=Decimal(budget))
    assert _titles(editor.get(reverse(LIST), {"ordering": "-budget"})) == ["มาก", "กลาง", "น้อย"]
