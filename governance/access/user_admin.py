"""Wagtail's user screens (/admin/users/) under the separation of duties (docs/security/accounts.md).

- A group change that puts two roles of one approval chain on one person is refused with a Thai error, and
  nothing is saved (``SSO_ALLOW_TWO_ROLES_IN_CHAIN`` lifts this).
- A role that needs a second account administrator (every role but a unit's editor) is not added by the form:
  it becomes a pending request on ``unit_accounts:pending``, whoever ticked it, superusers included.
- A new user gets no password from the form: they are mailed the one-time link to set it.
- The last name is optional: accounts issued by สบท. carry the full Thai name in the first name.
- Every account is a person: the Thai full name, position and unit are required, and saved as its profile
  (``governance.access.people``).
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users as wagtail_user_views

from governance.access.accounts import grant_role
from governance.access.duties import check_one_role_per_chain, needs_confirmation
from governance.access.models import RoleGrant, Unit
from governance.access.people import profile_of, save_profile
from governance.access.set_password import send_set_password_link


class SeparatedDutiesUserFormMixin:
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["position"] = forms.CharField(label=gettext_lazy("position"), max_length=255)
        self.fields["unit"] = forms.ModelChoiceField(
            label=gettext_lazy("unit"), queryset=Unit.objects.all(), to_field_name="code"
        )
        self.for_user = for_user
        self.requested_groups = []
        if "last_name" in self.fields:
            self.fields["last_name"].required = False
        if "first_name" in self.fields:
            self.fields["first_name"].label = gettext_lazy("Thai full name")
        profile = profile_of(self.instance) if self.instance.pk else None
        if profile is not None:
            self.initial.setdefault("position", profile.position)
            self.initial.setdefault("unit", profile.unit.code if profile.unit_id else None)

    def _held_groups(self) -> set:
        return set(self.instance.groups.all()) if self.instance.pk else set()

    def clean(self):
        cleaned = super().clean()
        groups = cleaned.get("groups")
        if groups is not None:
            awaited = set()
            if self.instance.pk:
                awaited = set(
                    RoleGrant.objects.filter(user=self.instance, status=RoleGrant.Status.PENDING).values_list(
                        "group__name", flat=True
                    )
                )
            try:
                check_one_role_per_chain({group.name for group in groups} | awaited)
            except ValidationError as error:
                self.add_error("groups", error)
        return cleaned

    def save(self, commit=True):
        creating = self.instance.pk is None
        held = self._held_groups()
        chosen = list(self.cleaned_data.get("groups") or [])
        self.requested_groups = [g for g in chosen if g not in held and needs_confirmation(g.name)]
        self.cleaned_data["groups"] = [g for g in chosen if g not in self.requested_groups]
        if creating:
            # No password field (WAGTAILUSERS_PASSWORD_ENABLED is off): the holder sets it from the mailed link.
            self.instance.set_unusable_password()
        user = super().save(commit=commit)
        if commit:
            full_name = " ".join(
                part for part in (self.cleaned_data.get("first_name"), self.cleaned_data.get("last_name")) if part
            )
            save_profile(
                user, full_name=full_name, position=self.cleaned_data["position"], unit=self.cleaned_data["unit"]
            )
            for group in self.requested_groups:
                if not RoleGrant.objects.filter(user=user, group=group, status=RoleGrant.Status.PENDING).exists():
                    grant_role(user, group, requested_by=self.for_user)
            if creating and not self.requested_groups:
                send_set_password_link(user)  # else it goes out when the role is confirmed
        return user


class AccessUserCreationForm(SeparatedDutiesUserFormMixin, UserCreationForm):
    pass


class AccessUserEditForm(SeparatedDutiesUserFormMixin, UserEditForm):
    pass


class _RequestedRolesMixin:
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}

    def save_instance(self):
        instance = super().save_instance()
        for group in self.form.requested_groups:
            messages.warning(
                self.request,
                _("The role %(group)s waits for another account administrator to confirm it.") % {"group": group.name},
            )
        return instance


class AccessUserCreateView(_RequestedRolesMixin, wagtail_user_views.CreateView):
    pass


class AccessUserEditView(_RequestedRolesMixin, wagtail_user_views.EditView):
    pass


class AccessUserViewSet(wagtail_user_views.UserViewSet):
    add_view_class = AccessUserCreateView
    edit_view_class = AccessUserEditView
    create_template_name = "governance/access/user_create.html"
    edit_template_name = "governance/access/user_edit.html"

    def get_form_class(self, for_update=False):
        return AccessUserEditForm if for_update else AccessUserCreationForm
