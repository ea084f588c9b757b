"""The owning unit is recorded on every path that creates a page, through the real admin views."""

import pytest
from django.urls import reverse

from categories.models import LawPage
from governance.access.models import PageOwner
from governance.tests.admin_actions import LAW_FORM, create_in_admin
from governance.tests.factories import unit_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def created_and_published_by_a_director(client, category_page):
    """A director presses Publish on a new manual (หน่วยงานเจ้าของข้อมูล): the publish is refused, the draft kept."""
    return create_in_admin(
        client, unit_user("กม.", "director"), category_page("laws/manuals"), LawPage, "km-new-manual", LAW_FORM,
        "action-publish",
    )  # fmt: skip


def test_a_directors_create_and_publish_records_his_unit_as_owner(created_and_published_by_a_director):
    assert PageOwner.objects.get(page=created_and_published_by_a_director).unit.code == "กม."


def test_the_owning_units_editor_can_edit_a_page_its_director_created_and_published(
    client, created_and_published_by_a_director
):
    client.force_login(unit_user("กม.", "editor"))
    url = reverse("wagtailadmin_pages:edit", args=(created_and_published_by_a_director.pk,))
    assert client.get(url).status_code == 200


def test_another_units_editor_still_cannot_edit_it(client, created_and_published_by_a_director):
    client.force_login(unit_user("กค.", "editor"))
    url = reverse("wagtailadmin_pages:edit", args=(created_and_published_by_a_director.pk,))
    assert client.get(url).status_code != 200
