"""Ways around seed §2.1 that a review found through the real admin views, each now refused (regressions)."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from wagtail.models import TaskState, WorkflowState

from categories.models import ContentPage, LawPage
from categories.tests.factories import ContentPageFactory, LawPageFactory
from governance.access.models import PageOwner, Unit
from governance.access.roles import ACCOUNT_ADMINS, EXECUTIVES
from governance.tests.admin_actions import with_evidence
from governance.tests.factories import unit_user

pytestmark = pytest.mark.django_db
LAW_FORM = {"year_be": "2533", "status": "in_force", "body-count": "0", "attachments-count": "0"}


def _submit(client, user, parent, slug, model=LawPage, form=LAW_FORM):
    client.force_login(user)
    data = {"title": f"หน้า {slug}", "slug": slug, **with_evidence(form, model), "action-submit": "1"}
    url = reverse("wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk))
    assert client.post(url, data).status_code == 302
    return model.objects.get(slug=slug)


def _task_state(page):
    return WorkflowState.objects.get(object_id=str(page.pk), status="in_progress").current_task_state


def _act(client, user, url_page, task_state):
    client.force_login(user)
    client.post(reverse("wagtailadmin_pages:workflow_action", args=(url_page.pk, "approve", task_state.pk)))
    task_state.refresh_from_db()
    return task_state


# Another page's task state in the workflow-action URL ------------------------------------------------------------


def test_a_director_cannot_approve_another_units_page_by_naming_a_page_he_may_approve(client, category_page):
    own_unit_page = _submit(client, unit_user("กค.", "editor"), category_page("laws/manuals"), "kk-manual")
    law = _submit(client, unit_user("กม.", "editor"), category_page("laws/acts"), "km-act")
    state = _act(client, unit_user("กค.", "director"), own_unit_page, _task_state(law))
    assert state.status == TaskState.STATUS_IN_PROGRESS


def test_a_director_cannot_approve_his_own_submission_by_naming_a_colleagues_page(client, category_page):
    director = unit_user("กม.", "director")
    own = _submit(client, director, category_page("laws/acts"), "own-act")
    colleague = _submit(client, unit_user("กม.", "editor"), category_page("laws/acts"), "colleague-act")
    assert _act(client, director, colleague, _task_state(own)).status == TaskState.STATUS_IN_PROGRESS


def test_an_executive_who_is_also_an_editor_cannot_approve_their_own_outside_list_page(client, category_page):
    user = unit_user("กบล.", "editor")
    user.groups.add(Group.objects.get(name=EXECUTIVES))
    form = {"body-count": "0", "attachments-count": "0"}
    page = _submit(client, user, category_page("other"), "mine", ContentPage, form)
    assert _act(client, user, page, _task_state(page)).status == TaskState.STATUS_IN_PROGRESS


# The IT bureau's account administrators and Wagtail's own user screens ------------------------------------------


def test_account_administrators_cannot_create_users_in_wagtails_user_screens(client):
    client.force_login(_account_admin())
    client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "shadow", "email": "s@sso.example", "first_name": "ก", "last_name": "ข",
            "is_superuser": "on", "password1": "Zx9!long-enough-pw", "password2": "Zx9!long-enough-pw",
        },
    )  # fmt: skip
    assert not get_user_model().objects.filter(username="shadow").exists()


def test_account_administrators_cannot_edit_users_in_wagtails_user_screens(client):
    colleague = unit_user("กม.", "editor")
    client.force_login(_account_admin())
    data = {"username": colleague.username, "email": colleague.email, "first_name": "ก", "last_name": "ข"}
    client.post(reverse("wagtailusers_users:edit", args=(colleague.pk,)), {**data, "is_superuser": "on"})
    colleague.refresh_from_db()
    assert not colleague.is_superuser


def _account_admin():
    from governance.tests.factories import office_user

    return office_user(ACCOUNT_ADMINS)


# The owning-unit rule on every action, single and bulk -------------------------------------------------------------


@pytest.fixture
def legal_manual(category_page):
    """A live manual that กม. wrote, in laws/manuals (หน่วยงานเจ้าของข้อมูล/ศสน.)."""
    page = LawPageFactory(parent=category_page("laws/manuals"), title="คู่มือของ กม.", slug="km-manual")
    PageOwner.objects.create(page=page, unit=Unit.objects.get(code="กม."))
    return page


def _bulk(client, action, page):
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", action))
    client.post(f"{url}?id={page.pk}", {})


def test_another_units_director_cannot_bulk_delete_it(client, legal_manual):
    client.force_login(unit_user("กค.", "director"))
    _bulk(client, "delete", legal_manual)
    assert LawPage.objects.filter(pk=legal_manual.pk).exists()


@pytest.mark.parametrize("bulk", [False, True], ids=["single", "bulk"])
def test_another_units_director_cannot_unpublish_it(client, legal_manual, bulk):
    client.force_login(unit_user("กค.", "director"))
    if bulk:
        _bulk(client, "unpublish", legal_manual)
    else:
        client.post(reverse("wagtailadmin_pages:unpublish", args=(legal_manual.pk,)), {})
    legal_manual.refresh_from_db()
    assert legal_manual.live


def test_another_units_director_cannot_move_it(client, legal_manual, category_page):
    client.force_login(unit_user("กค.", "director"))
    client.post(reverse("wagtailadmin_pages:move_confirm", args=(legal_manual.pk, category_page("laws/guidelines").pk)))
    legal_manual.refresh_from_db()
    assert legal_manual.get_parent().pk == category_page("laws/manuals").pk


def test_another_units_director_cannot_unschedule_it(client, legal_manual):
    revision = legal_manual.save_revision()
    revision.approved_go_live_at = timezone.now() + datetime.timedelta(days=2)
    revision.save()
    client.force_login(unit_user("กค.", "director"))
    client.post(reverse("wagtailadmin_pages:revisions_unschedule", args=(legal_manual.pk, revision.pk)), {})
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None


def test_another_units_editor_cannot_read_its_draft(client, legal_manual):
    legal_manual.title = "ร่างลับของ กม."
    revision = legal_manual.save_revision()
    client.force_login(unit_user("กค.", "editor"))
    draft = client.get(reverse("wagtailadmin_pages:view_draft", args=(legal_manual.pk,)))
    old = client.get(reverse("wagtailadmin_pages:revisions_view", args=(legal_manual.pk, revision.pk)))
    assert "ร่างลับของ กม." not in draft.content.decode() + old.content.decode()


def test_a_copy_belongs_to_the_unit_that_copied_it(client, legal_manual):
    editor = unit_user("ศสน.", "editor")
    client.force_login(editor)
    client.post(
        reverse("wagtailadmin_pages:copy", args=(legal_manual.pk,)),
        {"new_title": "สำเนาคู่มือ", "new_slug": "kk-copy", "new_parent_page": legal_manual.get_parent().pk},
    )
    copy = LawPage.objects.get(slug="kk-copy")
    assert PageOwner.objects.get(page=copy).unit.code == "ศสน."
    assert client.get(reverse("wagtailadmin_pages:edit", args=(copy.pk,))).status_code == 200


def test_another_units_editor_cannot_copy_it(client, legal_manual):
    client.force_login(unit_user("กค.", "editor"))
    client.post(
        reverse("wagtailadmin_pages:copy", args=(legal_manual.pk,)),
        {"new_title": "สำเนา", "new_slug": "kk-copy", "new_parent_page": legal_manual.get_parent().pk},
    )
    assert not LawPage.objects.filter(slug="kk-copy").exists()


# Moving out of the approvals a page needs ------------------------------------------------------------------------


def test_a_page_awaiting_approval_cannot_be_moved_into_other_to_skip_the_executive(client, category_page):
    editor = unit_user("สท.", "editor")
    form = {"body-count": "0", "attachments-count": "0"}
    page = _submit(
        client, editor, category_page("benefits/social-security-fund/section-39"), "outside", ContentPage, form
    )
    for mover in (editor, unit_user("สท.", "director")):
        client.force_login(mover)
        client.post(reverse("wagtailadmin_pages:move_confirm", args=(page.pk, category_page("other").pk)), {})
    page.refresh_from_db()
    assert page.get_parent().pk == category_page("benefits/social-security-fund/section-39").pk


def test_a_live_page_cannot_be_moved_into_another_category(client, category_page):
    page = ContentPageFactory(parent=category_page("benefits/social-security-fund/section-39"), slug="live-benefit")
    client.force_login(unit_user("สท.", "director"))
    client.post(reverse("wagtailadmin_pages:move_confirm", args=(page.pk, category_page("other").pk)), {})
    page.refresh_from_db()
    assert page.get_parent().pk == category_page("benefits/social-security-fund/section-39").pk
