"""The second factor through the real views: who must have one, enrolment with a QR code drawn here, the code
after the password, throttling of wrong codes, backup codes, and the reset by another administrator."""

import re
from base64 import b32decode

import pytest
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from governance.access.roles import (
    ACCOUNT_ADMINS,
    EXECUTIVES,
    OFFICE_WIDE_GROUPS,
    SCREENING,
    SECRETARY_GENERAL,
    TRAFFIC_AUDITORS,
)
from governance.signin import audit
from governance.signin.policy import second_factor_required
from governance.tests.factories import UserFactory, office_user, unit_user
from governance.tests.signin.helpers import app_code, authenticator, enter_code, sign_in, sign_in_with_code

pytestmark = pytest.mark.django_db

ADMIN_PAGES = ["/admin/", "/admin/pages/", "/admin/account/", "/admin/reports/site-history/", "/admin/documents/"]


# Who must.


def test_an_account_administrator_cannot_reset_a_superusers_second_factor(client, account_admin):
    root = office_user(ACCOUNT_ADMINS, is_superuser=True)
    authenticator(root)
    client.force_login(account_admin)
    client.post(reverse("second_factor_reset:reset", args=[root.pk]))
    assert TOTPDevice.objects.filter(user=root).exists()
    assert not ModelLogEntry.objects.filter(action=audit.RESET).exists()


@pytest.mark.parametrize(
    "make_user",
    [
        pytest.param(lambda: unit_user("กม.", "director"), id="a unit's director"),
        pytest.param(lambda: unit_user("กม.", "checker"), id="a unit's checker"),
        pytest.param(lambda: unit_user("ศสน.", "editor"), id="an editor of ศสน."),
        pytest.param(lambda: unit_user("สบท.", "editor"), id="an editor of สบท."),
        *[pytest.param(lambda g=group: office_user(g), id=group) for group in OFFICE_WIDE_GROUPS],
        pytest.param(lambda: UserFactory(is_superuser=True), id="a superuser"),
    ],
)
def test_accounts_that_approve_publish_issue_accounts_or_read_the_traffic_log_must_have_a_second_factor(make_user):
    assert second_factor_required(make_user())


def test_an_ordinary_units_editor_need_not_have_one():
    assert not second_factor_required(unit_user("กม.", "editor"))


def test_a_setting_makes_every_account_have_one(settings):
    settings.SSO_OTP_REQUIRED_FOR_ALL = True
    assert second_factor_required(unit_user("กม.", "editor"))


def test_the_office_groups_named_in_the_brief_are_all_covered():
    for group in (ACCOUNT_ADMINS, SCREENING, SECRETARY_GENERAL, EXECUTIVES, TRAFFIC_AUDITORS):
        assert second_factor_required(office_user(group)), group


def test_a_group_given_publish_rights_by_hand_is_covered_without_a_code_change():
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission, Page

    group = Group.objects.create(name="กลุ่มพิเศษ")
    GroupPagePermission.objects.create(
        group=group, page=Page.objects.get(depth=2), permission=Permission.objects.get(codename="publish_page")
    )
    assert second_factor_required(UserFactory(groups=["กลุ่มพิเศษ"]))


# Enforcement in the admin.


@pytest.mark.parametrize("url", ADMIN_PAGES)
def test_a_director_without_a_second_factor_reaches_no_admin_page_but_enrolment(client, otp_on, url):
    director = unit_user("กม.", "director")
    sign_in(client, director)
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("signin:enrol"))
    assert client.get(response.url).status_code == 200


def test_the_sign_in_screens_and_logout_stay_reachable_before_the_second_factor(client, otp_on):
    sign_in(client, unit_user("กม.", "director"))
    assert client.get(reverse("signin:enrol")).status_code == 200
    assert client.get("/admin/jsi18n/").status_code == 200
    assert client.get(reverse("wagtailadmin_logout")).status_code == 200


def test_a_user_with_a_device_must_enter_a_code_after_the_password(client, otp_on):
    editor = unit_user("กม.", "editor")
    authenticator(editor)
    response = sign_in(client, editor)
    assert response.status_code == 302
    response = client.get(response.url)
    assert response.status_code == 302 and response.url.startswith(reverse("signin:verify"))
    assert client.get("/admin/pages/").url.startswith(reverse("signin:verify"))


