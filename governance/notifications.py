"""E-mail the approvers of a unit approval task, as Wagtail does for its group approval tasks."""

from django.contrib.auth import get_user_model
from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier

from governance.models import UnitApprovalTask
from governance.rules import approvers


class UnitApprovalTaskSubmissionNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
    def can_handle(self, instance, **kwargs):
        return isinstance(instance.task.specific, UnitApprovalTask)

    def get_recipient_users(self, task_state, **kwargs):
        page = task_state.workflow_state.content_object
        ids = [user.pk for user in approvers(page, task_state.task.specific.stage)]
        triggering_user = kwargs.get("user")
        recipients = get_user_model().objects.filter(pk__in=ids)
        return recipients.exclude(pk=triggering_user.pk) if triggering_user else recipients


unit_task_submission_notifier = UnitApprovalTaskSubmissionNotifier()
