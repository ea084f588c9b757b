"""What the workflow slice does when Wagtail reports a task submitted or approved: e-mail the unit's approvers,
and pass an approver's comment to the person who submitted; and when a category's page is translated, extend
the matrix to the translation."""

import contextlib
import contextvars

from wagtail.models import TaskState
from wagtail.signals import copy_for_translation_done, task_approved, task_submitted

from categories.models import Category
from categories.taxonomy import load_taxonomy
from governance.workflow.notifications import send_approval_comment_to_requester, unit_task_submission_notifier
from governance.workflow.sync import sync_governance


def connect() -> None:
    task_submitted.connect(
        unit_task_submission_notifier, sender=TaskState, dispatch_uid="unit_approval_task_submitted_email"
    )
    task_approved.connect(send_approval_comment_to_requester, dispatch_uid="approval_comment_to_requester")
    copy_for_translation_done.connect(govern_translated_category_page, dispatch_uid="govern_translated_category")


_deferred = contextvars.ContextVar("governance_sync_deferred", default=False)


@contextlib.contextmanager
def one_governance_sync_after():
    """Translate many pages (the demo), then sync the matrix once instead of once per category page."""
    token = _deferred.set(True)
    try:
        yield
    finally:
        _deferred.reset(token)
    sync_governance(load_taxonomy())


def govern_translated_category_page(sender, source_obj, target_obj, **kwargs) -> None:
    """A category's page was translated (an English copy made): give the copy the category's page permissions
    and workflow, as setup_site would, so the matrix applies to the English pages beneath it."""
    if _deferred.get():
        return
    if Category.objects.filter(page_id=getattr(source_obj, "pk", None)).exists():
        sync_governance(load_taxonomy())
