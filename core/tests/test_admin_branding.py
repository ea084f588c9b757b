"""The admin as the office's own: Sarabun on every admin page, the office's name on the sign-in page and in tab
titles, and a Help menu that opens the Thai editors' guide from docs/guide/."""

import re
from pathlib import Path

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("guide-reader", "guide@example.invalid", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    return client


def _title(html: str) -> str:
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()


def test_every_admin_page_links_the_sarabun_stylesheet(admin_client):
    from django.test import Client

    for response in (admin_client.get(reverse("wagtailadmin_home")), Client().get(reverse("wagtailadmin_login"))):
        assert '<link rel="stylesheet" href="/static/css/admin.css' in response.content.decode()


def test_the_admin_stylesheet_sets_sarabun_as_wagtails_font():
    from django.contrib.staticfiles import finders

    css = Path(finders.find("css/admin.css")).read_text(encoding="utf-8")
    assert "Sarabun-Regular.woff2" in css and '--w-font-sans: "Sarabun"' in css
    assert finders.find("fonts/Sarabun-Regular.woff2") and finders.find("fonts/Sarabun-Bold.woff2")


def test_the_sign_in_page_names_the_office_not_wagtail(client):
    html = client.get(reverse("wagtailadmin_login")).content.decode()
    heading = re.search(r"<h1>(.*?)</h1>", html, re.S).group(1)
    assert "สำนักงานประกันสังคม" in heading and "Wagtail" not in heading
    assert "sso-admin-logo" in html
    assert _title(html).endswith("- สำนักงานประกันสังคม")


def test_tab_titles_end_with_the_office_not_wagtail(admin_client):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert _title(html).endswith("สำนักงานประกันสังคม") and "Wagtail" not in _title(html)


def test_the_help_menu_opens_our_guide_and_not_wagtails(admin_client):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("sso_guide") in html
    assert "guide.wagtail.org" not in html and "wagtail.org" not in html


def test_the_guide_lists_the_roles_while_no_chapter_is_written(editor, settings, tmp_path):
    settings.SSO_GUIDE_DIR = tmp_path
    html = editor.get(reverse("sso_guide")).content.decode()
    assert "Auditors" not in html  # the roles in Thai
    assert html.count("<li>") >= 5


def test_a_chapter_is_rendered_from_markdown_with_raw_html_escaped(editor, settings, tmp_path):
    settings.SSO_GUIDE_DIR = tmp_path
    (tmp_path / "editor.md").write_text(
        "# คู่มือผู้จัดทำเนื้อหา\n\n**ตัวหนา** <script>alert(1)</script> [x](javascript:alert(1))\n", encoding="utf-8"
    )
    assert "คู่มือผู้จัดทำเนื้อหา" in editor.get(reverse("sso_guide")).content.decode()
    html = editor.get(reverse("sso_guide_chapter", args=["editor"])).content.decode()
    assert "<strong>ตัวหนา</strong>" in html
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert 'href="javascript:' not in html


def test_a_chapter_name_cannot_leave_the_guide_folder(editor, settings, tmp_path):
    settings.SSO_GUIDE_DIR = tmp_path / "guide"
    (tmp_path / "guide").mkdir()
    (tmp_path / "secret.md").write_text("# secret", encoding="utf-8")
    assert editor.get("/admin/guide/..%2Fsecret/").status_code == 404
    assert editor.get(reverse("sso_guide_chapter", args=["missing"])).status_code == 404


def test_the_guide_is_for_admin_users_only(client, django_user_model):
    assert client.get(reverse("sso_guide")).status_code == 302
    client.force_login(django_user_model.objects.create_user("public", "p@example.invalid", "pw"))
    response = client.get(reverse("sso_guide"))
    assert response.status_code in (302, 403)
    assert response.status_code == 403 or "login" in response["Location"] or response["Location"] == "/admin/"


def test_the_sign_in_form_labels_the_password_in_thai():
    from django.test import Client

    html = Client().get(reverse("wagtailadmin_login")).content.decode()
    label = re.search(r'<label[^>]*for="id_password"[^>]*>(.*?)</label>', html, re.S).group(1)
    assert "รหัสผ่าน" in label and "Password" not in label


def test_the_page_editor_labels_the_slug_in_thai(admin_client, category_page):
    page = category_page("news/press-releases")
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    label = re.search(r'<label[^>]*for="id_slug"[^>]*>(.*?)</label>', html, re.S).group(1)
    assert "ชื่อหน้าในที่อยู่เว็บ" in label and "slug" not in label.lower()
