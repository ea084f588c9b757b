"""Responsible units, page ownership, managed permissions, designations, and the
office's extra days off: the registers สบท. keeps (seed §2.1)."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.provinces import PROVINCE_CHOICES
from governance.access.roles import ROLE_CHOICES


class Unit(models.Model):
    """A unit the measures name, by its code exactly as the seed writes it (e.g. ``กค.``, ``สปส.พท.``)."""

    class Kind(models.TextChoices):
        CENTRE = "centre", _("centre")
        BUREAU = "bureau", _("bureau")
        DIVISION = "division", _("division")
        REGIONAL = "regional", _("provincial or area office")
        EXECUTIVE = "executive", _("executive office")

    code = models.CharField(_("code"), max_length=40, unique=True)
    name_th = models.CharField(_("full name"), max_length=255, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="offices",
        verbose_name=_("part of"),
        help_text=_("For a provincial office: the unit whose offices it is one of (สปจ.)."),
    )
    province = models.CharField(_("province"), max_length=40, blank=True, choices=PROVINCE_CHOICES)
    director = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("director"),
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("unit")
        verbose_name_plural = _("units")

    def __str__(self):
        return f"{self.code} {self.name_th}".strip()


class Profile(models.Model):
    """Who an account belongs to, by name: the Thai full name, position and unit that requests, logs, reports,
    e-mails and the request/approval form show instead of a user name (``governance.access.people``).

    One per account. The full name is also kept in the user's first name (last name empty), so that Wagtail's own
    screens, which show ``get_full_name()``, name the person too."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile", verbose_name=_("user")
    )
    full_name = models.CharField(_("Thai full name"), max_length=150)
    position = models.CharField(_("position"), max_length=255, blank=True)
    unit = models.ForeignKey(
        "Unit", null=True, blank=True, on_delete=models.SET_NULL, related_name="people", verbose_name=_("unit")
    )

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self):
        return self.full_name


class PageOwner(models.Model):
    """The unit that wrote a page. Decides who edits and approves it where the matrix says หน่วยงานเจ้าของข้อมูล."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="owner_unit")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="owned_pages", verbose_name=_("unit"))

    class Meta:
        verbose_name = _("page owner")
        verbose_name_plural = _("page owners")

    def __str__(self):
        return f"{self.page_id} → {self.unit.code}"


class ManagedPagePermission(models.Model):
    """A page permission that setup_site created from the matrix; anything else was added by hand."""

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="+")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    codename = models.CharField(max_length=100)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["group", "page", "codename"], name="unique_managed_page_permission")
        ]


class Designation(models.Model):
    """A publisher a unit's director designated and สบท. gave an account to (seed §2.1(1))."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="designations", verbose_name=_("user")
    )
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="designations", verbose_name=_("unit"))
    role = models.CharField(_("role"), max_length=20, choices=ROLE_CHOICES)
    designated_by = models.CharField(
        _("designated by"), max_length=255, help_text=_("Name and position of the director who designated them.")
    )
    letter_reference = models.CharField(_("reference letter"), max_length=255, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("account issued by"),
    )
    created_at = models.DateTimeField(_("account issued at"), default=timezone.now)
    # The one-time password's hash: while the user's hash still equals it, the password has not been changed.
    initial_password_hash = models.CharField(max_length=255, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("designation")
        verbose_name_plural = _("designations")

    def __str__(self):
        return f"{self.user} ({self.unit.code} {self.get_role_display()})"


class RoleGrant(models.Model):
    """A role that approves, or an office-wide role, asked for by one account administrator and given only when a
    second one confirms it (separation of duties, docs/security/accounts.md). Until then the user is not in the
    group."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for confirmation")
        CONFIRMED = "confirmed", _("confirmed")
        REFUSED = "refused", _("refused")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="role_grants", verbose_name=_("user")
    )
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="+", verbose_name=_("role"))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=pgettext_lazy("role grant", "requested by"),
    )
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("confirmed or refused by"),
    )
    decided_at = models.DateTimeField(_("confirmed or refused at"), null=True, blank=True)

    class Meta:
        ordering = ["-requested_at"]
        verbose_name = _("role grant")
        verbose_name_plural = _("role grants")

    def __str__(self):
        return f"{self.user} → {self.group}"


class ExtraDayOff(models.Model):
    """A day off that the Thai holiday calendar does not know (e.g. a cabinet bridge day), for the 3-day clock."""

    date = models.DateField(_("date"), unique=True)
    name = models.CharField(_("name"), max_length=200)

    class Meta:
        ordering = ["date"]
        verbose_name = _("extra day off")
        verbose_name_plural = _("extra days off")

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.name}"
