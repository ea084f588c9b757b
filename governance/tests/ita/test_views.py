import io
import zipfile

import pytest
from django.urls import reverse

from governance.access.roles import EXECUTIVES, SECRETARY_GENERAL, TRAFFIC_AUDITORS
from governance.tests.factories import UserFactory, office_user, unit_user

URL = reverse("ita:index")

ALLOWED = {
    "auditor": lambda: office_user(TRAFFIC_AUDITORS),
    "executive": lambda: office_user(EXECUTIVES),
    "secretary-general": lambda: office_user(SECRETARY_GENERAL),
    "ศสน. editor": lambda: unit_user("ศสน.", "editor"),
    "ศสน. director": lambda: unit_user("ศสน.", "director"),
    "superuser": lambda: UserFactory(is_superuser=True),
}
DENIED = {
    "กม. editor": lambda: unit_user("กม.", "editor"),
    "กม. director": lambda: unit_user("กม.", "director"),
    "กม. checker": lambda: unit_user("กม.", "checker"),
    "account administrator": lambda: office_user("สบท. ผู้ดูแลระบบ"),
}


def _login(client, make):
    user = make()
    client.force_login(user)
    return user


@pytest.mark.parametrize("role", ALLOWED)
def test_the_roles_the_rule_names_open_the_screen(client, db, role):
    _login(client, ALLOWED[role])

    response = client.get(URL)

    assert response.status_code == 200
    assert "ITA" in response.content.decode()


@pytest.mark.parametrize("role", DENIED)
def test_other_roles_are_refused_the_screen_and_the_download(client, db, role):
    _login(client, DENIED[role])

    assert client.get(URL).status_code == 403
    assert client.get(URL, {"year": "2569", "download": "1"}).status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in(client, db):
    response = client.get(URL, {"year": "2569", "download": "1"})

    assert response.status_code == 302
    assert "login" in response["Location"]


def test_the_menu_item_shows_only_to_those_who_may_build_the_pack(client, db):
    _login(client, DENIED["กม. director"])
    assert URL not in client.get(reverse("wagtailadmin_home")).content.decode()

    _login(client, ALLOWED["auditor"])
    assert URL in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_year_screen_lists_each_part_and_its_state(client, evidence, django_assert_max_num_queries):
    _login(client, ALLOWED["auditor"])

    with django_assert_max_num_queries(35):
        response = client.get(URL, {"year": "2569"})

    page = response.content.decode()
    assert response.status_code == 200
    assert "ปีงบประมาณ 2569" in page
    assert "ไม่มีข้อมูล" not in page


def test_the_download_is_a_zip_with_the_index_first(client, evidence):
    _login(client, ALLOWED["ศสน. director"])

    response = client.get(URL, {"year": "2569", "download": "1"})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "ita-evidence-2569.zip" in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert archive.namelist()[0] == "00-index.pdf"
    assert archive.testzip() is None


@pytest.mark.parametrize("typed", ["abc", "3000", "", "2569<script>"])
def test_a_bad_year_gets_a_thai_error_on_the_form_not_a_server_error(client, db, typed):
    _login(client, ALLOWED["auditor"])

    response = client.get(URL, {"year": typed, "download": "1"})

    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    assert "ปีงบประมาณ" in response.content.decode() or "ช่องนี้" in response.content.decode()
