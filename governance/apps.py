from django.apps import AppConfig


class GovernanceConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "governance"
    verbose_name = "การกำกับการเผยแพร่"

    def ready(self):
        from wagtail.models import TaskState, WorkflowState
        from wagtail.signals import page_published, task_approved, task_submitted, workflow_approved

        from governance.notifications import send_approval_comment_to_requester, unit_task_submission_notifier
        from governance.sla import on_page_published, on_workflow_approved

        task_submitted.connect(
            unit_task_submission_notifier, sender=TaskState, dispatch_uid="unit_approval_task_submitted_email"
        )
        task_approved.connect(send_approval_comment_to_requester, dispatch_uid="approval_comment_to_requester")
        workflow_approved.connect(on_workflow_approved, sender=WorkflowState, dispatch_uid="sla_clock_start")
        page_published.connect(on_page_published, dispatch_uid="sla_clock_stop")
