"""Outgoing e-mail in the admin, for สบท. (the account and system administrators): every queued, sent and
failed message with its attempts and last error (a Wagtail index view), one message, and "retry now". Mail is
queued by ``core.outbox`` and sent by the ``core.jobs.send_outbox`` job; this is where its failures show.
Nobody else sees the list: messages carry names, addresses and page titles."""

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.defaults import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView

from core import outbox
from core.admin_views import PlainForbiddenMixin, ThaiDateTimeColumn, UserTestPolicy
from core.models import OutboxMessage
from governance.access.roles import ACCOUNT_ADMINS
from governance.access.rules import in_any_group


def can_see_outbox(user) -> bool:
    return in_any_group(user, (ACCOUNT_ADMINS,))


OUTBOX_POLICY = UserTestPolicy(OutboxMessage, view=can_see_outbox)


class OutboxFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=gettext_lazy("status"), choices=OutboxMessage.Status.choices)

    class Meta:
        model = OutboxMessage
        fields = ["status"]


def _short_error(message) -> str:
    return Truncator(message.last_error).chars(120)


class OutboxIndexView(PlainForbiddenMixin, IndexView):
    """Newest first; failed and queued messages are a filter away."""

    model = OutboxMessage
    permission_policy = OUTBOX_POLICY
    any_permission_required = ["view"]
    filterset_class = OutboxFilterSet
    default_ordering = "-created_at"
    paginate_by = 50
    page_title = gettext_lazy("Outgoing e-mail")
    header_icon = "mail"

    @cached_property
    def columns(self):
        return [
            TitleColumn("subject", label=gettext_lazy("subject"), url_name="outbox:detail"),
            Column("recipients", label=gettext_lazy("recipients")),
            Column("status", label=gettext_lazy("status"), accessor="get_status_display", sort_key="status"),
            Column("attempts", label=gettext_lazy("attempts"), sort_key="attempts"),
            ThaiDateTimeColumn("created_at", label=gettext_lazy("queued at"), sort_key="created_at"),
            ThaiDateTimeColumn("next_attempt_at", label=gettext_lazy("next attempt")),
            Column("last_error", label=gettext_lazy("last error"), accessor=_short_error),
        ]

    def order_queryset(self, queryset):
        queryset = super().order_queryset(queryset)
        return queryset.order_by(*queryset.query.order_by, "-pk")


def _refused(request):
    """A plain 403 for anyone but สบท. (Wagtail's admin would turn PermissionDenied into a redirect home)."""
    return None if can_see_outbox(request.user) else permission_denied(request, PermissionDenied())


def detail_view(request, pk):
    if refused := _refused(request):
        return refused
    message = get_object_or_404(OutboxMessage, pk=pk)
    context = {"message": message, "body": message.payload.get("body", ""), "title": _("Outgoing e-mail")}
    response = TemplateResponse(request, "governance/upkeep/outbox_detail.html", context)
    response["Cache-Control"] = "no-store"
    return response


@require_POST
def retry_view(request, pk):
    """Try a queued or failed message again now (one attempt), and say how it went."""
    if refused := _refused(request):
        return refused
    message = get_object_or_404(OutboxMessage, pk=pk)
    result = outbox.retry_now(message.pk)
    message.refresh_from_db()
    if result:
        messages.success(request, _("The e-mail was sent."))
    elif result is None:
        messages.warning(request, _("This e-mail cannot be retried now (it is sent, being sent, or too large)."))
    else:
        messages.error(request, _("Sending failed again: %(error)s") % {"error": message.last_error})
    return redirect("outbox:detail", pk=message.pk)
