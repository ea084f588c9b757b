"""People by name: every account has a profile (Thai full name, position, unit), required when it is issued, and
``display_name`` names the person wherever a user appears."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.urls import reverse

from governance.access.models import Profile, Unit
from governance.access.people import display_name, names, save_profile
from governance.access.roles import ACCOUNT_ADMINS
from governance.tests.factories import UserFactory, office_user

pytestmark = pytest.mark.django_db

ISSUE = {
    "username": "somsri", "full_name": "นางสาวสมศรี ตัวอย่าง", "position": "นิติกรปฏิบัติการ",
    "email": "somsri@sso.example", "unit": "กม.", "role": "editor", "designated_by": "ผอ.กองกฎหมาย",
}  # fmt: skip


def test_issuing_an_account_records_the_persons_name_position_and_unit(client):
    client.force_login(office_user(ACCOUNT_ADMINS))
    client.post(reverse("unit_accounts:issue"), ISSUE)
    profile = Profile.objects.get(user__username="somsri")
    assert (profile.full_name, profile.position, profile.unit.code) == ("นางสาวสมศรี ตัวอย่าง", "นิติกรปฏิบัติการ", "กม.")


def test_an_account_without_a_position_is_not_issued_and_the_form_says_so_in_thai(client, django_user_model):
    client.force_login(office_user(ACCOUNT_ADMINS))
    response = client.post(reverse("unit_accounts:issue"), {**ISSUE, "position": ""})
    assert "จำเป็นต้องกรอกข้อมูลในช่องนี้" in response.content.decode()
    assert not django_user_model.objects.filter(username="somsri").exists()


def test_wagtails_add_user_form_requires_the_position_and_unit(client, django_user_model):
    client.force_login(office_user(ACCOUNT_ADMINS, is_superuser=True))
    data = {"username": "shadow", "email": "s@sso.example", "first_name": "นายสมชาย ใจดี"}
    response = client.post(reverse("wagtailusers_users:add"), data)
    assert response.status_code == 200 and "จำเป็นต้องกรอกข้อมูลในช่องนี้" in response.content.decode()
    assert not django_user_model.objects.filter(username="shadow").exists()


def test_wagtails_add_user_form_saves_the_profile(client):
    client.force_login(office_user(ACCOUNT_ADMINS, is_superuser=True))
    data = {
        "username": "shadow", "email": "s@sso.example", "first_name": "นายสมชาย ใจดี", "position": "นักวิชาการ",
        "unit": "ศสน.",
    }  # fmt: skip
    client.post(reverse("wagtailusers_users:add"), data)
    profile = Profile.objects.get(user__username="shadow")
    assert (profile.full_name, profile.position, profile.unit.code) == ("นายสมชาย ใจดี", "นักวิชาการ", "ศสน.")


def test_wagtails_edit_user_form_shows_the_current_position():
    user = UserFactory()
    save_profile(user, full_name="นายก ข", position="นิติกรชำนาญการ", unit=Unit.objects.get(code="กม."))
    from governance.access.user_admin import AccessUserEditForm

    form = AccessUserEditForm(instance=user)
    assert (form.initial["position"], form.initial["unit"]) == ("นิติกรชำนาญการ", "กม.")


def test_every_new_account_gets_a_profile_from_its_name_or_user_name():
    named = get_user_model().objects.create_user("named", first_name="นางสาวพร ดี")
    bare = get_user_model().objects.create_user("bare")
    assert Profile.objects.get(user=named).full_name == "นางสาวพร ดี"
    assert Profile.objects.get(user=bare).full_name == "bare"


def test_a_name_changed_on_wagtails_account_screen_reaches_the_profile():
    user = UserFactory(first_name="เดิม")
    user.first_name = "นายใหม่ ชื่อจริง"
    user.save()
    assert Profile.objects.get(user=user).full_name == "นายใหม่ ชื่อจริง"


def test_display_name_is_the_thai_full_name_without_a_query(django_assert_num_queries):
    user = UserFactory()
    save_profile(user, full_name="นางสาวสมศรี ตัวอย่าง", position="นิติกร")
    user = get_user_model().objects.get(pk=user.pk)
    with django_assert_num_queries(0):
        assert display_name(user) == "นางสาวสมศรี ตัวอย่าง"


def test_display_name_with_position_adds_the_position_and_unit():
    user = UserFactory()
    save_profile(user, full_name="นางสาวสมศรี ตัวอย่าง", position="นิติกร", unit=Unit.objects.get(code="กม."))
    assert display_name(user, with_position=True) == "นางสาวสมศรี ตัวอย่าง (นิติกร กม.)"


def test_display_name_falls_back_to_the_user_name():
    assert display_name(UserFactory(username="ssn-editor", first_name="")) == "ssn-editor"
    assert display_name(None) == ""


def test_names_lists_people_in_thai():
    people = [UserFactory(first_name=name) for name in ("ค", "ก", "ข", "ง")]
    assert names(people[:2]) == "ก และ ค"
    assert names(people) == "ก, ข, ค และอีก 1 คน"


def test_the_data_migration_gives_existing_accounts_a_profile_falling_back_to_the_user_name():
    user = UserFactory(username="old-account", first_name="")
    Profile.objects.filter(user=user).delete()
    migration = importlib.import_module("governance.migrations.0010_profile")
    migration.profiles_for_existing_users(apps, None)
    assert Profile.objects.get(user=user).full_name == "old-account"
