"""The report on keeping the site right, every 3 or 6 months (seed §3.3): figures gathered by the system, the
problems, obstacles and suggestions written by the responsible officer, and the supervisor's acknowledgement."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PeriodicReport(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        SUBMITTED = "submitted", _("submitted to the supervisor")
        ACKNOWLEDGED = "acknowledged", _("acknowledged")

    months = models.PositiveSmallIntegerField(_("period (months)"), choices=[(3, _("3 months")), (6, _("6 months"))])
    period_start = models.DateField(_("from"))
    period_end = models.DateField(_("to"), help_text=_("The last day of the period."))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    figures = models.JSONField(_("figures"), default=dict, blank=True)
    figures_at = models.DateTimeField(_("figures gathered at"), null=True, blank=True)
    problems = models.TextField(_("problems"), blank=True)
    obstacles = models.TextField(_("obstacles"), blank=True)
    suggestions = models.TextField(_("suggestions"), blank=True)
    prepared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("prepared by"),
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("acknowledged by"),
    )
    acknowledged_at = models.DateTimeField(_("acknowledged at"), null=True, blank=True)

    class Meta:
        ordering = ["-period_start"]
        verbose_name = _("periodic report")
        verbose_name_plural = _("periodic reports")
        constraints = [
            models.UniqueConstraint(fields=["months", "period_start"], name="one_report_per_period"),
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")), name="period_in_order"
            ),
        ]

    def __str__(self):
        return f"{self.period_start:%Y-%m-%d} – {self.period_end:%Y-%m-%d}"
