"""Documents: extension allow-list, size limit, content sniffing, and how they are served."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry

from core.tests.factories import MINIMAL_PDF, DocumentFactory

pytestmark = pytest.mark.django_db
Document = get_document_model()


def _upload(client, name, content, title="เอกสารทดสอบ"):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": title, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


def test_a_pdf_upload_is_saved(admin_client):
    response = _upload(admin_client, "form.pdf", MINIMAL_PDF)
    assert response.status_code == 302
    assert Document.objects.filter(title="เอกสารทดสอบ").exists()


def test_an_executable_renamed_to_pdf_is_refused_and_nothing_is_saved(admin_client):
    response = _upload(admin_client, "form.pdf", b"MZ\x90\x00" + b"\x00" * 100)
    assert response.status_code == 200
    assert "ไม่ตรงกับชนิดไฟล์" in response.content.decode()
    assert not Document.objects.filter(title="เอกสารทดสอบ").exists()


def test_an_extension_outside_the_allow_list_is_refused(admin_client):
    response = _upload(admin_client, "tool.exe", b"MZ\x90\x00")
    assert response.status_code == 200
    assert not Document.objects.filter(title="เอกสารทดสอบ").exists()


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
def test_a_file_over_the_size_limit_is_refused(admin_client):
    response = _upload(admin_client, "big.pdf", MINIMAL_PDF + b"0" * 2048)
    assert response.status_code == 200
    assert not Document.objects.filter(title="เอกสารทดสอบ").exists()


def _on_a_live_page(document):
    from categories.models import Category
    from categories.tests.factories import LawPageFactory

    LawPageFactory(parent=Category.objects.get(key="laws/acts").page.specific, document=document)
    return document


def test_a_pdf_is_served_inline(client):
    document = _on_a_live_page(DocumentFactory())
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("inline")


def test_other_documents_are_served_as_attachments(client):
    from django.core.files.base import ContentFile

    document = _on_a_live_page(DocumentFactory(file=ContentFile(b"PK\x03\x04" + b"\x00" * 50, name="table.xlsx")))
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")


def test_an_uploaded_file_is_not_public_until_a_live_page_uses_it(client):
    document = DocumentFactory()
    assert client.get(document.url).status_code == 404
    _on_a_live_page(document)
    assert client.get(document.url).status_code == 200


def test_an_editor_cannot_swap_the_file_behind_a_published_page(client):
    from governance.tests.factories import unit_user

    document = _on_a_live_page(DocumentFactory(title="พ.ร.บ. ประกันสังคม"))
    original = document.file.name
    editor = unit_user("กม.", "editor")
    document.uploaded_by_user = editor  # Wagtail lets uploaders edit their own documents
    # ... in a collection where they may add: their own unit's collection.
    document.collection = policy_registry.get_by_type(Document).collections_user_has_permission_for(editor, "add")[0]
    document.save()
    client.force_login(editor)
    response = client.post(
        reverse("wagtaildocs:edit", args=(document.pk,)),
        {
            "title": document.title,
            "file": SimpleUploadedFile("altered.pdf", MINIMAL_PDF + b"%altered"),
            "collection": document.collection_id,
        },
    )
    assert "ไม่สามารถแทนที่" in response.content.decode()
    document.refresh_from_db()
    assert document.file.name == original