def test_an_editor_without_a_device_uses_the_admin_with_the_password_alone(client, otp_on):
    sign_in(client, unit_user("กม.", "editor"))
    assert client.get("/admin/").status_code == 200


def test_the_setting_sends_editors_to_enrol_too(client, otp_on):
    otp_on.SSO_OTP_REQUIRED_FOR_ALL = True
    sign_in(client, unit_user("กม.", "editor"))
    assert client.get("/admin/").url.startswith(reverse("signin:enrol"))


def test_the_right_code_opens_the_admin_and_a_new_session_key(client, otp_on):
    editor = unit_user("กม.", "editor")
    device = authenticator(editor)
    sign_in(client, editor)
    key_after_password = client.session.session_key
    response = enter_code(client, app_code(device.bin_key), "/admin/pages/")
    assert response.status_code == 302 and response.url == "/admin/pages/"
    assert client.get("/admin/").status_code == 200
    assert client.session.session_key != key_after_password


def test_a_wrong_code_is_refused_in_thai(client, otp_on):
    editor = unit_user("กม.", "editor")
    device = authenticator(editor)
    sign_in(client, editor)
    wrong = f"{(int(app_code(device.bin_key)) + 1) % 1000000:06d}"
    response = enter_code(client, wrong)
    assert response.status_code == 200
    assert "รหัสไม่ถูกต้อง" in response.content.decode()
    assert client.get("/admin/").url.startswith(reverse("signin:verify"))


def test_after_a_wrong_code_even_the_right_one_waits(client, otp_on):
    """django-otp's throttling is on: each wrong code doubles the wait before the next is checked."""
    editor = unit_user("กม.", "editor")
    device = authenticator(editor)
    sign_in(client, editor)
    enter_code(client, "000000" if app_code(device.bin_key) != "000000" else "111111")
    response = enter_code(client, app_code(device.bin_key))
    assert response.status_code == 200
    assert "ผิดหลายครั้ง" in response.content.decode()
    device.refresh_from_db()
    assert device.throttling_failure_count == 1


def test_a_code_is_not_accepted_twice(client, otp_on):
    editor = unit_user("กม.", "editor")
    device = authenticator(editor)
    code = app_code(device.bin_key)
    sign_in(client, editor)
    enter_code(client, code)
    other = client.__class__()
    sign_in(other, editor)
    assert enter_code(other, code).status_code == 200  # refused: the page again
    assert other.get("/admin/").url.startswith(reverse("signin:verify"))


# Enrolment.


def _enrol(client):
    """Scan the page's key as an app would and confirm it; returns (enrolment page, confirmation page)."""
    page = client.get(reverse("signin:enrol"))
    secret = re.search(r'class="sso-secret">([A-Z2-7 ]+)<', page.content.decode()).group(1).replace(" ", "")
    key = b32decode(secret + "=" * (-len(secret) % 8))
    confirmation = client.post(reverse("signin:enrol"), {"code": app_code(key), "next": "/admin/"})
    return page, confirmation, key


def test_enrolment_draws_the_qr_code_in_the_page_and_loads_nothing_from_elsewhere(client, otp_on):
    sign_in(client, unit_user("กม.", "director"))
    html = client.get(reverse("signin:enrol")).content.decode()
    assert "<svg" in html and "<path" in html
    assert "ตั้งค่าการยืนยันตัวตนสองขั้นตอน" in html
    assert "otpauth://" not in html  # the key travels in the drawing, not in a link or an image request
    assert not re.search(r'<img[^>]+src="https?://', html)


def test_enrolment_confirms_the_app_and_shows_ten_backup_codes_once(client, otp_on):
    director = unit_user("กม.", "director")
    sign_in(client, director)
    _, confirmation, _ = _enrol(client)
    html = confirmation.content.decode()
    codes = re.findall(r"<li><code>([A-Z2-7]+)</code></li>", html)
    assert len(codes) == 10
    assert "no-store" in confirmation["Cache-Control"]
    assert TOTPDevice.objects.get(user=director).confirmed
    assert StaticToken.objects.filter(device__user=director).count() == 10
    assert client.get("/admin/").status_code == 200  # verified by the enrolment itself
    assert not any(code in client.get(reverse("signin:enrol"), follow=True).content.decode() for code in codes)
    assert ModelLogEntry.objects.filter(action=audit.ENROLLED, object_id=str(director.pk)).exists()


