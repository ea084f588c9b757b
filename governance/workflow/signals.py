"""What the workflow slice does when Wagtail reports a task submitted or approved: e-mail the unit's approvers,
and pass an approver's comment to the person who submitted."""

from wagtail.models import TaskState
from wagtail.signals import task_approved, task_submitted

from governance.workflow.notifications import send_approval_comment_to_requester, unit_task_submission_notifier


def connect() -> None:
    task_submitted.connect(
        unit_task_submission_notifier, sender=TaskState, dispatch_uid="unit_approval_task_submitted_email"
    )
    task_approved.connect(send_approval_comment_to_requester, dispatch_uid="approval_comment_to_requester")
