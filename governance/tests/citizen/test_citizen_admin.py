"""Issue 17, through the real admin views: who keeps the hospital list and who changes the online services."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from categories.models import Hospital
from governance.access.roles import DIRECTOR, EDITOR
from governance.tests.factories import unit_user

pytestmark = pytest.mark.django_db

CSV = "ชื่อสถานพยาบาล,จังหวัด,ประกันสังคม\nโรงพยาบาลทดสอบ,ตาก,ใช่\n".encode()


@pytest.mark.parametrize("code", ["สจพ.", "สกท."])
def test_the_units_that_own_the_hospital_finders_keep_the_list(client, code):
    client.force_login(unit_user(code, EDITOR))

    listing = client.get(reverse("wagtailsnippets_categories_hospital:list"))
    imported = client.post(reverse("hospital_import"), {"file": SimpleUploadedFile("h.csv", CSV)})

    assert listing.status_code == 200
    assert imported.status_code == 200
    assert Hospital.objects.filter(name="โรงพยาบาลทดสอบ").exists()


def test_another_units_editor_can_neither_list_nor_import_hospitals(client):
    client.force_login(unit_user("กม.", EDITOR))

    listing = client.get(reverse("wagtailsnippets_categories_hospital:list"))
    imported = client.post(reverse("hospital_import"), {"file": SimpleUploadedFile("h.csv", CSV)})

    assert listing.status_code in (302, 403)
    assert imported.status_code in (302, 403)
    assert not Hospital.objects.exists()


def _services_url(home_page):
    return reverse("wagtailsettings:edit", args=["home", "onlineservices", home_page.get_site().pk])


@pytest.mark.parametrize("role", [EDITOR, DIRECTOR])
def test_the_central_unit_may_change_the_online_services(client, home_page, role):
    client.force_login(unit_user("ศสน.", role))

    assert client.get(_services_url(home_page)).status_code == 200


@pytest.mark.parametrize("code", ["กม.", "สจพ."])
def test_other_units_may_not_change_the_online_services(client, home_page, code):
    client.force_login(unit_user(code, DIRECTOR))

    response = client.get(_services_url(home_page))

    assert response.status_code in (302, 403)
