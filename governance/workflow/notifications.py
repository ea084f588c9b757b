"""E-mail the approvers of a unit approval task, as Wagtail does for its group approval tasks."""

from django.contrib.auth import get_user_model
from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier

from core.mail import send_templated_mail
from governance.access.rules import approvers
from governance.workflow.models import UnitApprovalTask


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


def send_approval_comment_to_requester(sender, instance, user=None, **kwargs):
    """An approval "with comment" reaches the editor who submitted the page (Wagtail sends only rejections')."""
    task_state = instance
    requester = task_state.workflow_state.requested_by
    if not task_state.comment or requester is None or not requester.email or requester == user:
        return
    context = {
        "page": task_state.workflow_state.content_object,
        "task": task_state.task,
        "comment": task_state.comment,
        "approver": user,
    }
    send_templated_mail("governance/workflow/email/approval_comment", context, [requester.email])
