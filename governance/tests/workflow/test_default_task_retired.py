"""Wagtail's install default "Moderators approval" is retired with its task, so the task is no longer listed."""

import pytest
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Task

from governance.access.sync import SyncReport
from governance.workflow.sync import WAGTAIL_DEFAULT_WORKFLOW, retire_wagtail_default_workflow

pytestmark = pytest.mark.django_db


def test_the_sync_deactivates_wagtails_moderators_approval_task_and_the_task_list_drops_it(admin_client):
    Task.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).delete()
    task = GroupApprovalTask.objects.create(name=WAGTAIL_DEFAULT_WORKFLOW, active=True)
    report = SyncReport()
    retire_wagtail_default_workflow(report)
    task.refresh_from_db()
    assert not task.active
    assert f"task '{WAGTAIL_DEFAULT_WORKFLOW}'" in report.defaults_retired
    assert (
        WAGTAIL_DEFAULT_WORKFLOW not in admin_client.get(reverse("wagtailadmin_workflows:task_index")).content.decode()
    )
