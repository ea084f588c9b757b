"""Accounts issued by สบท. (seed §2.1(1)), the forced first password change, and the auditors' matrix screen."""

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from governance.access.models import Designation, Unit
from governance.access.roles import ACCOUNT_ADMINS, EXECUTIVES, group_name
from governance.tests.factories import office_user, unit_user

pytestmark = pytest.mark.django_db

ISSUE = {
    "username": "somsri",
    "full_name": "นางสาวสมศรี ตัวอย่าง",
    "position": "นิติกรปฏิบัติการ",
    "email": "somsri@sso.example",
    "unit": "กม.",
    "role": "editor",
    "designated_by": "ผอ.กองกฎหมาย",
    "letter_reference": "รง 0601/123",
}


def test_the_it_bureau_issues_an_account_in_the_admin(client, django_user_model):
    admin = office_user(ACCOUNT_ADMINS)
    client.force_login(admin)
    response = client.post(reverse("unit_accounts:issue"), ISSUE)
    assert response.status_code == 200
    user = django_user_model.objects.get(username="somsri")
    assert list(user.groups.values_list("name", flat=True)) == [group_name("กม.", "editor")]
    designation = Designation.objects.get(user=user)
    assert (designation.unit.code, designation.designated_by, designation.letter_reference) == (
        "กม.",
        "ผอ.กองกฎหมาย",
        "รง 0601/123",
    )
    assert designation.created_by == admin
    assert "no-store" in response["Cache-Control"]


def test_an_editor_cannot_issue_accounts(client, django_user_model):
    client.force_login(unit_user("กม.", "editor"))
    client.post(reverse("unit_accounts:issue"), ISSUE)
    assert not django_user_model.objects.filter(username="somsri").exists()


def test_only_the_it_bureau_sees_the_issue_an_account_menu_item(client):
    client.force_login(office_user(ACCOUNT_ADMINS))
    assert reverse("unit_accounts:issue") in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(unit_user("กม.", "director"))
    assert reverse("unit_accounts:issue") not in client.get(reverse("wagtailadmin_home")).content.decode()
    response = client.get(reverse("unit_accounts:issue"))
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def test_a_taken_user_name_is_refused_with_a_thai_message_and_nothing_is_saved(client, django_user_model):
    unit_user("กม.", "editor", username="somsri")
    client.force_login(office_user(ACCOUNT_ADMINS))
    response = client.post(reverse("unit_accounts:issue"), ISSUE)
    assert "ถูกใช้แล้ว" in response.content.decode()
    assert not Designation.objects.filter(user__username="somsri").exists()


def test_an_unknown_unit_is_refused_by_the_command():
    with pytest.raises(CommandError, match="กมม."):
        call_command(
            "create_unit_user",
            "x",
            name="x",
            position="x",
            email="x@sso.example",
            unit="กมม.",
            role="editor",
            designated_by="x",
        )


def test_auditors_read_the_matrix_in_the_admin(client):
    client.force_login(office_user(EXECUTIVES))
    html = client.get(reverse("permission_matrix:index")).content.decode()
    assert "กม. ผู้จัดทำข้อมูล" in html
    csv_response = client.get(reverse("permission_matrix:index"), {"export": "csv"})
    assert "attachment" in csv_response["Content-Disposition"]


def test_an_editor_cannot_read_the_matrix(client):
    client.force_login(unit_user("กม.", "editor"))
    assert "กม. ผู้จัดทำข้อมูล" not in client.get(reverse("permission_matrix:index")).content.decode()


def test_the_it_bureau_can_rename_a_unit_in_the_admin(client):
    client.force_login(office_user(ACCOUNT_ADMINS))
    unit = Unit.objects.get(code="กม.")
    response = client.post(
        reverse("governance_unit_modeladmin_edit", args=(unit.pk,)), {"name_th": "กองกฎหมาย", "director": ""}
    )
    assert response.status_code == 302
    unit.refresh_from_db()
    assert unit.name_th == "กองกฎหมาย"
