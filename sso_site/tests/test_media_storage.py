"""Media on storage every app server sees (docs/deployment.md#media): production settings take MEDIA_ROOT from the
environment (a shared filesystem), or an S3-compatible bucket when SSO_MEDIA_S3_BUCKET is set, without a network
call to decide. Documents keep going through Django (the live-page check) either way."""

import json
import os
import subprocess
import sys

from django.conf import settings as django_settings

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "sso_site.settings.production",
    "DJANGO_SECRET_KEY": "m" * 20 + "-not-a-real-secret-but-long-enough-" + "n" * 20,
    "DJANGO_ALLOWED_HOSTS": "www.sso.go.th",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/h_ops_never_opened",
    "SSO_MEDIA_S3_BUCKET": "",
}
S3_ENV = {
    "SSO_MEDIA_S3_BUCKET": "sso-media",
    "SSO_MEDIA_S3_ENDPOINT_URL": "https://s3.example.invalid",
    "SSO_MEDIA_S3_CUSTOM_DOMAIN": "media.sso.example",
    "SSO_MEDIA_S3_ACCESS_KEY_ID": "key-id",
    "SSO_MEDIA_S3_SECRET_ACCESS_KEY": "not-a-secret",
}
REPORT = """
import django, json
django.setup()
from django.conf import settings
from django.core.files.storage import storages
default_storage = storages["default"]
print(json.dumps({
    "class": type(default_storage).__module__ + "." + type(default_storage).__name__,
    "media_root": str(settings.MEDIA_ROOT),
    "image_url": default_storage.url("images/photo.webp"),
    "docs_serve": settings.WAGTAILDOCS_SERVE_METHOD,
    "bucket": getattr(default_storage, "bucket_name", None),
    "signed": getattr(default_storage, "querystring_auth", None),
}))
"""


def _production_storage(**env):
    result = subprocess.run(
        [sys.executable, "-c", REPORT],
        env={**os.environ, **PRODUCTION_ENV, **env},
        capture_output=True,
        text=True,
        cwd=django_settings.BASE_DIR,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_production_media_default_to_the_filesystem_path_from_the_environment(tmp_path):
    storage = _production_storage(DJANGO_MEDIA_ROOT=str(tmp_path))
    assert storage["class"] == "django.core.files.storage.filesystem.FileSystemStorage"
    assert storage["media_root"] == str(tmp_path)


def test_production_media_go_to_an_s3_bucket_when_one_is_configured():
    storage = _production_storage(**S3_ENV)
    assert storage["class"] == "storages.backends.s3.S3Storage"
    assert storage["bucket"] == "sso-media"
    # Unsigned URLs under the bucket's prefix: cached pages never hold a link that expires.
    assert (storage["image_url"], storage["signed"]) == ("https://media.sso.example/media/images/photo.webp", False)


def test_documents_still_pass_through_the_live_page_check_on_s3():
    assert _production_storage(**S3_ENV)["docs_serve"] == "serve_view"
