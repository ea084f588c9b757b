"""The list of publication requests in the admin: a Wagtail index view that pages through any number of
requests in a bounded number of queries, filters, sorts, and shows itself and its button only to those allowed."""

import pytest
from django.urls import reverse

from governance.access.roles import EXECUTIVES, SCREENING, SECRETARY_GENERAL
from governance.requests.models import PublicationRequest
from governance.tests.factories import PublicationRequestFactory, office_user, unit_user

pytestmark = pytest.mark.django_db

INDEX = "publication_requests:index"


def _letters(response) -> list[str]:
    return [request.letter_number for request in response.context["object_list"]]


@pytest.fixture
def ten_thousand_requests():
    PublicationRequestFactory.reset_sequence()
    PublicationRequest.objects.bulk_create(PublicationRequestFactory.build_batch(10_000), batch_size=1000)


def test_the_list_pages_through_10000_requests_in_a_bounded_number_of_queries(
    client, ten_thousand_requests, django_assert_max_num_queries
):
    client.force_login(unit_user("ศสน.", "editor"))
    client.get(reverse(INDEX))  # warm the caches every admin page shares
    # About 30 queries are the admin's shell (session, groups, the menu's permission checks); the list adds a
    # count, the page of requests and the filters' choices, whatever the number of requests.
    with django_assert_max_num_queries(40):
        first = client.get(reverse(INDEX))
    with django_assert_max_num_queries(40):
        last = client.get(reverse(INDEX), {"p": "200"})
    assert first.status_code == last.status_code == 200
    assert first.context["paginator"].count == 10_000
    assert _letters(first)[0] == "ปช 9999/2569" and len(_letters(first)) == 50
    assert _letters(last)[-1] == "ปช 0000/2569" and len(_letters(last)) == 50
    assert "ปช 0000/2569" in last.content.decode()


def test_the_list_filters_by_state(client):
    PublicationRequestFactory(letter_number="ปช 1/2569", state="received")
    PublicationRequestFactory(letter_number="ปช 2/2569", state="rejected")
    client.force_login(office_user(SCREENING))
    assert _letters(client.get(reverse(INDEX), {"state": "rejected"})) == ["ปช 2/2569"]


def test_the_list_sorts_by_letter_number(client):
    for number in ("ปช 2/2569", "ปช 3/2569", "ปช 1/2569"):
        PublicationRequestFactory(letter_number=number)
    client.force_login(office_user(SECRETARY_GENERAL))
    assert _letters(client.get(reverse(INDEX), {"ordering": "letter_number"})) == [
        "ปช 1/2569",
        "ปช 2/2569",
        "ปช 3/2569",
    ]


def test_the_list_searches_the_subject(client):
    PublicationRequestFactory(subject="ประกาศเจตนารมณ์ต่อต้านการทุจริต")
    PublicationRequestFactory(subject="ขอเผยแพร่ข่าว")
    client.force_login(unit_user("สบท.", "checker"))
    response = client.get(reverse("publication_requests:results"), {"q": "เจตนารมณ์"})
    assert [request.subject for request in response.context["object_list"]] == ["ประกาศเจตนารมณ์ต่อต้านการทุจริต"]


@pytest.mark.parametrize(
    "user", [lambda: unit_user("กม.", "editor"), lambda: unit_user("กม.", "director"), lambda: office_user(EXECUTIVES)]
)
def test_others_are_sent_back_to_the_dashboard_and_see_no_menu_item(client, user):
    client.force_login(user())
    response = client.get(reverse(INDEX))
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert reverse(INDEX) not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_readers_see_the_menu_item(client):
    client.force_login(unit_user("สบท.", "checker"))
    assert reverse(INDEX) in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_register_button_shows_only_to_those_who_register_letters(client):
    client.force_login(unit_user("ศสน.", "editor"))
    assert reverse("publication_requests:add") in client.get(reverse(INDEX)).content.decode()
    client.force_login(unit_user("ศสน.", "checker"))
    response = client.get(reverse(INDEX))
    assert response.status_code == 200 and reverse("publication_requests:add") not in response.content.decode()
