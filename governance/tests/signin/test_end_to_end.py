"""One whole sign-in as production runs it: a director enters the password on Wagtail's login form, then the
code from the authenticator app, and approves an editor's page through the workflow."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import TaskState

from categories.models import LawPage
from governance.tests.admin_actions import LAW_FORM, create_in_admin, workflow_in_progress
from governance.tests.factories import unit_user
from governance.tests.signin.helpers import app_code, authenticator, enter_code, sign_in

pytestmark = pytest.mark.django_db


def test_a_director_signs_in_with_password_and_code_and_approves_a_page(client, category_page, otp_on):
    editor = unit_user("กม.", "editor")
    otp_on.SSO_OTP_ENFORCED = False  # the editor's part is not under test here
    page = create_in_admin(client, editor, category_page("laws/acts"), LawPage, "act-2533", LAW_FORM, "action-submit")
    otp_on.SSO_OTP_ENFORCED = True
    task_state = workflow_in_progress(page).current_task_state
    approve_url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))

    director = unit_user("กม.", "director")
    device = authenticator(director)
    browser = Client()
    response = sign_in(browser, director, next_url=approve_url)
    assert response.status_code == 302 and response.url == approve_url

    # The password alone approves nothing: the approval is sent to the code screen and not recorded.
    response = browser.post(approve_url)
    assert response.status_code == 302 and response.url.startswith(reverse("signin:verify"))
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS

    response = enter_code(browser, app_code(device.bin_key), next_url="/admin/")
    assert response.status_code == 302 and response.url == "/admin/"
    response = browser.post(approve_url)
    assert response.status_code == 302
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_APPROVED
    assert workflow_in_progress(page).current_task_state.task.specific.stage == "checker"
