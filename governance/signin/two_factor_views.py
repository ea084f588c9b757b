"""The second factor's screens: enrolment, the code after the password, new backup codes (``signin:…``), and the
account administrators' reset (``second_factor_reset:…``). ``governance.signin.viewsets`` gives them URLs."""

from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import mark_safe
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from core.admin_views import UserTestPolicy
from core.thai_dates import format_thai_datetime
from governance.access.views import can_issue_accounts
from governance.signin import two_factor
from governance.signin.policy import second_factor_required

RESET_POLICY = UserTestPolicy(TOTPDevice, view=can_issue_accounts)


class CodeForm(forms.Form):
    code = forms.CharField(
        label=pgettext_lazy("two-step verification", "Code"),
        max_length=32,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True, "spellcheck": "false"}),
    )


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


def _with_next(name: str, next_url: str) -> str:
    return f"{reverse(name)}?{urlencode({'next': next_url})}"


def _page(request, template, context, status=200):
    response = TemplateResponse(request, f"governance/signin/{template}", context, status=status)
    response["Cache-Control"] = "no-store"  # secrets and codes must not stay in a cache
    return response


@never_cache
def enrol_view(request):
    user = request.user
    next_url = _next_url(request)
    if two_factor.has_confirmed_device(user):
        if user.is_verified():
            messages.info(request, _("Two-step verification is already set up for your account."))
            return redirect(next_url)
        return redirect(_with_next("signin:verify", next_url))
    device = two_factor.pending_authenticator(user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = two_factor.confirm_enrolment(request, device, form.cleaned_data["code"])
        if codes is not None:
            return _page(request, "backup_codes.html", {"codes": codes, "next": next_url, "enrolled": True})
        form.add_error(
            "code",
            _(
                "That code was not accepted. Enter the newest code your app shows; after a wrong code, wait a few "
                "seconds before the next try."
            ),
        )
    context = {
        "form": form,
        "next": next_url,
        "required": second_factor_required(user),
        "qr_svg": mark_safe(two_factor.qr_code_svg(device.config_url)),  # noqa: S308 (drawn here from our key)
        "secret": two_factor.secret_for_typing(device),
    }
    return _page(request, "enrol.html", context)


@never_cache
def verify_view(request):
    user = request.user
    next_url = _next_url(request)
    if user.is_verified():
        return redirect(next_url)
    if not two_factor.has_confirmed_device(user):
        return redirect(_with_next("signin:enrol", next_url))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        result = two_factor.check_code(user, form.cleaned_data["code"])
        if result.device is not None:
            two_factor.mark_verified(request, result.device)
            if isinstance(result.device, StaticDevice):
                messages.warning(
                    request,
                    _("You used a backup code; %(left)s remain. Create new ones under Account > Backup codes.")
                    % {"left": two_factor.backup_codes_left(user)},
                )
            return redirect(next_url)
        if result.wait_until is not None:
            wait_until = format_thai_datetime(result.wait_until)
            form.add_error("code", _("Too many wrong codes. Try again after %(time)s.") % {"time": wait_until})
        else:
            form.add_error("code", _("That code is not right. Enter the newest code from your app, or a backup code."))
    return _page(request, "verify.html", {"form": form, "next": next_url})


@never_cache
def backup_codes_view(request):
    """New backup codes for a user who has just proved their second factor in this session."""
    user = request.user
    if not user.is_verified():
        return redirect(_with_next("signin:verify", request.get_full_path()))
    if request.method == "POST":
        codes = two_factor.renew_backup_codes(user)
        return _page(request, "backup_codes.html", {"codes": codes, "next": reverse("wagtailadmin_account")})
    return _page(request, "backup_codes_renew.html", {"left": two_factor.backup_codes_left(user)})


# The account administrators' screens.


def _users_with_devices():
    has_authenticator = Exists(TOTPDevice.objects.filter(user=OuterRef("pk")))
    has_codes = Exists(StaticDevice.objects.filter(user=OuterRef("pk")))
    users = get_user_model().objects.filter(has_authenticator | has_codes)
    return users.order_by("username")


def _require_account_admin(request):
    if not can_issue_accounts(request.user):
        raise PermissionDenied


@never_cache
def reset_list_view(request):
    _require_account_admin(request)
    query = request.GET.get("q", "").strip()
    users = _users_with_devices()
    if query:
        users = users.filter(username__icontains=query) | users.filter(first_name__icontains=query)
    rows = [
        {
            "user": user,
            "confirmed": TOTPDevice.objects.filter(user=user, confirmed=True).exists(),
            "codes_left": two_factor.backup_codes_left(user),
            "is_self": user.pk == request.user.pk,
        }
        for user in users[:200]
    ]
    return _page(request, "reset_list.html", {"rows": rows, "query": query, "title": _("Reset two-step verification")})


def _resettable_target(request, user_id):
    """The account whose second factor ``request.user`` may reset, or None (with a message). Nobody resets their
    own, and only a superuser resets a superuser's: otherwise one account administrator could strip the strongest
    account's second factor and enrol their own device at its next sign-in."""
    _require_account_admin(request)
    target = get_object_or_404(get_user_model(), pk=user_id)
    if target.pk == request.user.pk:
        messages.error(request, _("Nobody may reset their own two-step verification; ask another administrator."))
        return None
    if target.is_superuser and not request.user.is_superuser:
        messages.error(request, _("Only a superuser may reset the two-step verification of a superuser."))
        return None
    return target


@never_cache
def reset_confirm_view(request, user_id):
    target = _resettable_target(request, user_id)
    if target is None:
        return redirect("second_factor_reset:index")
    return _page(request, "reset_confirm.html", {"target": target, "title": _("Reset two-step verification")})


@require_POST
def reset_view(request, user_id):
    target = _resettable_target(request, user_id)
    if target is None:
        return redirect("second_factor_reset:index")
    two_factor.reset_second_factor(target, by=request.user)
    messages.success(
        request,
        _("Two-step verification of %(user)s was reset; they set it up again at their next sign-in.")
        % {"user": target.get_username()},
    )
    return redirect("second_factor_reset:index")


def account_menu_item(request) -> dict:
    """The account page's link: new backup codes for a user with a second factor, else setting one up."""
    if two_factor.has_confirmed_device(request.user):
        return {
            "url": reverse("signin:backup_codes"),
            "label": _("Backup codes"),
            "help_text": _("Create new single-use backup codes for two-step verification."),
        }
    return {
        "url": reverse("signin:enrol"),
        "label": _("Set up two-step verification"),
        "help_text": _("Sign in with a code from an app on your phone as well as your password."),
    }
