"""Separation of duties over accounts (issue 14), through the real admin views: the issuer never sees a password,
a role that approves needs a second account administrator, and nobody holds two roles of one approval chain."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry, TaskState

from categories.models import LawPage
from governance.access.duties import chain_conflicts
from governance.access.models import RoleGrant, Unit
from governance.access.roles import ACCOUNT_ADMINS, EXECUTIVES, group_name
from governance.access.set_password import set_password_token
from governance.tests.admin_actions import LAW_FORM, with_evidence, workflow_action, workflow_in_progress
from governance.tests.factories import office_user, unit_user

pytestmark = pytest.mark.django_db

PASSPHRASE = "ช้างเผือก-ริมน้ำ-2569"


def issue(client, admin, username, role, unit="กม."):
    client.force_login(admin)
    return client.post(
        reverse("unit_accounts:issue"),
        {
            "username": username, "full_name": f"นาย {username}", "position": "นิติกร",
            "email": f"{username}@sso.example", "unit": unit,
            "role": role, "designated_by": "ผอ.กองกฎหมาย", "letter_reference": "รง 0601/123",
        },
    )  # fmt: skip


def link_in(message) -> str:
    return re.search(r"http://\S+/admin/set-password/\S+/", message.body).group(0).split("8000", 1)[1]


def pending_grant(username) -> RoleGrant:
    return RoleGrant.objects.get(user__username=username, status=RoleGrant.Status.PENDING)


def decide(client, admin, grant, decision="confirm"):
    client.force_login(admin)
    return client.post(reverse(f"unit_accounts:{decision}", args=(grant.pk,)), follow=True)


def user_edit_form(user, groups, **changes) -> dict:
    data = {
        "username": user.username, "email": user.email, "first_name": user.first_name, "last_name": "ใจดี",
        "position": "นิติกร", "unit": "กม.",
        "is_active": "on", "groups": [group.pk for group in groups],
    }  # fmt: skip
    data.update(changes)
    return data


# The issuer never sees the password ---------------------------------------------------------------------------


def test_issuing_an_account_shows_no_password_and_mails_a_one_time_link_to_the_holder(client, django_user_model):
    response = issue(client, office_user(ACCOUNT_ADMINS), "somsri", "editor")
    user = django_user_model.objects.get(username="somsri")
    assert not user.has_usable_password()
    assert "รหัสผ่านชั่วคราว" not in response.content.decode()
    assert [message.to for message in mail.outbox] == [["somsri@sso.example"]]
    assert "/admin/set-password/" in mail.outbox[0].body
    assert "no-store" in response["Cache-Control"]


def test_the_holder_sets_a_password_from_the_link_under_the_policy(client, django_user_model):
    issue(client, office_user(ACCOUNT_ADMINS), "somsri", "editor")
    client.logout()
    form_page = client.get(link_in(mail.outbox[0]), follow=True)
    assert "ตั้งรหัสผ่านของท่าน" in form_page.content.decode()
    form_url = form_page.redirect_chain[-1][0]
    short = client.post(form_url, {"new_password1": "Aa1aaaaa", "new_password2": "Aa1aaaaa"})
    assert "รหัสผ่านสั้นเกินไป" in short.content.decode()
    done = client.post(form_url, {"new_password1": PASSPHRASE, "new_password2": PASSPHRASE})
    assert done.status_code == 302 and done["Location"] == reverse("wagtailadmin_login")
    signed_in = client.post(reverse("wagtailadmin_login"), {"username": "somsri", "password": PASSPHRASE})
    assert signed_in.status_code == 302 and "_auth_user_id" in client.session


def test_the_link_works_only_once(client):
    issue(client, office_user(ACCOUNT_ADMINS), "somsri", "editor")
    client.logout()
    link = link_in(mail.outbox[0])
    form_url = client.get(link, follow=True).redirect_chain[-1][0]
    client.post(form_url, {"new_password1": PASSPHRASE, "new_password2": PASSPHRASE})
    again = client.get(link, follow=True)
    assert "ลิงก์นี้ใช้ไม่ได้แล้ว" in again.content.decode()


def test_the_link_expires(client, settings, monkeypatch, django_user_model):
    settings.SSO_SET_PASSWORD_LINK_HOURS = 24
    issue(client, office_user(ACCOUNT_ADMINS), "somsri", "editor")
    client.logout()
    later = set_password_token._now() + timedelta(hours=25)
    monkeypatch.setattr(set_password_token, "_now", lambda: later)
    response = client.get(link_in(mail.outbox[0]), follow=True)
    assert "ลิงก์นี้ใช้ไม่ได้แล้ว" in response.content.decode()


def test_another_administrator_can_send_a_new_link_to_the_holders_own_address(client):
    issue(client, office_user(ACCOUNT_ADMINS), "somsri", "editor")
    holder = get_user_model().objects.get(username="somsri")
    client.force_login(office_user(ACCOUNT_ADMINS))
    assert (
        reverse("unit_accounts:resend_link", args=(holder.pk,))
        in client.get(reverse("unit_accounts:pending")).content.decode()
    )
    client.post(reverse("unit_accounts:resend_link", args=(holder.pk,)))
    assert [message.to for message in mail.outbox] == [["somsri@sso.example"]] * 2


def test_a_new_link_cancels_the_one_mailed_before(client):
    issue(client, office_user(ACCOUNT_ADMINS), "somsri", "editor")
    holder = get_user_model().objects.get(username="somsri")
    client.force_login(office_user(ACCOUNT_ADMINS))
    client.post(reverse("unit_accounts:resend_link", args=(holder.pk,)))
    client.logout()
    first, second = (link_in(message) for message in mail.outbox)
    assert "ลิงก์นี้ใช้ไม่ได้แล้ว" in client.get(first, follow=True).content.decode()
    assert "ลิงก์นี้ใช้ไม่ได้แล้ว" not in client.get(second, follow=True).content.decode()


@pytest.mark.parametrize("uid, token", [("MQ", "abc-def"), ("!!", "x"), ("9999999999999999999999", "1-1")])
def test_a_forged_link_answers_in_thai_not_500(client, uid, token):
    response = client.get(reverse("account_set_password", args=(uid, token)))
    assert response.status_code == 200
    assert "ลิงก์นี้ใช้ไม่ได้แล้ว" in response.content.decode()


# A role that approves needs a second account administrator -----------------------------------------------------


def test_a_director_role_waits_for_a_second_administrator(client, django_user_model):
    issue(client, office_user(ACCOUNT_ADMINS), "km-boss", "director")
    user = django_user_model.objects.get(username="km-boss")
    assert not user.groups.exists()
    assert pending_grant("km-boss").group.name == group_name("กม.", "director")
    assert mail.outbox == []  # the link goes out only once the role is confirmed


def test_the_administrator_who_asked_for_a_role_cannot_confirm_it(client, django_user_model):
    issuer = office_user(ACCOUNT_ADMINS)
    issue(client, issuer, "km-boss", "director")
    response = decide(client, issuer, pending_grant("km-boss"))
    assert "ผู้ดูแลบัญชีอีกคนหนึ่งต้องเป็นผู้ยืนยัน" in response.content.decode()
    assert pending_grant("km-boss")
    assert not django_user_model.objects.get(username="km-boss").groups.exists()


def test_a_second_administrator_confirms_the_role_and_the_audit_log_says_who(client, django_user_model):
    issuer, confirmer = office_user(ACCOUNT_ADMINS), office_user(ACCOUNT_ADMINS)
    issue(client, issuer, "km-boss", "director")
    grant = pending_grant("km-boss")
    decide(client, confirmer, grant)
    user = django_user_model.objects.get(username="km-boss")
    assert list(user.groups.values_list("name", flat=True)) == [group_name("กม.", "director")]
    assert Unit.objects.get(code="กม.").director == user
    assert [message.to for message in mail.outbox] == [["km-boss@sso.example"]]
    entries = ModelLogEntry.objects.filter(object_id=str(user.pk)).order_by("timestamp")
    assert [(entry.action, entry.user_id) for entry in entries] == [
        ("sso.role.requested", issuer.pk),
        ("sso.role.confirmed", confirmer.pk),
    ]


def test_a_second_administrator_can_refuse_the_role(client, django_user_model):
    issue(client, office_user(ACCOUNT_ADMINS), "km-boss", "director")
    grant = pending_grant("km-boss")
    decide(client, office_user(ACCOUNT_ADMINS), grant, "refuse")
    grant.refresh_from_db()
    assert grant.status == RoleGrant.Status.REFUSED
    assert not django_user_model.objects.get(username="km-boss").groups.exists()


def test_an_editor_cannot_confirm_a_role(client, django_user_model):
    issue(client, office_user(ACCOUNT_ADMINS), "km-boss", "director")
    decide(client, unit_user("กม.", "editor"), pending_grant("km-boss"))
    assert pending_grant("km-boss")


def test_the_pending_roles_screen_lists_the_request_for_another_administrator(client):
    issue(client, office_user(ACCOUNT_ADMINS), "km-boss", "director")
    client.force_login(office_user(ACCOUNT_ADMINS))
    html = client.get(reverse("unit_accounts:pending")).content.decode()
    assert "km-boss@sso.example" in html
    assert reverse("unit_accounts:confirm", args=(pending_grant("km-boss").pk,)) in html


def test_a_director_group_ticked_in_wagtails_user_form_only_asks_for_confirmation(client):
    it_admin = office_user(ACCOUNT_ADMINS, is_superuser=True)
    colleague = unit_user("กค.", "editor")
    director = Group.objects.get(name=group_name("กม.", "director"))
    client.force_login(it_admin)
    url = reverse("wagtailusers_users:edit", args=(colleague.pk,))
    client.post(url, user_edit_form(colleague, [*colleague.groups.all(), director]))
    assert director not in colleague.groups.all()
    assert pending_grant(colleague.username).group == director


def test_a_new_user_in_wagtails_add_form_gets_an_office_wide_role_only_when_confirmed(client, django_user_model):
    client.force_login(office_user(ACCOUNT_ADMINS, is_superuser=True))
    auditors = Group.objects.get(name=ACCOUNT_ADMINS)
    data = {
        "username": "sockpuppet", "email": "s@sso.example", "first_name": "ก", "position": "นักวิชาการคอมพิวเตอร์",
        "unit": "ศสน.", "groups": [auditors.pk],
    }  # fmt: skip
    client.post(reverse("wagtailusers_users:add"), data)
    user = django_user_model.objects.get(username="sockpuppet")
    assert not user.groups.exists()
    assert pending_grant("sockpuppet").group == auditors


def test_wagtails_user_form_sets_no_password_and_mails_the_link_to_the_holder(client, django_user_model):
    client.force_login(office_user(ACCOUNT_ADMINS, is_superuser=True))
    data = {
        "username": "shadow", "email": "s@sso.example", "first_name": "ก", "last_name": "ข",
        "position": "นักวิชาการคอมพิวเตอร์", "unit": "ศสน.",
        "password1": "Zx9!long-enough-pw", "password2": "Zx9!long-enough-pw",
    }  # fmt: skip
    client.post(reverse("wagtailusers_users:add"), data)
    user = django_user_model.objects.get(username="shadow")
    assert not user.has_usable_password()
    assert [message.to for message in mail.outbox] == [["s@sso.example"]]


# Nobody holds two roles of one approval chain ------------------------------------------------------------------


def test_wagtails_user_form_refuses_a_second_role_in_the_same_chain_in_thai(client):
    director = unit_user("กม.", "director")
    editor_group = Group.objects.get(name=group_name("กม.", "editor"))
    client.force_login(office_user(ACCOUNT_ADMINS, is_superuser=True))
    url = reverse("wagtailusers_users:edit", args=(director.pk,))
    response = client.post(url, user_edit_form(director, [*director.groups.all(), editor_group], first_name="ใหม่"))
    assert "สองบทบาทในสายการอนุมัติเดียวกัน" in response.content.decode()
    director.refresh_from_db()
    assert editor_group not in director.groups.all()
    assert director.first_name != "ใหม่"  # nothing saved


def test_the_setting_allows_two_roles_in_one_chain(client, settings):
    settings.SSO_ALLOW_TWO_ROLES_IN_CHAIN = True
    director = unit_user("กม.", "director")
    editor_group = Group.objects.get(name=group_name("กม.", "editor"))
    client.force_login(office_user(ACCOUNT_ADMINS, is_superuser=True))
    client.post(
        reverse("wagtailusers_users:edit", args=(director.pk,)),
        user_edit_form(director, [*director.groups.all(), editor_group]),
    )
    assert editor_group in director.groups.all()


def test_a_role_awaiting_confirmation_counts_against_a_second_role_in_its_chain(client):
    issue(client, office_user(ACCOUNT_ADMINS), "km-boss", "director")
    grant = pending_grant("km-boss")
    editor_group = Group.objects.get(name=group_name("กม.", "editor"))
    client.force_login(office_user(ACCOUNT_ADMINS, is_superuser=True))
    client.post(reverse("wagtailusers_users:edit", args=(grant.user.pk,)), user_edit_form(grant.user, [editor_group]))
    assert not grant.user.groups.exists()


@pytest.mark.parametrize(
    "first, second, conflict",
    [
        (group_name("กม.", "editor"), group_name("กม.", "director"), True),
        (group_name("กม.", "director"), group_name("กม.", "checker"), True),
        (group_name("กม.", "director"), group_name("ศสน.", "checker"), True),  # ศสน. checks the laws
        (group_name("กม.", "editor"), group_name("ศสน.", "checker"), True),
        (group_name("กวพ.", "editor"), group_name("สกท.", "director"), True),  # shared statistics parts
        (EXECUTIVES, group_name("กบล.", "editor"), True),  # material outside the list
        (group_name("กม.", "editor"), group_name("กค.", "editor"), False),
        (group_name("กม.", "director"), group_name("กค.", "director"), False),
        (group_name("กม.", "editor"), group_name("กค.", "director"), False),
    ],
)
def test_which_roles_share_an_approval_chain(first, second, conflict):
    assert bool(chain_conflicts([first, second])) is conflict


# The attack of the issue: one IT administrator, an editor and a director, one unit -------------------------------


def test_one_it_administrator_cannot_publish_alone_through_an_editor_and_a_director(
    client, django_user_model, category_page
):
    it_admin = office_user(ACCOUNT_ADMINS, is_superuser=True)
    editor_page = issue(client, it_admin, "km-writer", "editor").content.decode()
    director_page = issue(client, it_admin, "km-approver", "director").content.decode()
    editor = django_user_model.objects.get(username="km-writer")
    director = django_user_model.objects.get(username="km-approver")
    # 1. No password seen: neither account has one yet; the only link went to the editor's own address.
    assert not editor.has_usable_password() and not director.has_usable_password()
    assert [message.to for message in mail.outbox] == [["km-writer@sso.example"]]
    assert "รหัสผ่านชั่วคราว" not in editor_page + director_page
    # 2. The director role needs a second administrator: the issuer's own confirmation is refused.
    decide(client, it_admin, pending_grant("km-approver"))
    assert not director.groups.exists()
    # 3. Two roles on one account are refused: the editor cannot also be made the unit's director.
    director_group = Group.objects.get(name=group_name("กม.", "director"))
    client.force_login(it_admin)
    response = client.post(
        reverse("wagtailusers_users:edit", args=(editor.pk,)),
        user_edit_form(editor, [*editor.groups.all(), director_group]),
    )
    assert "สองบทบาทในสายการอนุมัติเดียวกัน" in response.content.decode()
    assert list(editor.groups.values_list("name", flat=True)) == [group_name("กม.", "editor")]
    # 4. Even signed in as both accounts, the page submitted by the editor cannot be approved by the "director".
    client.force_login(editor)
    data = {"title": "หน้า insider", "slug": "insider", **with_evidence(LAW_FORM), "action-submit": "1"}
    parent = category_page("laws/acts")
    client.post(reverse("wagtailadmin_pages:add", args=("categories", "lawpage", parent.pk)), data)
    page = LawPage.objects.get(slug="insider")
    workflow_action(client, director, page, "approve")
    assert workflow_in_progress(page).current_task_state.status == TaskState.STATUS_IN_PROGRESS
    page.refresh_from_db()
    assert not page.live
    assert timezone.now()  # the clock is untouched; nothing was published
