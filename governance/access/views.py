"""Governance screens in the Wagtail admin: issuing accounts (สบท.) and the effective permission matrix."""

import csv

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from governance.access.accounts import issue_account
from governance.access.matrix import CSV_HEADER, csv_rows, effective_matrix
from governance.access.models import Unit
from governance.access.roles import ACCOUNT_ADMINS, EXECUTIVES, ROLE_CHOICES, SCREENING, SECRETARY_GENERAL
from governance.access.rules import in_any_group

MATRIX_READERS = (ACCOUNT_ADMINS, SCREENING, SECRETARY_GENERAL, EXECUTIVES)


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
    if not in_any_group(request.user, (ACCOUNT_ADMINS,)):
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


def permission_matrix_view(request):
    if not in_any_group(request.user, MATRIX_READERS):
        raise PermissionDenied
    rows = effective_matrix()
    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="permission-matrix.csv"'
        response.write("\ufeff")  # Excel opens UTF-8 Thai correctly with a BOM
        writer = csv.writer(response)
        writer.writerow([_(name) for name in CSV_HEADER])
        writer.writerows(csv_rows(rows))
        return response
    return TemplateResponse(
        request, "governance/access/permission_matrix.html", {"rows": rows, "title": _("Permission matrix")}
    )
