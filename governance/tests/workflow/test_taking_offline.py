"""Taking live content offline needs two people too: one director alone can neither unpublish, delete nor
password-protect a live page, through the real admin views. The way offline is an expiry date, approved."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from categories.models import LawPage
from categories.tests.factories import LawPageFactory
from governance.tests.admin_actions import LAW_FORM, with_evidence, workflow_action
from governance.tests.factories import unit_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def live_act(category_page):
    return LawPageFactory(parent=category_page("laws/acts"), title="พ.ร.บ. ที่เผยแพร่แล้ว", slug="live-act")


@pytest.fixture
def director_client(client):
    client.force_login(unit_user("กม.", "director"))
    return client


def test_a_director_alone_cannot_unpublish_a_live_page(director_client, live_act):
    director_client.post(reverse("wagtailadmin_pages:unpublish", args=(live_act.pk,)), {})
    live_act.refresh_from_db()
    assert live_act.live


def test_a_director_is_not_offered_unpublish(director_client, live_act):
    html = director_client.get(reverse("wagtailadmin_pages:edit", args=(live_act.pk,))).content.decode()
    assert reverse("wagtailadmin_pages:unpublish", args=(live_act.pk,)) not in html


def test_a_director_alone_cannot_unpublish_a_live_page_in_bulk(director_client, live_act):
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "unpublish"))
    director_client.post(f"{url}?id={live_act.pk}", {})
    live_act.refresh_from_db()
    assert live_act.live


def test_a_director_alone_cannot_delete_a_live_page(director_client, live_act):
    director_client.post(reverse("wagtailadmin_pages:delete", args=(live_act.pk,)), {})
    assert Page.objects.filter(pk=live_act.pk).exists()


def test_a_director_alone_cannot_password_protect_a_live_page(director_client, live_act):
    url = reverse("wagtailadmin_pages:set_privacy", args=(live_act.pk,))
    director_client.post(url, {"restriction_type": "password", "password": "secret-of-one-director"})
    assert not PageViewRestriction.objects.exists()


def test_a_director_alone_cannot_password_protect_the_parent_of_live_pages(director_client, category_page, live_act):
    url = reverse("wagtailadmin_pages:set_privacy", args=(category_page("laws/acts").pk,))
    director_client.post(url, {"restriction_type": "password", "password": "secret-of-one-director"})
    assert not PageViewRestriction.objects.exists()


def test_a_director_may_still_delete_a_draft(director_client, live_act):
    live_act.unpublish()
    director_client.post(reverse("wagtailadmin_pages:delete", args=(live_act.pk,)), {})
    assert not Page.objects.filter(pk=live_act.pk).exists()


def test_a_superuser_may_still_unpublish(admin_client, live_act):
    admin_client.post(reverse("wagtailadmin_pages:unpublish", args=(live_act.pk,)), {})
    live_act.refresh_from_db()
    assert not live_act.live


def test_an_approved_expiry_takes_the_page_offline(client, live_act):
    """The two-person way: the editor sets the expiry and submits, the director and the checker approve."""
    expiry = timezone.localtime() + datetime.timedelta(minutes=5)
    client.force_login(unit_user("กม.", "editor"))
    data = {
        "title": live_act.title, "slug": live_act.slug, **with_evidence(LAW_FORM),
        "expire_at": expiry.strftime("%Y-%m-%d %H:%M"), "action-submit": "1",
    }  # fmt: skip
    assert client.post(reverse("wagtailadmin_pages:edit", args=(live_act.pk,)), data).status_code == 302
    workflow_action(client, unit_user("กม.", "director"), live_act, "approve")
    workflow_action(client, unit_user("ศสน.", "checker"), live_act, "approve")
    LawPage.objects.filter(pk=live_act.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
    call_command("publish_scheduled")
    live_act.refresh_from_db()
    assert not live_act.live and live_act.expired
