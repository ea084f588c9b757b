"""The steps of a publication request and who may take each one (seed §2.1(2), §2.2, §2.3).

received ─(ministry/external: ลธ.สปส. decides, choosing ศสน. or สบท.)→ decided
         ─(the chosen centre's director screens and approves; the 3-day clock starts)→ screened
         ─(the director assigns a staff member of the centre)→ assigned
         ─(the staff member links the page they drafted)→ drafted ─(the page goes live)→ published
Any step before publication may end in "rejected", with a reason, by whoever may act at that step.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from governance.access.models import Unit
from governance.access.roles import CENTRAL_UNIT, DIRECTOR, EDITOR, SCREENING, SECRETARY_GENERAL, group_name
from governance.access.rules import in_any_group
from governance.requests.clock import start_clock
from governance.requests.models import PublicationRequest, RequestEvent, SlaClock

State = PublicationRequest.State
Source = PublicationRequest.Source
CENTRES = (CENTRAL_UNIT, "สบท.")
REGISTRAR_ROLES = (EDITOR, DIRECTOR)


def _screener_groups(request) -> list[str]:
    if request.assigned_centre_id is None:
        return []
    names = [group_name(request.assigned_centre.code, DIRECTOR)]
    if request.assigned_centre.code == CENTRAL_UNIT:
        names.append(SCREENING)
    return names


def _log(request, action, user, note=""):
    RequestEvent.objects.create(request=request, action=action, state=request.state, user=user, note=note)


def _refuse():
    raise PermissionDenied(_("Your role may not take this step of the request."))


# Who may act -------------------------------------------------------------------------------------------------


def can_register(user) -> bool:
    names = [group_name(code, role) for code in CENTRES for role in REGISTRAR_ROLES] + [SCREENING]
    return in_any_group(user, names)


def can_decide(user, request) -> bool:
    return (
        request.state == State.RECEIVED
        and request.source in (Source.MINISTRY, Source.EXTERNAL)
        and in_any_group(user, [SECRETARY_GENERAL])
    )


def can_screen(user, request) -> bool:
    ready = State.RECEIVED if request.source == Source.INTERNAL else State.DECIDED
    return request.state == ready and in_any_group(user, _screener_groups(request))


def can_assign(user, request) -> bool:
    return request.state == State.SCREENED and in_any_group(user, _screener_groups(request))


def can_link_page(user, request) -> bool:
    return request.state == State.ASSIGNED and (user.is_superuser or request.assignee_id == user.pk)


def can_reject(user, request) -> bool:
    if request.state in (State.PUBLISHED, State.REJECTED):
        return False
    if request.state == State.RECEIVED and request.source != Source.INTERNAL:
        return in_any_group(user, [SECRETARY_GENERAL])
    return in_any_group(user, _screener_groups(request))


def available_actions(user, request) -> list[str]:
    checks = {
        "decide": can_decide,
        "screen": can_screen,
        "assign": can_assign,
        "link_page": can_link_page,
        "reject": can_reject,
    }
    return [name for name, check in checks.items() if check(user, request)]


# The steps ---------------------------------------------------------------------------------------------------


@transaction.atomic
def register(user, request: PublicationRequest) -> PublicationRequest:
    """Record a letter that arrived. §2.1(2) letters go to ผอ. ศสน. directly."""
    if not can_register(user):
        _refuse()
    if request.source == Source.INTERNAL:
        if request.requesting_unit_id is None:
            raise ValidationError(_("Choose the requesting unit."))
        request.assigned_centre = Unit.objects.get(code=CENTRAL_UNIT)
    elif not request.requesting_agency:
        raise ValidationError(_("Enter the requesting agency."))
    request.state = State.RECEIVED
    request.received_by = user
    request.save()
    _log(request, "register", user)
    return request


@transaction.atomic
def decide(user, request, centre_code: str, note: str = "") -> None:
    """ลธ.สปส. approves a ministry or outside request and chooses ศสน. or สบท. to carry it out."""
    if not can_decide(user, request):
        _refuse()
    if centre_code not in CENTRES:
        raise ValidationError(_("Choose ศสน. or สบท."))
    request.assigned_centre = Unit.objects.get(code=centre_code)
    request.state = State.DECIDED
    request.save(update_fields=["assigned_centre", "state"])
    _log(request, "decide", user, note or centre_code)


@transaction.atomic
def screen(user, request, note: str = "") -> SlaClock:
    """The centre's director screens the material and approves publication: the 3-day clock starts."""
    if not can_screen(user, request):
        _refuse()
    request.state = State.SCREENED
    request.save(update_fields=["state"])
    _log(request, "screen", user, note)
    return start_clock(
        None,
        timezone.now(),
        approved_by=user,
        source=request.source,
        go_live_at=request.desired_go_live,
        request=request,
    )


