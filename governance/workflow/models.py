"""Workflow tasks whose approvers depend on the page's responsible unit, and the executives' task."""

from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Revision, Task, TaskState

from governance.access.rules import can_approve, pages_user_can_approve, revision_text, wrote_or_submitted


class ActOnOwnObjectMixin:
    """Wagtail's workflow-action view checks ``get_actions`` against the page in the URL but acts on the task
    state in the URL, which may belong to another page. Acting is allowed only on a task state of this task,
    still in progress, that is the current one of its own page, and only by someone who may act on that page."""

    def on_action(self, task_state, user, action_name, **kwargs):
        obj = task_state.workflow_state.content_object
        current = getattr(obj, "current_workflow_task_state", None)
        if (
            task_state.task_id != self.pk
            or task_state.status != TaskState.STATUS_IN_PROGRESS
            or current is None
            or current.pk != task_state.pk
            or not self.get_actions(obj.specific, user)
        ):
            raise PermissionDenied
        if action_name == "approve":
            carry_approvals_over_resaves(task_state)
        return super().on_action(task_state, user, action_name, **kwargs)


def carry_approvals_over_resaves(task_state) -> None:
    """Approvals given to a revision also hold for a later revision with the same text.

    With ``WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT`` any newer revision sends the workflow back to its first
    task, and the page editor may store an unchanged revision before it acts (its Save draft always does). Without
    this an approver who opened the editor, or anyone who re-saved the page unchanged, would send it round the
    approvals for ever. A revision whose text differs still restarts them, as the setting means."""
    workflow_state = task_state.workflow_state
    latest = (
        Revision.objects.filter(
            base_content_type_id=workflow_state.base_content_type_id, object_id=workflow_state.object_id
        )
        .order_by("-created_at", "-id")
        .first()
    )
    if latest is None:
        return
    stale = list(
        workflow_state.task_states.filter(
            status__in=(TaskState.STATUS_IN_PROGRESS, TaskState.STATUS_APPROVED, TaskState.STATUS_SKIPPED)
        )
        .exclude(revision_id=latest.pk)
        .select_related("revision")
    )
    wanted = revision_text(latest.content)
    same = [state.pk for state in stale if state.revision and revision_text(state.revision.content) == wanted]
    if same:
        TaskState.objects.filter(pk__in=same).update(revision=latest)
    if task_state.pk in same:  # Wagtail saves the acted-on state whole: keep it from writing the old revision back
        task_state.revision = latest


class UnitApprovalTask(ActOnOwnObjectMixin, Task):
    """Approval by the page's responsible unit: its director (data role) or its checker (checking role).

    Which unit is responsible comes from the page's category in the matrix, or from the page's owning unit
    where the matrix says หน่วยงานเจ้าของข้อมูล. Nobody approves a revision chain that holds their own edits since
    the last publish, nor what they submitted (``rules.wrote_or_submitted``).
    """

    class Stage(models.TextChoices):
        DIRECTOR = "director", _("director of the data unit")
        CHECKER = "checker", _("checking unit")

    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices, default=Stage.DIRECTOR)

    admin_form_fields = Task.admin_form_fields + ["stage"]

    class Meta:
        verbose_name = _("unit approval task")
        verbose_name_plural = _("unit approval tasks")

    def _can_act(self, obj, user) -> bool:
        return can_approve(user, obj, self.stage)

    def user_can_access_editor(self, obj, user):
        return self._can_act(obj, user)

    def locked_for_user(self, obj, user):
        return not self._can_act(obj, user)

    def get_actions(self, obj, user):
        if self._can_act(obj, user):
            return [
                ("reject", _("Request changes"), True),
                ("approve", _("Approve"), False),
                ("approve", _("Approve with comment"), True),
            ]
        return []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        # WorkflowState.object_id is text: compare it with the page ids cast to text, in one sub-query.
        page_ids = pages_user_can_approve(user, self.stage).annotate(id_text=Cast("pk", models.CharField()))
        return states.filter(workflow_state__object_id__in=page_ids.values("id_text"))

    @classmethod
    def get_description(cls):
        return _("The director or checker of the unit responsible for the page approves it")


class ExecutiveApprovalTask(ActOnOwnObjectMixin, AbstractGroupApprovalTask):
    """The authorised executive's approval of material outside the list (seed §1), with four eyes."""

    class Meta:
        verbose_name = _("executive approval task")
        verbose_name_plural = _("executive approval tasks")

    def get_actions(self, obj, user):
        if wrote_or_submitted(user, obj):
            return []
        return super().get_actions(obj, user)
