"""The 3-day clock of seed §2.1."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


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
