"""Who may change a statistics part's datasets, checked through the real admin screens with users of each role,
and how an uploaded dataset reaches the public: only through the approval workflow the matrix asks for."""

import pytest
from django.urls import reverse
from wagtail.models import Revision, WorkflowState

from governance.tests.factories import unit_user
from sso_statistics.tests.factories import csv_upload, header, part_page, table_rows

pytestmark = pytest.mark.django_db

MARCH_2568 = {"period_kind": "month", "year": "2568", "month": "3", "updated_on": "10/4/2568"}


def upload(client, page, seed=0):
    data = {**MARCH_2568, "file": csv_upload(header(page.schema), table_rows(page.schema, 3, seed=seed))}
    return client.post(reverse("sso_statistics:upload", args=[page.pk]), data)


def revisions(page) -> int:
    return Revision.page_revisions.filter(object_id=str(page.pk)).count()


def dataset_screens(page) -> list[str]:
    return [
        reverse("sso_statistics:upload", args=[page.pk]),
        reverse("sso_statistics:template", args=[page.pk]),
        reverse("sso_statistics:draft_download", args=[page.pk, "2568-03"]),
        reverse("sso_statistics:remove", args=[page.pk, "2568-03"]),
    ]


@pytest.fixture
def insured_page():
    """Part 2 of the Social Security Fund statistics: data unit กพพ./สท., checked by กพพ./สท./ศสน."""
    return part_page("ssf", 2)


def test_an_editor_of_the_data_unit_uploads_a_dataset(client, insured_page):
    client.force_login(unit_user("กพพ.", "editor"))

    response = upload(client, insured_page)

    assert response.status_code == 302
    assert type(insured_page).objects.get(pk=insured_page.pk).get_latest_revision_as_object().datasets.count() == 1


def test_an_editor_of_another_unit_gets_403_on_every_dataset_screen(client, admin_client, insured_page):
    upload(admin_client, insured_page)
    client.force_login(unit_user("กม.", "editor"))
    before = revisions(insured_page)

    statuses = [client.get(url).status_code for url in dataset_screens(insured_page)]
    posted = upload(client, insured_page).status_code

    assert statuses == [403, 403, 403, 403] and posted == 403
    assert revisions(insured_page) == before


def test_the_compensation_funds_editor_may_not_touch_social_security_statistics(client):
    client.force_login(unit_user("สกท.", "editor"))

    assert client.get(reverse("sso_statistics:upload", args=[part_page("ssf", 2).pk])).status_code == 403
    assert client.get(reverse("sso_statistics:upload", args=[part_page("wcf", 3).pk])).status_code == 200


def test_a_visitor_who_is_not_logged_in_is_sent_to_the_login_page(client, insured_page):
    response = client.get(reverse("sso_statistics:upload", args=[insured_page.pk]))

    assert response.status_code == 302 and reverse("wagtailadmin_login") in response["Location"]


def test_the_edit_form_lists_the_draft_datasets_with_their_links(client, admin_client, insured_page):
    upload(admin_client, insured_page)
    client.force_login(unit_user("กพพ.", "editor"))

    html = client.get(reverse("wagtailadmin_pages:edit", args=[insured_page.pk])).content.decode()

    assert "มีนาคม 2568" in html
    assert all(url in html for url in dataset_screens(insured_page))


def test_an_editor_cannot_remove_a_dataset_with_a_get(client, admin_client, insured_page):
    upload(admin_client, insured_page)
    client.force_login(unit_user("กพพ.", "editor"))
    before = revisions(insured_page)

    response = client.get(reverse("sso_statistics:remove", args=[insured_page.pk, "2568-03"]))

    assert response.status_code == 200  # the confirmation page
    assert revisions(insured_page) == before


def _submit(client, page):
    data = {"title": page.title, "slug": page.slug, "part_number": "2", "body-count": "0", "attachments-count": "0"}
    data["action-submit"] = "action-submit"
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, response.content.decode()[-2000:]


def _approve(client, user, page):
    client.force_login(user)
    state = WorkflowState.objects.get(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", state.current_task_state.pk))
    assert client.post(url).status_code == 302


def test_an_uploaded_dataset_goes_live_only_after_the_workflow_approves_it(client, insured_page):
    editor = unit_user("กพพ.", "editor")
    client.force_login(editor)
    upload(client, insured_page)
    _submit(client, insured_page)
    assert not insured_page.datasets.exists()

    _approve(client, unit_user("กพพ.", "director"), insured_page)
    assert not insured_page.datasets.exists()
    _approve(client, unit_user("ศสน.", "checker"), insured_page)

    assert insured_page.datasets.get().rows == table_rows(insured_page.schema, 3)


def test_an_upload_is_refused_while_the_page_awaits_approval(client, insured_page):
    client.force_login(unit_user("กพพ.", "editor"))
    upload(client, insured_page)
    _submit(client, insured_page)
    before = revisions(insured_page)

    response = upload(client, insured_page, seed=1)

    assert response.status_code == 302 and response["Location"].endswith(f"/pages/{insured_page.pk}/edit/")
    assert revisions(insured_page) == before


def test_an_upload_is_refused_while_another_editor_holds_the_lock(client, insured_page):
    holder = unit_user("กพพ.", "editor")
    insured_page.locked, insured_page.locked_by = True, holder
    insured_page.save(update_fields=["locked", "locked_by"])
    client.force_login(unit_user("กพพ.", "editor"))
    before = revisions(insured_page)

    upload(client, insured_page)

    assert revisions(insured_page) == before
