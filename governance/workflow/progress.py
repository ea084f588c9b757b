"""Where a page stands in its approvals, in words: what just happened, the step it waits at (step n of m), and who
holds that step, by name (``governance.access.people``). The admin messages after each workflow action
(``page_views``) and the editor's dashboard panel (``panels``) say it the same way."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import WorkflowState

from core.thai_dates import format_thai_datetime
from governance.access.people import display_name, names
from governance.access.roles import group_name
from governance.access.rules import STAGE_ROLES, approvers, responsible_unit_codes, wrote_or_submitted
from governance.workflow.models import ExecutiveApprovalTask, UnitApprovalTask

SUBMIT, APPROVE, REJECT = "submit", "approve", "reject"


@dataclass(frozen=True)
class Step:
    """The step a page waits at: its name, its place among the workflow's tasks, and who may act on it."""

    name: str
    number: int
    total: int
    people: str
    groups: str

    @property
    def holders(self) -> str:
        """ "ก และ ข (กม. ผู้อำนวยการ)", or the groups alone when nobody in them may act yet."""
        if self.people and self.groups:
            return f"{self.people} ({self.groups})"
        return self.people or self.groups or _("nobody yet: ask the IT bureau to name the approvers")


def latest_workflow_state(page) -> WorkflowState | None:
    return (
        WorkflowState.objects.filter(base_content_type_id=page.get_base_content_type().pk, object_id=str(page.pk))
        .select_related("workflow", "current_task_state__task", "requested_by")
        .order_by("-created_at", "-pk")
        .first()
    )


def holders_of(task, page) -> tuple[list, list[str]]:
    """(people who may act on ``task`` for ``page``, names of their groups), four eyes applied."""
    specific = task.specific
    if isinstance(specific, UnitApprovalTask):
        role, field = STAGE_ROLES[specific.stage]
        groups = sorted(group_name(code, role) for code in responsible_unit_codes(page, field))
        return approvers(page, specific.stage), groups
    if isinstance(specific, ExecutiveApprovalTask):
        groups = list(specific.groups.all())
        users = get_user_model().objects.filter(is_active=True, groups__in=groups).distinct()
        return [user for user in users if not wrote_or_submitted(user, page)], sorted(g.name for g in groups)
    return [], []


def current_step(state: WorkflowState, page) -> Step | None:
    """The step an in-progress workflow waits at, or None when it waits at none."""
    task_state = state.current_task_state
    if state.status != WorkflowState.STATUS_IN_PROGRESS or task_state is None:
        return None
    tasks = list(state.workflow.tasks.values_list("pk", flat=True))
    number = tasks.index(task_state.task_id) + 1 if task_state.task_id in tasks else 1
    people, groups = holders_of(task_state.task, page)
    return Step(task_state.task.name, number, len(tasks), names(people), ", ".join(groups))


def outcome_message(page, action: str, done_step: str = "") -> str:
    """The message after ``action`` (submit, approve, reject) on ``page``: what happened, what comes next and who
    holds it; after the last approval, that the page is live or when it goes live."""
    page = type(page).objects.get(pk=page.pk)
    title = page.get_admin_display_title()
    state = latest_workflow_state(page)
    if state is None:
        return ""
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return _("You sent “%(title)s” back for changes. It waits for %(person)s, who submitted it, to change it and "
                 "submit it again.") % {"title": title, "person": display_name(state.requested_by)}  # fmt: skip
    if state.status == WorkflowState.STATUS_APPROVED:
        return live_message(page)
    step = current_step(state, page)
    if step is None:
        return ""
    values = {"title": title, "done": done_step, "step": step.name, "number": step.number, "total": step.total,
              "holders": step.holders}  # fmt: skip
    if action == APPROVE:
        return _("You approved “%(title)s” at the step “%(done)s”. Next: %(step)s (step %(number)s of %(total)s), "
                 "held by %(holders)s.") % values  # fmt: skip
    return _("“%(title)s” was sent for approval. Next: %(step)s (step %(number)s of %(total)s), held by "
             "%(holders)s.") % values  # fmt: skip


def live_message(page) -> str:
    """After the last approval: live now, or the go-live date and time (Buddhist era) it waits for."""
    title = page.get_admin_display_title()
    revision = page.get_latest_revision()
    go_live_at = revision.approved_go_live_at if revision else None
    if go_live_at and go_live_at > timezone.now():
        return _("Final approval given: “%(title)s” goes live on the website on %(when)s.") % {
            "title": title,
            "when": format_thai_datetime(go_live_at),
        }
    return _("Final approval given: “%(title)s” is now live on the website.") % {"title": title}
