"""What happens when a workflow's last task is approved (``WAGTAIL_FINISH_WORKFLOW_ACTION``).

The approvals are the authority to publish (seed §2.1: the director's sign-off, then the checker's review),
so the approved revision is published even when the last approver, a checker, holds no publish permission.
Direct publishing, without a workflow, is refused to everyone but superusers (see governance.workflow.hooks).
"""


def publish_approved(workflow_state, user=None):
    workflow_state.content_object.get_latest_revision().publish(user=user, skip_permission_checks=True)