def test_a_backup_code_works_once(client, otp_on):
    director = unit_user("กม.", "director")
    sign_in(client, director)
    _, confirmation, _ = _enrol(client)
    code = re.findall(r"<li><code>([A-Z2-7]+)</code></li>", confirmation.content.decode())[0]
    for attempt in (1, 2):
        fresh = client.__class__()
        sign_in(fresh, director)
        response = enter_code(fresh, code.lower() if attempt == 1 else code)
        if attempt == 1:
            assert response.status_code == 302 and fresh.get("/admin/").status_code == 200
        else:
            assert response.status_code == 200
    assert StaticToken.objects.filter(device__user=director).count() == 9


def test_an_enrolled_user_cannot_enrol_a_second_app_without_the_first(client, otp_on):
    director = unit_user("กม.", "director")
    authenticator(director)
    sign_in(client, director)
    assert client.get(reverse("signin:enrol")).url.startswith(reverse("signin:verify"))
    assert TOTPDevice.objects.filter(user=director).count() == 1


def test_new_backup_codes_need_a_verified_session(client, otp_on):
    editor = unit_user("กม.", "editor")
    authenticator(editor)
    sign_in(client, editor)
    response = client.post(reverse("signin:backup_codes"))
    assert response.status_code == 302 and response.url.startswith(reverse("signin:verify"))
    assert not StaticToken.objects.filter(device__user=editor).exists()


def test_an_account_with_a_one_time_password_enrols_first_then_sets_its_password_without_a_loop(client, otp_on):
    """Accounts issued before the one-time link carry a one-time password they must change: the second factor
    comes first, then the account page, and neither sends the user back to the other."""
    from governance.access.models import Designation, Unit

    user = unit_user("กม.", "director")
    user.set_password("one-time-Password-2569")
    user.save()
    Designation.objects.create(
        user=user, unit=Unit.objects.get(code="กม."), role="director", designated_by="ผอ.",
        initial_password_hash=user.password,
    )  # fmt: skip
    sign_in(client, user, password="one-time-Password-2569")
    assert client.get("/admin/").url.startswith(reverse("signin:enrol"))
    _enrol(client)
    assert client.get("/admin/").url == reverse("wagtailadmin_account")
    assert client.get(reverse("wagtailadmin_account")).status_code == 200


# Reset by another administrator.


@pytest.fixture
def account_admin():
    return office_user(ACCOUNT_ADMINS)


def test_an_account_administrator_resets_another_users_second_factor_and_it_is_logged(client, account_admin):
    director = unit_user("กม.", "director")
    authenticator(director)
    client.force_login(account_admin)
    assert director.username in client.get(reverse("second_factor_reset:index")).content.decode()
    response = client.post(reverse("second_factor_reset:reset", args=[director.pk]))
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=director).exists()
    entry = ModelLogEntry.objects.get(action=audit.RESET, object_id=str(director.pk))
    assert entry.user_id == account_admin.pk
    assert entry.data["devices_removed"] == 1


def test_after_a_reset_the_user_enrols_again(client, otp_on, account_admin):
    director = unit_user("กม.", "director")
    authenticator(director)
    sign_in_with_code(client, account_admin)
    client.post(reverse("second_factor_reset:reset", args=[director.pk]))
    assert not TOTPDevice.objects.filter(user=director).exists()
    other = client.__class__()
    sign_in(other, director)
    assert other.get("/admin/").url.startswith(reverse("signin:enrol"))


def test_nobody_resets_their_own_second_factor(client, account_admin):
    authenticator(account_admin)
    client.force_login(account_admin)
    client.post(reverse("second_factor_reset:reset", args=[account_admin.pk]))
    assert TOTPDevice.objects.filter(user=account_admin).exists()
    assert not ModelLogEntry.objects.filter(action=audit.RESET).exists()


@pytest.mark.parametrize(
    "make_user",
    [
        pytest.param(lambda: unit_user("กม.", "editor"), id="editor"),
        pytest.param(lambda: unit_user("กม.", "director"), id="director"),
        pytest.param(lambda: office_user(TRAFFIC_AUDITORS), id="traffic auditor"),
    ],
)
def test_only_account_administrators_reach_the_reset_screen(client, make_user):
    director = unit_user("กค.", "director")
    authenticator(director)
    client.force_login(make_user())
    assert client.get(reverse("second_factor_reset:index")).status_code in (302, 403)
    client.post(reverse("second_factor_reset:reset", args=[director.pk]))
    assert TOTPDevice.objects.filter(user=director).exists()
