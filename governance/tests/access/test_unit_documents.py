"""Issue 14: a unit's unpublished documents stay inside the unit (chooser, index and download).

Each test acts through the real admin views as the other unit's editor would.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail.permissions import policy_registry

from core.tests.factories import MINIMAL_PDF
from governance.access.roles import SCREENING
from governance.tests.factories import office_user, unit_user

pytestmark = pytest.mark.django_db
Document = get_document_model()


def _chooser_html(client) -> str:
    response = client.get(reverse("wagtaildocs_chooser:choose"))
    assert response.status_code == 200
    return response.json()["html"]


def _upload(client, user, title):
    """Upload as ``user`` through Wagtail's add view, into the first collection the form offers them."""
    collection = policy_registry.get_by_type(Document).collections_user_has_permission_for(user, "add").first()
    client.force_login(user)
    response = client.post(
        reverse("wagtaildocs:add"),
        {"title": title, "file": SimpleUploadedFile("draft.pdf", MINIMAL_PDF), "collection": collection.pk},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return Document.objects.get(title=title)


@pytest.fixture
def b_document(client):
    """A draft that กค.'s editor uploaded and that no page uses yet."""
    document = _upload(client, unit_user("กค.", "editor"), "ร่างประกาศ กค. ยังไม่เผยแพร่")
    client.logout()
    return document


def test_another_units_editor_does_not_see_the_document_in_the_chooser(client, b_document):
    client.force_login(unit_user("กม.", "editor"))
    assert b_document.title not in _chooser_html(client)


def test_another_units_editor_does_not_see_the_document_in_the_index(client, b_document):
    client.force_login(unit_user("กม.", "editor"))
    response = client.get(reverse("wagtaildocs:index"))
    assert response.status_code == 200
    assert b_document.title not in response.content.decode()


def test_another_units_editor_cannot_download_the_unpublished_document(client, b_document):
    client.force_login(unit_user("กม.", "director"))
    assert client.get(b_document.url).status_code == 404


def test_the_uploading_units_own_people_still_download_it(client, b_document):
    client.force_login(unit_user("กค.", "director"))
    assert client.get(b_document.url).status_code == 200


def test_central_unit_and_screening_see_and_download_every_units_document(client, b_document):
    for user in (unit_user("ศสน.", "editor"), office_user(SCREENING)):
        client.force_login(user)
        assert b_document.title in _chooser_html(client)
        assert client.get(b_document.url).status_code == 200


def test_an_editor_uploads_into_the_units_own_collection_and_chooses_it(client):
    editor = unit_user("กม.", "editor")
    document = _upload(client, editor, "ร่างระเบียบ กม.")
    assert document.collection == Collection.get_first_root_node().get_children().get(name="กม.")
    assert document.title in _chooser_html(client)
    assert client.get(document.url).status_code == 200


def test_the_access_sync_leaves_one_collection_per_unit_when_run_again(taxonomy):
    from governance.workflow.sync import sync_governance

    before = Collection.objects.count()
    sync_governance(taxonomy)
    assert Collection.objects.count() == before
    assert Collection.get_first_root_node().get_children().filter(name="กม.").count() == 1
