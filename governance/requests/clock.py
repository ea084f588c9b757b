"""Starting the 3-day clocks (seed §2.1): the workflow's last approval starts one (the page going live stops it,
see ``governance.requests.flow.mark_published``). Publication requests start theirs at screening through
``start_clock``."""

from django.db.models import Q
from django.utils import timezone

from governance.access.rules import category_for_page
from governance.requests.calendar import due_at
from governance.requests.models import SlaClock


def start_clock(
    page, approved_at, approved_by=None, source=SlaClock.Source.REGULAR, go_live_at=None, request=None
) -> SlaClock:
    """Start a clock for a page (regular content) or for a request whose page is not drafted yet."""
    if page is not None:
        category = category_for_page(page)
        unit = category.data_units if category else ""
    else:
        category, unit = request.target_category, request.requester
    due = due_at(approved_at)
    if go_live_at and go_live_at > due:
        due = go_live_at
    return SlaClock.objects.create(
        source=source,
        page=page,
        request=request,
        unit=unit,
        category=category,
        approved_at=approved_at,
        approved_by=approved_by,
        due_at=due,
        scheduled_go_live_at=go_live_at,
        live_at=approved_at if page is not None and page.live and not go_live_at else None,
    )


def on_workflow_approved(sender, instance, user=None, **kwargs):
    """The workflow's last approval allows publication: start the clock (stopped at once if it went live)."""
    page = instance.content_object
    if page is None or not hasattr(page, "get_latest_revision"):
        return
    request_clocks = SlaClock.objects.filter(request__page=page)
    if request_clocks.filter(Q(live_at__isnull=True) | Q(live_at__gte=instance.created_at)).exists():
        return  # a publication request's clock, started at screening, covers this approval
    page.refresh_from_db()
    revision = page.get_latest_revision()
    go_live_at = revision.approved_go_live_at if revision else None
    start_clock(page, timezone.now(), approved_by=user, go_live_at=go_live_at)
