"""The password policy through the admin's own account page (issue 14): 12 characters at least, the common,
similarity and numeric validators in Thai, the one-time password never chosen again, and no last name asked of
an issued account."""

import pytest
from django.urls import reverse

from governance.access.models import Designation, Unit
from governance.tests.factories import unit_user

pytestmark = pytest.mark.django_db

ONE_TIME = "ot-Kq7vLx93TzPw"


def change_password(client, user, new, old="pw", **name):
    """Post Wagtail's account page as its form does: every panel, with the password panel filled in."""
    client.force_login(user)
    data = {
        "name_email-first_name": user.first_name,
        "name_email-last_name": user.last_name,
        "name_email-email": user.email,
        "theme-theme": "system",
        "theme-contrast": "system",
        "theme-density": "default",
        "password-old_password": old,
        "password-new_password1": new,
        "password-new_password2": new,
        **name,
    }
    return client.post(reverse("wagtailadmin_account"), data)


def password_changed(user, new) -> bool:
    user.refresh_from_db()
    return user.check_password(new)


def named_editor():
    return unit_user("กม.", "editor", last_name="ใจดี")


def test_an_eight_character_password_is_refused_in_thai(client):
    user = named_editor()
    response = change_password(client, user, "Aa1aaaaa")
    assert not password_changed(user, "Aa1aaaaa")
    assert "รหัสผ่านสั้นเกินไป" in response.content.decode()


def test_a_twelve_character_passphrase_is_accepted(client):
    user = named_editor()
    response = change_password(client, user, "ช้างเผือก-ริมน้ำ-2569")
    assert response.status_code == 302
    assert password_changed(user, "ช้างเผือก-ริมน้ำ-2569")


def test_a_common_password_is_refused_in_thai(client):
    user = named_editor()
    response = change_password(client, user, "password1234")
    assert not password_changed(user, "password1234")
    assert "ใช้กันทั่วไป" in response.content.decode()


def test_a_password_made_of_digits_is_refused_in_thai(client):
    user = named_editor()
    response = change_password(client, user, "740392618573")
    assert not password_changed(user, "740392618573")
    assert "ตัวเลขล้วน" in response.content.decode()


def test_a_password_close_to_the_user_name_is_refused_in_thai(client):
    user = unit_user("กม.", "editor", username="somsri.kanchana", last_name="ใจดี")
    response = change_password(client, user, "somsri.kanchana1")
    assert not password_changed(user, "somsri.kanchana1")
    assert "ใกล้เคียง" in response.content.decode()


def issued_with_one_time_password():
    """An account issued the old way: a one-time password whose hash the designation keeps."""
    user = unit_user("กม.", "editor", last_name="ใจดี")
    user.set_password(ONE_TIME)
    user.save()
    Designation.objects.create(
        user=user, unit=Unit.objects.get(code="กม."), role="editor", designated_by="ผอ.กม.",
        initial_password_hash=user.password,
    )  # fmt: skip
    return user


def test_the_one_time_password_cannot_become_the_chosen_password(client):
    user = issued_with_one_time_password()
    hash_before = user.password
    response = change_password(client, user, ONE_TIME, old=ONE_TIME)
    user.refresh_from_db()
    assert user.password == hash_before
    assert "รหัสผ่านชั่วคราว" in response.content.decode()
    # …so the admin still sends the user to their account page.
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_account")


def test_an_account_with_a_one_time_password_is_sent_to_its_account_page_until_it_changes_it(client):
    user = issued_with_one_time_password()
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_account")
    change_password(client, user, "ช้างเผือก-ริมน้ำ-2569", old=ONE_TIME)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_the_first_password_change_does_not_demand_a_last_name(client):
    user = issued_with_one_time_password()
    user.last_name = ""
    user.save()
    response = change_password(client, user, "ช้างเผือก-ริมน้ำ-2569", old=ONE_TIME)
    assert response.status_code == 302
    assert password_changed(user, "ช้างเผือก-ริมน้ำ-2569")
