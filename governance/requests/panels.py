"""The dashboard panel: each user's 3-day items due within a day and overdue, and requests awaiting them."""

import datetime

from django.db.models import Q
from django.utils import timezone
from wagtail.admin.ui.components import Component

from governance.access.roles import DIRECTOR, EDITOR
from governance.access.rules import user_unit_codes
from governance.requests.models import SlaClock

DUE_SOON = datetime.timedelta(days=1)


def running_clocks_for(user):
    """Running clocks the user answers for: requests assigned to them, and their units' approved pages."""
    codes = user_unit_codes(user, EDITOR) | user_unit_codes(user, DIRECTOR)
    condition = Q(request__assignee=user)
    for code in codes:
        condition |= Q(unit__contains=code)
    return SlaClock.objects.filter(condition, live_at__isnull=True).select_related("page", "request")


class DueItemsPanel(Component):
    name = "sso_due_items"
    order = 50
    template_name = "governance/requests/due_items_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        from governance.requests.views import requests_awaiting

        now = timezone.now()
        clocks = list(running_clocks_for(self.user).filter(due_at__lte=now + DUE_SOON).order_by("due_at")[:20])
        return {
            "overdue": [c for c in clocks if c.due_at < now],
            "due_soon": [c for c in clocks if c.due_at >= now],
            "awaiting": requests_awaiting(self.user),
        }
