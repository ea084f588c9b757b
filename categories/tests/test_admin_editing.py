"""Editors can open the create form of every page type where it belongs, and publish through the admin."""

import pytest
from django.urls import reverse
from wagtail.models import Page, get_page_models

from categories.models import Category, ItaIndexPage, OtherContentIndexPage
from home.models import HomePage

pytestmark = pytest.mark.django_db


SINGLETONS = (HomePage, OtherContentIndexPage, ItaIndexPage)


def _a_valid_parent(model):
    for category in Category.objects.select_related("page"):
        page = category.page.specific
        if model.can_create_at(page):
            return page
    raise AssertionError(f"no category page accepts a {model.__name__}")


@pytest.mark.parametrize(
    "model",
    [m for m in get_page_models() if m not in SINGLETONS and m is not Page and m.is_creatable],
    ids=lambda m: m.__name__,
)
def test_the_create_form_of_every_page_type_opens(admin_client, model):
    parent = _a_valid_parent(model)
    url = reverse("wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk))
    response = admin_client.get(url)
    assert response.status_code == 200


@pytest.mark.parametrize("model", SINGLETONS, ids=lambda m: m.__name__)
def test_a_second_copy_of_a_one_of_a_kind_page_cannot_be_created(home_page, model):
    assert not model.can_create_at(home_page)


def test_an_editor_publishes_a_news_article_through_the_admin(admin_client, category_page, client):
    index = category_page("news/press-releases")
    url = reverse("wagtailadmin_pages:add", args=("categories", "newsarticlepage", index.pk))
    data = {
        "title": "ประกันสังคมขยายเวลายื่นแบบ",
        "slug": "extend-deadline",
        "intro": "ขยายเวลาถึงสิ้นเดือน",
        "date": "2026-11-25",
        "body-count": "0",
        "attachments-count": "0",
        "action-publish": "publish",
    }
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = Page.objects.child_of(index).get(slug="extend-deadline")
    assert page.live
    assert "25 พฤศจิกายน 2569" in client.get(page.url).content.decode()


def test_an_invalid_form_keeps_the_editor_on_the_page_and_saves_nothing(admin_client, category_page):
    index = category_page("news/recruitment")
    url = reverse("wagtailadmin_pages:add", args=("categories", "recruitmentnoticepage", index.pk))
    data = {
        "title": "รับสมัครนักวิชาการคอมพิวเตอร์",
        "slug": "it-officer",
        "date": "2026-11-25",
        "application_start": "2026-12-10",
        "application_end": "2026-12-01",
        "body-count": "0",
        "attachments-count": "0",
        "positions-count": "0",
        "action-publish": "publish",
    }
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert not Page.objects.child_of(index).filter(slug="it-officer").exists()
