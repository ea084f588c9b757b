"""A project's history and usage pages in the admin open for those who may see the project (they answered 500
for everyone: the views' ``get_object()`` takes no argument) and stay closed to other units."""

import pytest
from django.urls import reverse

from governance.tests.factories import unit_user
from procurement.tests.factories import ProjectFactory, office_unit

pytestmark = pytest.mark.django_db

PROJECTS_URL = "wagtailsnippets_procurement_procurementproject"


@pytest.mark.parametrize("view", ["history", "usage"])
def test_the_projects_unit_editor_opens_its_history_and_usage(client, view):
    project = ProjectFactory(unit=office_unit("เชียงใหม่"))
    client.force_login(unit_user("สปจ.เชียงใหม่", "editor"))
    response = client.get(reverse(f"{PROJECTS_URL}:{view}", args=[project.pk]))
    assert response.status_code == 200


@pytest.mark.parametrize("view", ["history", "usage"])
def test_a_superuser_opens_a_projects_history_and_usage(admin_client, view):
    project = ProjectFactory(unit=office_unit("เชียงใหม่"))
    response = admin_client.get(reverse(f"{PROJECTS_URL}:{view}", args=[project.pk]))
    assert response.status_code == 200


@pytest.mark.parametrize("view", ["history", "usage"])
def test_another_units_editor_is_refused_a_projects_history_and_usage(client, view):
    project = ProjectFactory(unit=office_unit("เชียงใหม่"))
    client.force_login(unit_user("สปจ.ลำพูน", "editor"))
    response = client.get(reverse(f"{PROJECTS_URL}:{view}", args=[project.pk]))
    assert response.status_code in (302, 403)
