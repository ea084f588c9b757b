"""Governance screens in the Wagtail admin: issuing accounts (สบท.) and the effective permission matrix (a Wagtail
report). ``governance.access.viewsets`` gives them their URLs and menu items."""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.admin_views import UserTestPolicy
from governance.access.accounts import issue_account
from governance.access.models import Unit
from governance.access.roles import ACCOUNT_ADMINS, ROLE_CHOICES
from governance.access.rules import in_any_group


def can_issue_accounts(user) -> bool:
    return in_any_group(user, (ACCOUNT_ADMINS,))


ACCOUNT_POLICY = UserTestPolicy(Unit, view=can_issue_accounts)


class IssueAccountForm(forms.Form):
    username = forms.SlugField(label=gettext_lazy("user name"), max_length=150)
    full_name = forms.CharField(label=gettext_lazy("full name"), max_length=150)
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


def issue_account_view(request):
    if not can_issue_accounts(request.user):
        raise PermissionDenied
    form = IssueAccountForm(request.POST or None)
    issued = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user, password = issue_account(
                username=data["username"],
                full_name=data["full_name"],
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
            issued = {"user": user, "password": password}
            form = IssueAccountForm()
    response = TemplateResponse(
        request,
        "governance/access/issue_account.html",
        {"form": form, "issued": issued, "title": _("Issue an account")},
    )
    response["Cache-Control"] = "no-store"
    return response
