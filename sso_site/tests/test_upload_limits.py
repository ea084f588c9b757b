"""Request bodies over the limit of the form they are sent to are refused with a Thai 413 page before they are
read: no temporary file is written, nothing is saved. Anonymous forms take no file at all.

A "300 MB POST" is a request that declares 300 MB in Content-Length but carries a small body: the test client's
payload fails the test if anything tries to read past what it carries, so a 413 here proves nothing was read.
"""

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection

from governance.upkeep.models import SiteIssue

pytestmark = pytest.mark.django_db

BOUNDARY = "sso-test-boundary"
MB = 1024 * 1024


@pytest.fixture
def temp_dir(tmp_path):
    """FILE_UPLOAD_TEMP_DIR for the test: it must stay empty."""
    with override_settings(FILE_UPLOAD_TEMP_DIR=str(tmp_path)):
        yield tmp_path


def _multipart(fields: dict, file_field: str | None = None, file_bytes: int = 0, filename: str = "a.pdf") -> bytes:
    parts = []
    for name, value in fields.items():
        parts.append(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    if file_field:
        head = (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{file_field}"; filename="{filename}"\r\n'
            "Content-Type: application/pdf\r\n\r\n"
        )
        parts.append(head.encode() + b"%PDF-1.4\n" + b"0" * file_bytes + b"\r\n")
    parts.append(f"--{BOUNDARY}--\r\n".encode())
    return b"".join(parts)


def _post(client, path, body: bytes, content_length: int | None = None):
    extra = {} if content_length is None else {"CONTENT_LENGTH": str(content_length)}
    return client.generic("POST", path, body, content_type=f"multipart/form-data; boundary={BOUNDARY}", **extra)


def _problem_report_fields() -> dict:
    return {"token": "x", "message": "ข้อมูลในหน้านี้ไม่ถูกต้อง", "contact": "", "website": ""}


def test_a_300_mb_post_to_the_problem_report_form_is_refused_before_it_is_read(client, temp_dir):
    body = _multipart(_problem_report_fields())
    response = _post(client, reverse("report_problem"), body, content_length=300 * MB)
    assert response.status_code == 413
    assert "ไฟล์" in response.content.decode() or "ขนาด" in response.content.decode()
    assert list(temp_dir.iterdir()) == []


def test_a_large_body_under_a_false_content_length_is_stopped_at_its_file(client, temp_dir):
    body = _multipart(_problem_report_fields(), "attachment", file_bytes=8 * MB)
    response = _post(client, reverse("report_problem"), body, content_length=200 * 1024)
    assert response.status_code == 413
    assert list(temp_dir.iterdir()) == []
    assert not SiteIssue.objects.filter(source=SiteIssue.Source.PUBLIC).exists()


def test_the_anonymous_problem_report_form_takes_no_file(client, temp_dir):
    body = _multipart(_problem_report_fields(), "attachment", file_bytes=10)
    response = _post(client, reverse("report_problem"), body)
    assert response.status_code == 413
    assert list(temp_dir.iterdir()) == []


def test_an_anonymous_post_to_an_admin_upload_takes_no_file(client, temp_dir):
    body = _multipart({"title": "x"}, "files[]", file_bytes=10)
    response = _post(client, reverse("wagtaildocs:add_multiple"), body)
    assert response.status_code == 413


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("docs-admin", "docs@example.invalid", "pw")
    client.force_login(user)
    return client


def test_a_60_mb_document_upload_is_refused_before_it_is_read(editor_client, temp_dir):
    body = _multipart({"title": "รายงานประจำปี"}, "files[]", file_bytes=1024)
    response = _post(editor_client, reverse("wagtaildocs:add_multiple"), body, content_length=60 * MB)
    assert response.status_code == 413
    assert list(temp_dir.iterdir()) == []
    assert not get_document_model().objects.exists()


def test_a_document_over_the_limit_under_a_false_content_length_is_stopped_while_streaming(editor_client, temp_dir):
    body = _multipart({"title": "รายงานประจำปี"}, "files[]", file_bytes=25 * MB)
    response = _post(editor_client, reverse("wagtaildocs:add_multiple"), body, content_length=21 * MB - 1)
    assert response.status_code == 413
    assert list(temp_dir.iterdir()) == []
    assert not get_document_model().objects.exists()


def test_a_document_under_the_limit_is_still_uploaded(editor_client, temp_dir):
    # Each unit has its own collection (governance.access.sync), so the upload form asks which one.
    root = Collection.get_first_root_node()
    body = _multipart({"title": "รายงานประจำปี", "collection": str(root.pk)}, "files[]", file_bytes=6 * MB)
    response = _post(editor_client, reverse("wagtaildocs:add_multiple"), body)
    assert response.status_code == 200
    assert get_document_model().objects.count() == 1


def test_a_statistics_upload_over_5_mb_is_refused(editor_client, temp_dir):
    body = _multipart({"period_kind": "year"}, "file", file_bytes=1024, filename="data.csv")
    response = _post(editor_client, reverse("sso_statistics:upload", args=[1]), body, content_length=7 * MB)
    assert response.status_code == 413


def test_the_limits_and_the_proxy_agree():
    from django.conf import settings

    from sso_site.settings.base import BASE_DIR

    largest = max(body for body, _ in settings.SSO_UPLOAD_LIMITS.values())
    conf = (BASE_DIR / "deploy" / "nginx" / "sso-web.conf").read_text()
    assert f"client_max_body_size {largest // MB}m;" in conf
