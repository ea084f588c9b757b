"""What the requests slice does when Wagtail reports a workflow approval or a publication."""

from wagtail.models import WorkflowState
from wagtail.signals import page_published, workflow_approved

from governance.requests.clock import on_workflow_approved
from governance.requests.flow import mark_published


def on_page_published(sender, instance, revision=None, **kwargs):
    """The page is live: stop every clock of it that still runs, and close the requests it answers."""
    mark_published(instance)


def connect() -> None:
    workflow_approved.connect(on_workflow_approved, sender=WorkflowState, dispatch_uid="sla_clock_start")
    page_published.connect(on_page_published, dispatch_uid="sla_clock_stop")
