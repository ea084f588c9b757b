"""The account screens in the Wagtail admin, for สบท.: issuing an account, and the roles waiting for a second
administrator's confirmation. ``governance.access.viewsets`` gives them their URLs and menu item."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from core.admin_views import UserTestPolicy
from governance.access.accounts import confirm_role, issue_account, refuse_role
from governance.access.models import RoleGrant, Unit
from governance.access.roles import ACCOUNT_ADMINS, ROLE_CHOICES
from governance.access.rules import in_any_group
from governance.access.set_password import send_set_password_link


def can_issue_accounts(user) -> bool:
    return in_any_group(user, (ACCOUNT_ADMINS,))


ACCOUNT_POLICY = UserTestPolicy(Unit, view=can_issue_accounts)


class IssueAccountForm(forms.Form):
    username = forms.SlugField(label=gettext_lazy("user name"), max_length=150)
    full_name = forms.CharField(label=gettext_lazy("Thai full name"), max_length=150)
    position = forms.CharField(label=gettext_lazy("position"), max_length=255)
    email = forms.EmailField(label=gettext_lazy("e-mail"))
    unit = forms.ModelChoiceField(
        label=gettext_lazy("unit"), queryset=Unit.objects.exclude(kind=Unit.Kind.EXECUTIVE), to_field_name="code"
    )
    role = forms.ChoiceField(label=gettext_lazy("role"), choices=ROLE_CHOICES)
    designated_by = forms.CharField(
        label=gettext_lazy("designated by"),
        max_length=255,
        help_text=gettext_lazy("Name and position of the director."),
    )
    letter_reference = forms.CharField(label=gettext_lazy("reference letter"), max_length=255, required=False)


def _no_store(response):
    response["Cache-Control"] = "no-store"
    return response


def issue_account_view(request):
    """สบท. issues an account. The page shows no password: the new holder is mailed a one-time link, and a role
    that approves waits on the pending-roles screen for another account administrator."""
    if not can_issue_accounts(request.user):
        raise PermissionDenied
    form = IssueAccountForm(request.POST or None)
    issued = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user, grant = issue_account(
                username=data["username"],
                full_name=data["full_name"],
                position=data["position"],
                email=data["email"],
                unit_code=data["unit"].code,
                role=data["role"],
                designated_by=data["designated_by"],
                letter_reference=data["letter_reference"],
                issued_by=request.user,
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            issued = {"user": user, "grant": grant}
            form = IssueAccountForm()
    pending = RoleGrant.objects.filter(status=RoleGrant.Status.PENDING).count()
    return _no_store(
        TemplateResponse(
            request,
            "governance/access/issue_account.html",
            {"form": form, "issued": issued, "pending": pending, "title": _("Issue an account")},
        )
    )


def pending_roles_view(request):
    """The roles waiting for a second account administrator, with confirm and refuse buttons on the others'."""
    if not can_issue_accounts(request.user):
        raise PermissionDenied
    grants = (
        RoleGrant.objects.filter(status=RoleGrant.Status.PENDING)
        .select_related("user", "group", "requested_by")
        .order_by("requested_at")
    )
    decided = RoleGrant.objects.exclude(status=RoleGrant.Status.PENDING).select_related(
        "user", "group", "requested_by", "decided_by"
    )[:20]
    context = {
        "grants": grants,
        "decided": decided,
        "waiting_for_password": accounts_waiting_for_a_password(),
        "title": _("Roles waiting for confirmation"),
    }
    return _no_store(TemplateResponse(request, "governance/access/pending_roles.html", context))


def accounts_waiting_for_a_password():
    """Issued accounts whose holder has never signed in nor set a password (their link may have expired)."""
    users = get_user_model().objects.filter(designations__isnull=False, last_login=None).distinct()
    return [user for user in users.order_by("username") if not user.has_usable_password()]


@require_POST
def resend_link_view(request, pk):
    """Mail a new set-password link to an issued account that has never been used, at its own address."""
    if not can_issue_accounts(request.user):
        raise PermissionDenied
    user = get_object_or_404(get_user_model(), pk=pk, last_login=None, designations__isnull=False)
    if user.has_usable_password():
        raise PermissionDenied
    if not user.role_grants.filter(status=RoleGrant.Status.PENDING).exists():
        send_set_password_link(user)
        messages.success(request, _("A new link was mailed to %(email)s.") % {"email": user.email})
    else:
        messages.error(request, _("The link goes out when the role is confirmed."))
    return redirect("unit_accounts:pending")


@require_POST
def decide_role_view(request, pk, decision):
    """Confirm or refuse one pending role. The administrator who asked for it cannot decide it: a Thai message,
    and the request stays pending."""
    if not can_issue_accounts(request.user):
        raise PermissionDenied
    grant = get_object_or_404(RoleGrant, pk=pk)
    decide = confirm_role if decision == "confirm" else refuse_role
    try:
        decide(grant, **{"confirmed_by" if decision == "confirm" else "refused_by": request.user})
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    else:
        if decision == "confirm":
            done = _("Confirmed: %(user)s is now in %(group)s.")
        else:
            done = _("Refused: %(user)s → %(group)s.")
        messages.success(request, done % {"user": grant.user.username, "group": grant.group.name})
    return redirect("unit_accounts:pending")
