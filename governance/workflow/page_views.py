"""Wagtail's page edit and workflow-action views, made to talk: after submitting, approving at a step, requesting
changes or giving the last approval, the admin message says what happened, the next step and who holds it, by
name, or that the page is live (``progress.outcome_message``). Registered for every page type as the page viewset
(``hooks``); the views themselves are Wagtail's, unchanged otherwise."""

from django.contrib.messages import get_messages
from wagtail.admin import messages
from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.admin.viewsets.pages import PageViewSet

from governance.workflow.progress import APPROVE, REJECT, SUBMIT, outcome_message


def action_kind(action_name: str) -> str:
    return REJECT if action_name == "reject" else APPROVE


def replace_last_message(request, text: str) -> None:
    """Put ``text`` in place of the success message Wagtail has just queued ("submitted for moderation"), which
    says neither the next step nor who holds it. Django's message storage has no public way to drop a message."""
    queued = getattr(get_messages(request), "_queued_messages", None)
    if queued:
        queued.pop()
    messages.success(request, text)


class TellsSubmissionMixin:
    def form_valid(self, form):
        """Submitting asks for the evidence the page type requires (``BasePage.submission_errors``): a law its PDF,
        a procurement notice its announcement. Saving a draft does not."""
        if self.action_name in ("submit", "restart_workflow"):
            errors = getattr(form.instance, "submission_errors", dict)()
            if errors:
                for field, message in errors.items():
                    form.add_error(field if field in form.fields else None, message)
                return self.form_invalid(form)
        return super().form_valid(form)

    def submit_action(self):
        response = super().submit_action()
        self.tell(SUBMIT)
        return response

    def tell(self, action):
        text = outcome_message(self.page, action)
        if text:
            replace_last_message(self.request, text)


class TalkingCreateView(TellsSubmissionMixin, CreateView):
    pass


class TalkingEditView(TellsSubmissionMixin, EditView):
    def restart_workflow_action(self):
        response = super().restart_workflow_action()
        self.tell(SUBMIT)
        return response

    def perform_workflow_action(self):
        task = self.page.current_workflow_task
        self.acted_step = task.name if task else ""
        return super().perform_workflow_action()

    def add_save_confirmation_message(self):
        if self.action_name != "perform_workflow_action":
            return super().add_save_confirmation_message()
        text = outcome_message(self.page, action_kind(self.workflow_action), self.acted_step)
        if not text:
            return super().add_save_confirmation_message()
        messages.success(self.request, text, buttons=[self.get_edit_message_button()])
        return None


class TalkingWorkflowActionView(WorkflowActionView):
    """The dashboard's and the status dialog's approve / request-changes buttons (Wagtail adds no message)."""

    def post(self, request, *args, **kwargs):
        acted_step = self.task.name
        response = super().post(request, *args, **kwargs)
        text = outcome_message(self.object, action_kind(self.action_name), acted_step)
        if text:
            messages.success(request, text)
        return response


class TalkingPageViewSet(PageViewSet):
    add_view_class = TalkingCreateView
    edit_view_class = TalkingEditView
    workflow_action_view_class = TalkingWorkflowActionView
