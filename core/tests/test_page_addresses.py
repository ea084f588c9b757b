"""Page addresses keep Thai readable (docs/page-addresses.md): the rule, the admin's create and copy forms, and
redirects from an old address when a live page's address changes."""

import unicodedata

import pytest
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from categories.models import NewsArticlePage
from categories.tests.factories import LawPageFactory, NewsArticlePageFactory
from core.slugs import SLUG_PATTERN, page_slug

pytestmark = pytest.mark.django_db

THAI_TITLE = "พระราชบัญญัติทดสอบการประเมินผู้ใช้ พ.ศ. 2569"
THAI_SLUG = "พระราชบัญญัติทดสอบการประเมินผู้ใช้-พศ-2569"
LAW_FORM = {"year_be": "2569", "status": "in_force", "body-count": "0", "attachments-count": "0"}
NEWS_FORM = {"date": "2026-11-25", "body-count": "0", "attachments-count": "0"}


def _marks(text):
    return [c for c in text if unicodedata.category(c) == "Mn"]


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        (THAI_TITLE, THAI_SLUG),
        ("น้ำท่วม ที่ไหน?", "น้ำท่วม-ที่ไหน"),
        ("ประกาศ: เรื่อง “การยื่นแบบ” (ฉบับที่ ๒)", "ประกาศ-เรื่อง-การยื่นแบบ-ฉบับที่-๒"),
        ("Social Security Act B.E. 2533", "social-security-act-be-2533"),
    ],
)
def test_the_slug_keeps_every_thai_vowel_and_tone_mark(title, slug):
    assert page_slug(title) == slug
    assert _marks(page_slug(title)) == _marks(title)
    assert SLUG_PATTERN.match(slug)


def _add_url(model, parent):
    return reverse("wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk))


def test_the_admin_create_form_accepts_a_thai_address_with_its_marks(admin_client, category_page, client):
    news = category_page("news/press-releases")
    data = {"title": THAI_TITLE, "slug": THAI_SLUG, **NEWS_FORM, "action-publish": "publish"}
    response = admin_client.post(_add_url(NewsArticlePage, news), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = Page.objects.child_of(news).get(title=THAI_TITLE)
    assert page.slug == THAI_SLUG
    assert client.get(page.url).status_code == 200


def test_a_page_saved_without_an_address_gets_a_readable_one_from_its_title(category_page):
    news = category_page("news/press-releases")
    first = news.add_child(instance=NewsArticlePage(title=THAI_TITLE))
    second = news.add_child(instance=NewsArticlePage(title=THAI_TITLE))
    assert (first.slug, second.slug) == (THAI_SLUG, f"{THAI_SLUG}-2")


def test_the_admin_edit_form_shows_the_thai_slug_script(admin_client, category_page):
    acts = category_page("laws/acts")
    html = admin_client.get(_add_url(acts.specific_class.listing_model, acts)).content.decode()
    assert "core/js/thai-slug.js" in html


def test_an_invalid_address_is_refused_with_a_message_and_nothing_saved(admin_client, category_page):
    acts = category_page("laws/acts")
    data = {"title": "ทดสอบที่อยู่ผิด", "slug": "มี ช่องว่าง/และทับ", **LAW_FORM}
    response = admin_client.post(_add_url(acts.specific_class.listing_model, acts), data)
    assert response.status_code == 200
    assert not Page.objects.filter(title="ทดสอบที่อยู่ผิด").exists()


def test_copying_a_page_with_a_thai_address_in_the_admin_works(admin_client, category_page):
    parent = category_page("news/press-releases")
    page = NewsArticlePageFactory(parent=parent, title="ประวัติความเป็นมา", slug="ประวัติความเป็นมา")
    data = {
        "new_title": "ประวัติความเป็นมา (สำเนา)",
        "new_slug": "ประวัติความเป็นมา-สำเนา",
        "new_parent_page": parent.pk,
    }
    response = admin_client.post(reverse("wagtailadmin_pages:copy", args=(page.pk,)), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Page.objects.child_of(parent).filter(slug="ประวัติความเป็นมา-สำเนา").exists()


def test_a_changed_address_redirects_the_old_one_permanently(category_page, client, django_capture_on_commit_callbacks):
    acts = category_page("laws/acts")
    page = LawPageFactory(parent=acts, title=THAI_TITLE, slug="พระราชบญญตทดสอบการประเมนผใช-พศ-2569")
    old_url = page.url
    page.slug = THAI_SLUG
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    page.refresh_from_db()
    assert Redirect.objects.filter(redirect_page=page).exists()
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"].endswith(page.url)
    assert client.get(page.url).status_code == 200
