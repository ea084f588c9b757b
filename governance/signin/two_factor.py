"""The second factor itself: enrolling an authenticator app (TOTP), the ten single-use backup codes, checking a
code after the password, and an administrator's reset. Views and middleware call these; nothing here reads a
request except to mark the session verified.

Codes are checked with django-otp's devices, whose throttling (``OTP_TOTP_THROTTLE_FACTOR``,
``OTP_STATIC_THROTTLE_FACTOR``) doubles the wait after each wrong code and is kept in the database row of the
device, so every process sees it.
"""

import io
from base64 import b32encode
from dataclasses import dataclass

import django_otp
import qrcode
import qrcode.image.svg
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_otp.models import VerifyNotAllowed
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

from governance.signin.audit import BACKUP_CODE_USED, BACKUP_CODES_RENEWED, ENROLLED, RESET

AUTHENTICATOR_NAME = "authenticator"
BACKUP_NAME = "backup codes"


def has_confirmed_device(user) -> bool:
    return django_otp.user_has_device(user, confirmed=True)


def pending_authenticator(user) -> TOTPDevice:
    """The unconfirmed authenticator being enrolled (one per user, kept across page loads so that the QR code
    the user scanned stays valid until they confirm it)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=False)
    return device


def secret_for_typing(device: TOTPDevice) -> str:
    """The key in base32, in groups of four, for an app that cannot scan the QR code."""
    text = b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def qr_code_svg(text: str) -> str:
    """The QR code of ``text`` as an inline SVG element, drawn here: the secret never leaves the server."""
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2)
    buffer = io.BytesIO()
    image.save(buffer)
    svg = buffer.getvalue().decode("utf-8")
    return svg[svg.index("<svg") :]  # drop the XML declaration: the SVG sits inside HTML


def normalise_code(raw: str) -> str:
    """What the user typed, without spaces or dashes, lower case (backup codes are base32, shown in upper case)."""
    return "".join(raw.split()).replace("-", "").lower()


def new_backup_codes(user) -> list[str]:
    """Replace the user's backup codes with ``SSO_OTP_BACKUP_CODES`` new ones, returned once for display."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=BACKUP_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(settings.SSO_OTP_BACKUP_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return [code.upper() for code in codes]


def renew_backup_codes(user) -> list[str]:
    """New backup codes on the user's own request (the old ones stop working); logged."""
    codes = new_backup_codes(user)
    log(user, BACKUP_CODES_RENEWED, user=user)
    return codes


def unused_backup_codes(user) -> list[str]:
    return list(
        StaticToken.objects.filter(device__user=user, device__confirmed=True)
        .order_by("pk")
        .values_list("token", flat=True)
    )


def backup_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


@transaction.atomic
def confirm_enrolment(request, device: TOTPDevice, code: str) -> list[str] | None:
    """Confirm the pending authenticator with the code it shows now; on success mark the session verified and
    return the new backup codes, else None."""
    device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
    if not device.verify_token(normalise_code(code)):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    codes = new_backup_codes(device.user)
    mark_verified(request, device)
    log(device.user, ENROLLED, user=device.user)
    return codes


@dataclass
class CheckResult:
    device: object | None = None
    wait_until: object | None = None  # when throttled: the moment another code will be tried


def _devices_for(user, code: str):
    model = TOTPDevice if code.isdigit() else StaticDevice
    return list(model.objects.select_for_update().filter(user=user, confirmed=True))


@transaction.atomic
def check_code(user, raw_code: str) -> CheckResult:
    """Check a code after the password: six digits against the authenticator, anything else against the backup
    codes (each works once). A device still waiting after wrong codes refuses even the right one."""
    code = normalise_code(raw_code)
    result = CheckResult()
    if not code:
        return result
    for device in _devices_for(user, code):
        allowed, details = device.verify_is_allowed()
        if not allowed:
            if details and details.get("reason") == VerifyNotAllowed.N_FAILED_ATTEMPTS:
                result.wait_until = details.get("locked_until")
            continue
        if device.verify_token(code):
            result.device = device
            result.wait_until = None
            if isinstance(device, StaticDevice):
                log(user, BACKUP_CODE_USED, user=user, data={"left": backup_codes_left(user)})
            return result
    return result


def mark_verified(request, device) -> None:
    """The session now carries the second factor; a new session key so a key seen before is worth nothing."""
    request.session.cycle_key()
    django_otp.login(request, device)


@transaction.atomic
def reset_second_factor(target, *, by) -> int:
    """Remove every device of ``target`` (an administrator does this for someone who lost their phone and codes);
    they enrol again at their next sign-in. Logged on the target's history. Returns the devices removed."""
    removed = 0
    for device in django_otp.devices_for_user(target, confirmed=None):
        device.delete()
        removed += 1
    log(target, RESET, user=by, data={"devices_removed": removed, "at": timezone.now().isoformat()})
    return removed
