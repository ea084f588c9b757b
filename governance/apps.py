from django.apps import AppConfig


class GovernanceConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "governance"
    verbose_name = "การกำกับการเผยแพร่"

    def ready(self):
        from wagtail.models import TaskState
        from wagtail.signals import task_approved, task_submitted

        from governance.notifications import send_approval_comment_to_requester, unit_task_submission_notifier

        task_submitted.connect(
            unit_task_submission_notifier, sender=TaskState, dispatch_uid="unit_approval_task_submitted_email"
        )
        task_approved.connect(send_approval_comment_to_requester, dispatch_uid="approval_comment_to_requester")
