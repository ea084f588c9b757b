"""English pages are governed as their Thai sources are: the same units may edit them, the same workflow
publishes them (docs/english.md)."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from categories.models import LawPage
from governance.tests.admin_actions import LAW_FORM, create_in_admin, workflow_in_progress
from governance.tests.factories import unit_user
from governance.workflow.sync import WORKFLOW_DIRECTOR_CHECKER

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_acts(category_page):
    """The English copy of the acts list, made as an editor's "Translate" does (the signal syncs the matrix)."""
    english = Locale.objects.get(language_code="en")
    return category_page("laws/acts").copy_for_translation(english, copy_parents=True).specific


def test_the_english_copy_of_a_category_gets_its_workflow(english_acts, category_page):
    thai_workflow = category_page("laws/acts").get_workflow()
    assert english_acts.get_workflow() == thai_workflow


def test_an_english_page_submitted_by_its_unit_goes_through_the_same_workflow(client, english_acts):
    editor = unit_user("กม.", "editor")
    page = create_in_admin(client, editor, english_acts, LawPage, "social-security-act", LAW_FORM, "action-submit")
    assert page.locale.language_code == "en"
    state = workflow_in_progress(page)
    assert state.workflow.name == WORKFLOW_DIRECTOR_CHECKER
    assert state.current_task_state.task.specific.stage == "director"


def test_an_editor_cannot_publish_an_english_page_without_the_workflow(client, english_acts):
    editor = unit_user("กม.", "editor")
    page = create_in_admin(client, editor, english_acts, LawPage, "english-draft", LAW_FORM, "action-publish")
    page.refresh_from_db()
    assert not page.live


def test_an_editor_of_another_unit_cannot_edit_the_english_copy(client, english_acts):
    page = create_in_admin(client, unit_user("กม.", "editor"), english_acts, LawPage, "kept-by-legal", LAW_FORM)
    client.force_login(unit_user("กค.", "editor"))
    response = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert response.status_code in (302, 403)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)), {"title": "changed", "slug": "changed", **LAW_FORM}
    )
    page.refresh_from_db()
    assert page.title != "changed"


def test_the_units_own_editor_can_edit_the_english_copy(client, english_acts):
    editor = unit_user("กม.", "editor")
    page = create_in_admin(client, editor, english_acts, LawPage, "editable", LAW_FORM)
    assert client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).status_code == 200
