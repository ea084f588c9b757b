"""Acting in the admin as a user would, for the workflow and request tests: create a page through Wagtail's add
form, take a workflow action, and let a scheduled go-live time pass."""

import datetime

from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState

LAW_FORM = {
    "year_be": "2533",
    "status": "in_force",
    "body-count": "0",
    "attachments-count": "0",
}
CONTENT_FORM = {"body-count": "0", "attachments-count": "0"}


def with_evidence(form, model=None) -> dict:
    """``form`` with the PDF a law must carry to be submitted (``LawPage.submission_errors``)."""
    from categories.models import LawPage
    from core.tests.factories import DocumentFactory

    if "document" in form or (model is not None and not issubclass(model, LawPage)):
        return form
    return {**form, "document": str(DocumentFactory().pk)}


def create_in_admin(client, user, parent, model, slug, form, action=None):
    client.force_login(user)
    if action == "action-submit":
        form = with_evidence(form, model)
    data = {"title": f"หน้า {slug}", "slug": slug, **form}
    if action:
        data[action] = action
    url = reverse("wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk))
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return model.objects.get(slug=slug)


def workflow_in_progress(page):
    return WorkflowState.objects.filter(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS).first()


def workflow_action(client, user, page, action, comment=""):
    client.force_login(user)
    task_state = workflow_in_progress(page).current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))
    return client.post(url, {"comment": comment} if comment else {})


def let_time_pass_until_go_live(revision):
    """The go-live time, stored on the revision and in its content, is now a minute ago."""
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
