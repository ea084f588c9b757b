"""Four eyes over the whole revision chain since the last publish, through the real admin views: nobody approves
text they wrote, however it was re-submitted, and approving from the page editor works when nothing was changed."""

import pytest
from django.urls import reverse
from wagtail.models import TaskState

from categories.models import LawPage
from governance.tests.admin_actions import (
    LAW_FORM,
    create_in_admin,
    with_evidence,
    workflow_action,
    workflow_in_progress,
)
from governance.tests.factories import unit_user

pytestmark = pytest.mark.django_db


def _edit(client, user, page, title=None, **actions):
    """POST the page editor as ``user`` would: the page's own fields, changed only where asked."""
    client.force_login(user)
    data = {"title": title or page.draft_title, "slug": page.slug, **LAW_FORM, **actions}
    data["document"] = str(LawPage.objects.get(pk=page.pk).document_id or "")
    return client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data)


def _approve_in_editor(client, user, page, title=None):
    return _edit(client, user, page, title, **{"action-workflow-action": "1", "workflow-action-name": "approve"})


def _stage(page):
    state = workflow_in_progress(page)
    return state.current_task_state.task.specific.stage if state else None


@pytest.fixture
def director():
    return unit_user("กม.", "director")


@pytest.fixture
def editor():
    return unit_user("กม.", "editor")


@pytest.fixture
def directors_text_resubmitted_by_an_editor(client, category_page, director, editor):
    """The attack of issue 14: the director writes the page, an editor re-submits it unchanged."""
    page = create_in_admin(
        client, director, category_page("laws/acts"), LawPage, "directors-own-act", with_evidence(LAW_FORM)
    )
    page.refresh_from_db()
    response = _edit(client, editor, page, **{"action-submit": "1"})
    assert response.status_code == 302
    assert _stage(page) == "director"
    return page


def test_a_director_cannot_approve_his_own_text_resubmitted_by_an_editor(
    client, directors_text_resubmitted_by_an_editor, director
):
    page = directors_text_resubmitted_by_an_editor
    workflow_action(client, director, page, "approve")
    assert _stage(page) == "director"
    assert workflow_in_progress(page).current_task_state.status == TaskState.STATUS_IN_PROGRESS


def _offered_approval(client, user, page) -> bool:
    client.force_login(user)
    html = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
    return 'data-workflow-action-name="approve"' in html


def test_a_director_is_not_offered_approval_of_his_own_resubmitted_text(
    client, directors_text_resubmitted_by_an_editor, director
):
    assert not _offered_approval(client, director, directors_text_resubmitted_by_an_editor)
    assert _offered_approval(client, unit_user("กม.", "director"), directors_text_resubmitted_by_an_editor)


def test_another_director_of_the_unit_may_approve_the_resubmitted_text(client, directors_text_resubmitted_by_an_editor):
    page = directors_text_resubmitted_by_an_editor
    assert workflow_action(client, unit_user("กม.", "director"), page, "approve").status_code == 302
    assert _stage(page) == "checker"


def test_an_unchanged_resave_by_someone_else_does_not_launder_the_authorship(
    client, directors_text_resubmitted_by_an_editor, director, editor
):
    from governance.access.rules import authors_since_last_publish

    assert director.pk in authors_since_last_publish(directors_text_resubmitted_by_an_editor)
    assert editor.pk not in authors_since_last_publish(directors_text_resubmitted_by_an_editor)


@pytest.fixture
def submitted_by_editor(client, category_page, editor):
    return create_in_admin(
        client, editor, category_page("laws/acts"), LawPage, "editors-act", LAW_FORM, "action-submit"
    )


def test_a_director_approves_from_the_page_editor_when_he_changed_nothing(client, submitted_by_editor, director):
    response = _approve_in_editor(client, director, submitted_by_editor)
    assert response.status_code == 302
    assert _stage(submitted_by_editor) == "checker"


def test_a_director_who_saved_the_page_unchanged_may_still_approve_it(client, submitted_by_editor, director):
    """Opening the editor and pressing Save draft without a change stores a revision by the director; it holds
    none of his text, so it must not lock him out of approving what the editor wrote."""
    _edit(client, director, submitted_by_editor)
    submitted_by_editor.refresh_from_db()
    assert submitted_by_editor.get_latest_revision().user == director
    assert _approve_in_editor(client, director, submitted_by_editor).status_code == 302
    assert _stage(submitted_by_editor) == "checker"


def test_the_checker_may_approve_after_a_director_approved_from_the_editor(client, submitted_by_editor, director):
    _approve_in_editor(client, director, submitted_by_editor)
    assert _approve_in_editor(client, unit_user("ศสน.", "checker"), submitted_by_editor).status_code == 302
    submitted_by_editor.refresh_from_db()
    assert submitted_by_editor.live


def test_a_director_who_edits_in_the_editor_cannot_approve_his_own_edit(client, submitted_by_editor, director):
    response = _approve_in_editor(client, director, submitted_by_editor, title="พ.ร.บ. ที่ผู้อำนวยการแก้เอง")
    assert response.status_code == 302  # Wagtail turns the refusal into a redirect with a message
    assert submitted_by_editor.revisions.filter(user=director).exists()  # the edit is kept as a draft
    submitted_by_editor.refresh_from_db()
    assert not submitted_by_editor.live
    assert _stage(submitted_by_editor) == "director"
    workflow_action(client, director, submitted_by_editor, "approve")
    assert _stage(submitted_by_editor) == "director"


def test_a_directors_edit_is_approved_by_another_director_before_the_checker(client, submitted_by_editor, director):
    _approve_in_editor(client, director, submitted_by_editor, title="พ.ร.บ. ที่ผู้อำนวยการแก้เอง")
    colleague = unit_user("กม.", "director")
    # The editor's revision was under review when the director edited; the edit itself then needs its own
    # director's approval (WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT), which the editing director cannot give.
    for _ in range(2):
        assert workflow_action(client, colleague, submitted_by_editor, "approve").status_code == 302
        if _stage(submitted_by_editor) == "checker":
            break
    assert _stage(submitted_by_editor) == "checker"


def test_the_authors_of_a_chain_are_read_in_a_bounded_number_of_queries(
    django_assert_max_num_queries, directors_text_resubmitted_by_an_editor
):
    from governance.access.rules import authors_since_last_publish

    page = LawPage.objects.get(pk=directors_text_resubmitted_by_an_editor.pk)
    with django_assert_max_num_queries(2):
        authors_since_last_publish(page)
