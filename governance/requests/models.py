"""Publication requests that arrive by signed letter (seed §2.1(2), §2.2, §2.3) and the steps they pass; the
3-day clock of every approval that allows publication (seed §2.1)."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from governance.access.models import Unit
from governance.requests.uploads import validate_letter_pdf, validate_material


def _private_storage():
    """Letters are internal papers: kept outside MEDIA_ROOT and served only through a permission-checked view."""
    return FileSystemStorage(location=settings.SSO_PRIVATE_MEDIA_ROOT)


class PublicationRequest(models.Model):
    class Source(models.TextChoices):
        INTERNAL = "internal", _("unit without a regular duty (§2.1(2))")
        MINISTRY = "ministry", _("Ministry of Labour agency (§2.2)")
        EXTERNAL = "external", _("outside agency (§2.3)")

    class State(models.TextChoices):
        RECEIVED = "received", _("received")
        DECIDED = "decided", _("assigned by the Secretary-General")
        SCREENED = "screened", _("screened and approved")
        ASSIGNED = "assigned", _("assigned to a staff member")
        DRAFTED = "drafted", _("page drafted")
        PUBLISHED = "published", _("published")
        REJECTED = "rejected", _("rejected")

    source = models.CharField(_("source"), max_length=20, choices=Source.choices)
    requesting_unit = models.ForeignKey(
        Unit, null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("requesting unit")
    )
    requesting_agency = models.CharField(_("requesting agency"), max_length=255, blank=True)
    letter_number = models.CharField(_("letter number"), max_length=100)
    letter_date = models.DateField(_("letter date"))
    signer_name = models.CharField(_("signed by"), max_length=255)
    signer_position = models.CharField(_("signer's position"), max_length=255)
    subject = models.CharField(_("subject"), max_length=500)
    details = models.TextField(_("details"), blank=True)
    desired_go_live = models.DateTimeField(_("desired go-live"), null=True, blank=True)
    desired_expiry = models.DateTimeField(_("desired expiry"), null=True, blank=True)
    target_category = models.ForeignKey(
        "categories.Category", null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("target category")
    )
    letter_pdf = models.FileField(
        _("signed letter (PDF)"), storage=_private_storage, upload_to="letters/%Y/%m/", validators=[validate_letter_pdf]
    )
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.RECEIVED)
    assigned_centre = models.ForeignKey(
        Unit, null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("assigned centre")
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("assigned staff member"),
    )  # fmt: skip
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="publication_requests",
        verbose_name=_("page"),
    )  # fmt: skip
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)
    received_at = models.DateTimeField(_("received at"), default=timezone.now)
    received_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("registered by"),
    )  # fmt: skip

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("publication request")
        verbose_name_plural = _("publication requests")

    def __str__(self):
        return f"{self.letter_number} {self.subject}"

    @property
    def requester(self) -> str:
        return str(self.requesting_unit) if self.requesting_unit_id else self.requesting_agency


class RequestAttachment(models.Model):
    request = models.ForeignKey(PublicationRequest, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(
        _("material"), storage=_private_storage, upload_to="materials/%Y/%m/", validators=[validate_material]
    )
    title = models.CharField(_("title"), max_length=255, blank=True)

    def __str__(self):
        return self.title or self.file.name


class RequestEvent(models.Model):
    """One step of a request: who took it, when, and what they noted (a reason, the chosen centre, …)."""

    request = models.ForeignKey(PublicationRequest, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(_("action"), max_length=30)
    state = models.CharField(_("state after"), max_length=20, choices=PublicationRequest.State.choices)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(_("at"), default=timezone.now)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.action} {self.at:%Y-%m-%d %H:%M}"


class SlaClock(models.Model):
    """The 3-day clock of one approval (seed §2.1): started by the approval that allows publication, stopped
    when the page goes live. A scheduled go-live later than the deadline moves the deadline to it."""

    class Source(models.TextChoices):
        REGULAR = "regular", _("regular duty (§2.1(1))")
        INTERNAL = "internal", _("unit without a regular duty (§2.1(2))")
        MINISTRY = "ministry", _("Ministry of Labour agency (§2.2)")
        EXTERNAL = "external", _("outside agency (§2.3)")

    source = models.CharField(_("source"), max_length=20, choices=Source.choices, default=Source.REGULAR)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="sla_clocks", verbose_name=_("page")
    )
    unit = models.CharField(
        _("unit"), max_length=255, blank=True, help_text=_("Data unit(s) as the matrix names them.")
    )
    request = models.OneToOneField(
        "governance.PublicationRequest", null=True, blank=True, on_delete=models.CASCADE, related_name="clock",
        verbose_name=_("publication request"),
    )  # fmt: skip
    category = models.ForeignKey(
        "categories.Category", null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("category")
    )
    approved_at = models.DateTimeField(_("approved at"))
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("approved by"),
    )  # fmt: skip
    due_at = models.DateTimeField(_("due at"))
    scheduled_go_live_at = models.DateTimeField(_("scheduled go-live"), null=True, blank=True)
    live_at = models.DateTimeField(_("live at"), null=True, blank=True)

    class Meta:
        ordering = ["-approved_at"]
        indexes = [models.Index(fields=["live_at", "due_at"])]
        verbose_name = _("3-day clock")
        verbose_name_plural = _("3-day clocks")

    def __str__(self):
        return f"{self.page} {self.approved_at:%Y-%m-%d}"

    @property
    def on_time(self) -> bool | None:
        """True or False once the page is live; None while the clock runs."""
        return None if self.live_at is None else self.live_at <= self.due_at