@transaction.atomic
def assign(user, request, assignee) -> None:
    if not can_assign(user, request):
        _refuse()
    if not assignee.groups.filter(name=group_name(request.assigned_centre.code, EDITOR)).exists():
        raise ValidationError(_("Assign a staff member of %(centre)s.") % {"centre": request.assigned_centre.code})
    request.assignee = assignee
    request.state = State.ASSIGNED
    request.save(update_fields=["assignee", "state"])
    _log(request, "assign", user, assignee.get_username())


def _clock_started_at(request):
    started = SlaClock.objects.filter(request=request).values_list("approved_at", flat=True).first()
    return started or request.received_at


def check_page_answers(user, request, page) -> None:
    """Refuse a page that cannot be the answer to ``request``. Linking a live page stops the 3-day clock, so
    without these checks the assignee could close any request on time by linking the home page (issue 14).
    The page must be one the assignee can edit (so it is their unit's work), lie in the category the request
    names, and have been published since the clock started or hold changes not yet published."""
    if not page.specific.permissions_for_user(user).can_edit():
        raise ValidationError(_("You may link only a page you can edit."))
    category = request.target_category
    if category is not None:
        home = category.page
        if home is None or not (page.pk == home.pk or page.is_descendant_of(home)):
            raise ValidationError(
                _("This page is not in the category the request names (%(category)s).") % {"category": category}
            )
    published_since = page.last_published_at is not None and page.last_published_at >= _clock_started_at(request)
    if not (published_since or page.has_unpublished_changes):
        raise ValidationError(
            _(
                "This page has not been published or changed since the request was approved: "
                "link the page you prepared for this request."
            )
        )


@transaction.atomic
def link_page(user, request, page) -> None:
    """The assigned staff member links the page they drafted; it publishes through its own workflow. A page
    already live with nothing pending answers the request at once; one with unpublished changes answers it when
    those changes go live (``mark_published``), not before."""
    if not can_link_page(user, request):
        _refuse()
    check_page_answers(user, request, page)
    request.page = page
    request.state = State.DRAFTED
    request.save(update_fields=["page", "state"])
    SlaClock.objects.filter(request=request).update(page=page)
    _log(request, "link_page", user, page.url_path)
    if page.live and not page.has_unpublished_changes:
        mark_published(page)


@transaction.atomic
def reject(user, request, reason: str) -> None:
    if not can_reject(user, request):
        _refuse()
    if not reason.strip():
        raise ValidationError(_("Give the reason for the rejection."))
    request.state = State.REJECTED
    request.rejection_reason = reason
    request.save(update_fields=["state", "rejection_reason"])
    SlaClock.objects.filter(request=request).delete()
    _log(request, "reject", user, reason)


def mark_published(page) -> None:
    """The linked page went live: its requests are published and their clocks stop."""
    now = timezone.now()
    for request in PublicationRequest.objects.filter(page=page, state=State.DRAFTED):
        request.state = State.PUBLISHED
        request.save(update_fields=["state"])
        _log(request, "published", None)
    SlaClock.objects.filter(page=page, live_at__isnull=True).update(live_at=now)
