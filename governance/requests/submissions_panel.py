"""The editor's dashboard panel: where each of their submissions waits (step n of m), with whom by name, and for
how many working days against the 3-day rule (``calendar.days_taken``)."""

from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import WorkflowState

from governance.requests.calendar import days_taken
from governance.workflow.progress import current_step

RULE_DAYS = 3


def submissions_waiting(user, now=None) -> list[dict]:
    now = now or timezone.now()
    states = (
        WorkflowState.objects.filter(requested_by=user, status=WorkflowState.STATUS_IN_PROGRESS)
        .select_related("workflow", "current_task_state__task")
        .order_by("created_at")[:20]
    )
    rows = []
    for state in states:
        page = state.content_object
        if page is None:
            continue
        taken = days_taken(state.created_at, now)
        rows.append({"page": page, "step": current_step(state, page), "since": state.created_at,
                     "days": round(taken, 1), "late": taken > RULE_DAYS})  # fmt: skip
    return rows


class SubmissionsPanel(Component):
    name = "sso_my_submissions"
    order = 60
    template_name = "governance/requests/submissions_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        return {"rows": submissions_waiting(self.user), "rule_days": RULE_DAYS}
