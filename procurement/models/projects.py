"""A procurement project: one purchase whose notices (TOR, invitation, winner, contract, …) thread its life."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from core.thai_dates import BUDDHIST_ERA_OFFSET

FISCAL_YEAR_START_MONTH = 10  # The Thai government's fiscal year runs 1 October – 30 September.


def fiscal_year_be(day) -> int:
    """The Buddhist-era fiscal year a date falls in: 1 October 2569 starts fiscal year 2570."""
    year = day.year + BUDDHIST_ERA_OFFSET
    return year + 1 if day.month >= FISCAL_YEAR_START_MONTH else year


def validate_fiscal_year(value):
    if not 2500 <= value <= 2700:
        raise ValidationError(_("Enter a Buddhist-era fiscal year, e.g. %(year)s.") % {"year": 2570})


class Method(models.TextChoices):
    """Procurement methods of the Public Procurement Act B.E. 2560 (sections 55–56)."""

    E_BIDDING = "e_bidding", _("e-bidding")
    E_MARKET = "e_market", _("e-market")
    PRICE_INQUIRY = "price_inquiry", _("price inquiry")
    SELECTION = "selection", _("selection")
    SPECIFIC = "specific", _("specific method")
    DESIGN_CONTEST = "design_contest", _("design contest")
    OTHER = "other", _("other")


class Status(models.TextChoices):
    """Where a project stands, in the order its notices move it (or cancelled at any point)."""

    PLANNED = "planned", _("planned")
    DRAFT_TOR = "draft_tor", _("draft TOR")
    INVITED = "invited", _("invited to bid")
    WINNER_ANNOUNCED = "winner_announced", _("winner announced")
    CONTRACTED = "contracted", _("contracted")
    CANCELLED = "cancelled", _("cancelled")


STATUS_ORDER = [Status.PLANNED, Status.DRAFT_TOR, Status.INVITED, Status.WINNER_ANNOUNCED, Status.CONTRACTED]

egp_number_validator = RegexValidator(
    r"^[0-9]{11,12}$", _("An e-GP project number has 11 or 12 digits, e.g. 67019123456.")
)


class ProcurementProject(index.Indexed, models.Model):
    """One purchase by one unit in one fiscal year. Its status follows its published notices
    (``procurement.models.notices.refresh_project_status``). Its admin form
    (which units may be chosen) is in ``procurement.project_views``."""

    title = models.CharField(_("project name"), max_length=500)
    unit = models.ForeignKey(
        "governance.Unit",
        on_delete=models.PROTECT,
        related_name="procurement_projects",
        verbose_name=_("owning unit"),
        help_text=_("The central division or provincial office that buys."),
    )
    fiscal_year = models.PositiveSmallIntegerField(
        _("fiscal year (B.E.)"), validators=[validate_fiscal_year], help_text=_("1 October – 30 September")
    )
    budget = models.DecimalField(
        _("budget (baht)"), max_digits=15, decimal_places=2, validators=[MinValueValidator(Decimal("0"))]
    )
    method = models.CharField(_("procurement method"), max_length=20, choices=Method.choices)
    egp_number = models.CharField(
        _("e-GP project number"), max_length=12, blank=True, validators=[egp_number_validator]
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PLANNED, editable=False
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.SearchField("egp_number"),
        index.FilterField("unit"),
        index.FilterField("fiscal_year"),
    ]

    class Meta:
        ordering = ["-fiscal_year", "-created_at"]
        verbose_name = _("procurement project")
        verbose_name_plural = _("procurement projects")
        constraints = [
            models.UniqueConstraint(
                fields=["egp_number"], condition=~models.Q(egp_number=""), name="unique_procurement_egp_number"
            )
        ]

    def __str__(self):
        number = f" ({self.egp_number})" if self.egp_number else ""
        return f"{self.title}{number}"

    @property
    def is_regional(self) -> bool:
        """A provincial office's project: its notices and its page are in the regional section."""
        return bool(self.unit.province)

    def public_steps(self):
        """The status steps for the project page: each with whether the project has reached it."""
        if self.status == Status.CANCELLED:
            return []
        reached = STATUS_ORDER.index(self.status)
        return [
            {"label": step.label, "done": i <= reached, "current": i == reached} for i, step in enumerate(STATUS_ORDER)
        ]
