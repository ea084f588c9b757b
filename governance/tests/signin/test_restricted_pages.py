"""Pages restricted to signed-in staff ask for the whole sign-in, as the admin does: a password alone (a stolen
one, say) does not open them, Wagtail's own front-end login is not a way round the second factor, and an idle
session does not read them either."""

import time

import pytest
from wagtail.models import PageViewRestriction

from categories.tests.factories import NewsArticlePageFactory
from governance.signin.sessions import LAST_SEEN_AT
from governance.tests.factories import unit_user
from governance.tests.signin.helpers import authenticator, sign_in, sign_in_with_code

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_only_page(category_page):
    page = NewsArticlePageFactory(parent=category_page("news/press-releases"))
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


def test_a_password_without_the_code_does_not_open_a_staff_only_page(client, otp_on, staff_only_page):
    user = unit_user("กม.", "editor")
    authenticator(user)
    sign_in(client, user, next_url=staff_only_page.url)
    response = client.get(staff_only_page.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/sign-in/verify/")
    assert staff_only_page.title not in response.content.decode()


def test_a_director_who_must_enrol_is_sent_to_enrol_before_a_staff_only_page(client, otp_on, staff_only_page):
    sign_in(client, unit_user("กม.", "director"))
    response = client.get(staff_only_page.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/sign-in/enrol/")


def test_both_factors_open_a_staff_only_page(client, otp_on, staff_only_page):
    sign_in_with_code(client, unit_user("กม.", "editor"))
    response = client.get(staff_only_page.url)
    assert response.status_code == 200
    assert staff_only_page.title in response.content.decode()


def test_an_idle_session_must_sign_in_again_for_a_staff_only_page(client, otp_on, staff_only_page):
    sign_in_with_code(client, unit_user("กม.", "editor"))
    session = client.session
    session[LAST_SEEN_AT] = time.time() - 3 * 3600
    session.save()
    response = client.get(staff_only_page.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert client.get("/admin/").status_code == 302  # the session itself has ended


def test_an_anonymous_visitor_of_a_staff_only_page_is_sent_to_the_admin_sign_in(client, staff_only_page):
    response = client.get(staff_only_page.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=")


def test_wagtails_front_end_login_sends_to_the_admin_sign_in_with_its_next(client):
    response = client.get("/_util/login/?next=/news/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/login/?next=%2Fnews%2F"


def test_a_password_posted_to_wagtails_front_end_login_signs_nobody_in(client):
    user = unit_user("กม.", "editor")
    client.post("/_util/login/", {"username": user.username, "password": "pw"})
    assert "_auth_user_id" not in client.session


def test_a_public_page_is_served_without_reading_the_session(client, otp_on, category_page):
    page = NewsArticlePageFactory(parent=category_page("news/press-releases"))
    user = unit_user("กม.", "editor")
    authenticator(user)
    sign_in(client, user)
    assert client.get(page.url).status_code == 200
