"""Procurement notices: one concrete base page (everything a listing filters on) and one page type per kind
(the monthly summary's, with the builder it saves, is in ``procurement.models.monthly_summary``).

Listings query the base table only (``ProcurementNoticePage``), so filtering and paging tens of thousands of
notices never touches the ten kind tables; a notice's own page shows the fields of its kind.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from categories.models.listing import ListedItemMixin
from categories.models.mixins import BodyMixin
from core.models import BasePage
from procurement.blocks import (
    AuctionLotBlock,
    BidBlock,
    BidderBlock,
    CostLineBlock,
    PdfAttachmentBlock,
    tax_id_validator,
)
from procurement.forms import NoticeForm
from procurement.models.projects import (
    STATUS_ORDER,
    ProcurementProject,
    Status,
    fiscal_year_be,
    validate_fiscal_year,
)
from procurement.notice_parents import NoticeParent

MONEY = {"max_digits": 15, "decimal_places": 2}


class NoticeKind(models.TextChoices):
    """The ten kinds of procurement notice in seed §1 (ประกาศจัดซื้อจัดจ้าง)."""

    PLAN = "plan", _("annual procurement plan")
    REFERENCE_PRICE = "reference_price", _("reference price")
    DRAFT_TOR = "draft_tor", _("draft TOR")
    INVITATION = "invitation", _("invitation to bid")
    QUALIFIED_BIDDERS = "qualified_bidders", _("qualified bidders")
    CHANGE = "change", _("change or cancellation")
    WINNER = "winner", _("procurement result")
    MONTHLY_SUMMARY = "monthly_summary", _("monthly summary")
    AUCTION = "auction", _("auction")
    CONTRACT = "contract", _("contract")


# The step a project has reached once a notice of this kind is live.
STATUS_AFTER_KIND = {
    NoticeKind.DRAFT_TOR: Status.DRAFT_TOR,
    NoticeKind.INVITATION: Status.INVITED,
    NoticeKind.QUALIFIED_BIDDERS: Status.INVITED,
    NoticeKind.WINNER: Status.WINNER_ANNOUNCED,
    NoticeKind.CONTRACT: Status.CONTRACTED,
}

NOTICE_PARENTS = ["procurement.ProcurementNoticeIndexPage", "procurement.ProcurementOfficePage"]


def notice_panels(*kind_panels):
    """The editing form of a notice: what all notices share, then the fields of its kind."""
    return BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("project"),
                FieldRowPanel([FieldPanel("announced_on"), FieldPanel("notice_number")]),
                FieldRowPanel([FieldPanel("unit"), FieldPanel("fiscal_year")]),
            ],
            heading=_("Notice"),
        ),
        *kind_panels,
        FieldPanel("body"),
        FieldPanel("attachments"),
    ]


def attachments_field():
    return StreamField([("attachment", PdfAttachmentBlock())], blank=True, verbose_name=_("attachments (PDF)"))


class ProcurementNoticePage(ListedItemMixin, BodyMixin, BasePage):
    """What every notice has. Not created directly: each kind below is a page type of its own."""

    kind = models.CharField(_("kind"), max_length=30, choices=NoticeKind.choices, editable=False, db_index=True)
    project = models.ForeignKey(
        ProcurementProject,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="notices",
        verbose_name=_("procurement project"),
    )
    unit = models.ForeignKey(
        "governance.Unit",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="procurement_notices",
        verbose_name=_("unit"),
        help_text=_("Filled in from the project or the provincial office when left empty."),
    )
    fiscal_year = models.PositiveSmallIntegerField(
        _("fiscal year (B.E.)"),
        null=True,
        blank=True,
        validators=[validate_fiscal_year],
        help_text=_("Filled in from the project, or from the date of the notice, when left empty."),
    )
    announced_on = models.DateField(_("date of the notice"), default=timezone.localdate, db_index=True)
    notice_number = models.CharField(_("notice number"), max_length=60, blank=True, help_text=_("e.g. 12/2570"))
    attachments = attachments_field()

    NOTICE_KIND: str = ""
    # Kinds about one purchase must name its project; plans, summaries and auctions stand alone.
    needs_project = True

    content_panels = notice_panels()
    base_form_class = NoticeForm
    is_creatable = False
    parent_page_types = NOTICE_PARENTS
    subpage_types = []
    listing_date_field = "announced_on"
    listing_related = ("project", "unit")
    listing_card_template = "procurement/cards/notice.html"
    search_fields = BasePage.search_fields + [
        index.FilterField("kind"),
        index.FilterField("fiscal_year"),
        index.FilterField("announced_on"),
    ]
    search_text_attributes = ("body", "notice_number")

    class Meta:
        verbose_name = _("procurement notice")
        verbose_name_plural = _("procurement notices")
        indexes = [models.Index(fields=["fiscal_year", "kind"], name="procurement_notice_fy_kind")]

    def submission_errors(self) -> dict:
        if any(block.value.get("document") for block in self.attachments):
            return {}
        return {
            "attachments": _(
                "Attach the signed announcement (PDF) before submitting: a notice is published with its PDF."
            )
        }

    @classmethod
    def can_create_at(cls, parent):
        """Where the parent says it takes this kind (a kind's list only that kind; a provincial office every kind)."""
        if not super().can_create_at(parent):
            return False
        specific = parent.specific
        return not isinstance(specific, NoticeParent) or specific.accepts_notice_kind(cls.NOTICE_KIND)

    def can_move_to(self, parent):
        return super().can_move_to(parent) and type(self).can_create_at(parent)

    def save(self, *args, **kwargs):
        if self.NOTICE_KIND:
            self.kind = self.NOTICE_KIND
        if self.project_id and not self.unit_id:
            self.unit_id = self.project.unit_id
        if not self.fiscal_year:
            self.fiscal_year = self.project.fiscal_year if self.project_id else fiscal_year_be(self.announced_on)
        return super().save(*args, **kwargs)

    @property
    def province(self) -> str:
        return self.unit.province if self.unit_id else ""

    def timeline(self):
        """The project's live notices in order, this one included (its project page shows the same)."""
        if not self.project_id:
            return []
        return project_timeline(self.project)

    @property
    def project_url(self) -> str:
        """The project's page in this notice's section (central or regional), as the parent page knows it."""
        if not self.project_id:
            return ""
        parent = self.get_parent()
        model = parent.specific_class if parent is not None else None
        if model is None or not issubclass(model, NoticeParent):
            return ""
        return model.project_url_below(self, self.project_id)

    def live_amendments(self):
        return ChangeNoticePage.objects.live().public().filter(amends=self).order_by("announced_on", "pk")


def project_timeline(project):
    return list(project.notices.live().public().order_by("announced_on", "pk").specific())


def refresh_project_status(project) -> str:
    """Recompute ``project``'s status from its live notices: the furthest step reached, or cancelled."""
    live = project.notices.live()
    if ChangeNoticePage.objects.live().filter(project=project, change_type=ChangeNoticePage.ChangeType.CANCEL):
        status = Status.CANCELLED
    else:
        reached = {STATUS_AFTER_KIND[kind] for kind in live.values_list("kind", flat=True) if kind in STATUS_AFTER_KIND}
        status = max(reached | {Status.PLANNED}, key=STATUS_ORDER.index)
    if status != project.status:
        project.status = status
        project.save(update_fields=["status", "updated_at"])
    return status


class ProcurementPlanNoticePage(ProcurementNoticePage):
    """แผนจัดซื้อจัดจ้าง: a unit's annual plan. The projects it lists are taken from the data when it is saved,
    so the published plan is the one the director approved even if projects change later."""

    plan_revision = models.PositiveSmallIntegerField(
        pgettext_lazy("procurement plan", "revision"),
        default=0,
        help_text=_("0 for the original plan, 1 for the first revision, …"),
    )
    planned_projects = models.JSONField(_("planned projects"), default=list, editable=False, blank=True)

    NOTICE_KIND = NoticeKind.PLAN
    needs_project = False
    content_panels = notice_panels(FieldPanel("plan_revision"))
    template = "procurement/notices/plan.html"

    class Meta:
        verbose_name = _("annual procurement plan")
        verbose_name_plural = _("annual procurement plans")

    def save(self, *args, **kwargs):
        super_save = super().save
        if self.unit_id and self.fiscal_year:
            self.planned_projects = [
                {
                    "title": p.title,
                    "budget": str(p.budget),
                    "method": p.get_method_display(),
                    "egp_number": p.egp_number,
                }
                for p in ProcurementProject.objects.filter(unit_id=self.unit_id, fiscal_year=self.fiscal_year)
                .exclude(status=Status.CANCELLED)
                .order_by("created_at", "pk")
            ]
        return super_save(*args, **kwargs)

    @property
    def planned_total(self) -> Decimal:
        return sum((Decimal(p["budget"]) for p in self.planned_projects), Decimal("0"))


class ReferencePriceNoticePage(ProcurementNoticePage):
    """ประกาศราคากลาง: the reference price, the date it was set, who set it, and its cost table."""

    reference_price = models.DecimalField(_("reference price (baht)"), **MONEY)
    price_set_on = models.DateField(_("date the price was set"))
    committee = models.TextField(_("price committee"), blank=True, help_text=_("Names and positions, one per line."))
    cost_lines = StreamField([("line", CostLineBlock())], blank=True, verbose_name=_("cost table"))

    NOTICE_KIND = NoticeKind.REFERENCE_PRICE
    content_panels = notice_panels(
        FieldRowPanel([FieldPanel("reference_price"), FieldPanel("price_set_on")]),
        FieldPanel("committee"),
        FieldPanel("cost_lines"),
    )
    template = "procurement/notices/reference_price.html"

    class Meta:
        verbose_name = _("reference price notice")
        verbose_name_plural = _("reference price notices")

    def cost_table(self):
        rows = []
        for block in self.cost_lines:
            line = block.value
            amount = (line["quantity"] * line["unit_price"]).quantize(Decimal("0.01"), ROUND_HALF_UP)
            rows.append({**dict(line), "amount": amount})
        return rows

    @property
    def cost_total(self) -> Decimal:
        return sum((row["amount"] for row in self.cost_table()), Decimal("0"))

    def clean(self):
        super().clean()
        if self.cost_lines and self.reference_price is not None and self.cost_total != self.reference_price:
            raise ValidationError(
                {
                    "reference_price": _("The cost table adds up to %(total)s baht, not %(price)s.")
                    % {"total": f"{self.cost_total:,.2f}", "price": f"{self.reference_price:,.2f}"}
                }
            )


class DraftTorNoticePage(ProcurementNoticePage):
    """ประกาศร่าง TOR: the draft terms of reference put to a public hearing."""

    hearing_starts = models.DateField(_("comments open"))
    hearing_ends = models.DateField(_("comments close"))
    comment_channel = models.TextField(
        _("how to comment"), help_text=_("E-mail, address or e-GP page where comments are received.")
    )

    NOTICE_KIND = NoticeKind.DRAFT_TOR
    content_panels = notice_panels(
        FieldRowPanel([FieldPanel("hearing_starts"), FieldPanel("hearing_ends")]), FieldPanel("comment_channel")
    )
    template = "procurement/notices/draft_tor.html"

    class Meta:
        verbose_name = _("draft TOR")
        verbose_name_plural = _("draft TORs")

    def clean(self):
        super().clean()
        if self.hearing_starts and self.hearing_ends and self.hearing_ends < self.hearing_starts:
            raise ValidationError({"hearing_ends": _("Comments cannot close before they open.")})

    def is_open(self, today=None) -> bool:
        today = today or timezone.localdate()
        return self.hearing_starts <= today <= self.hearing_ends


class InvitationNoticePage(ProcurementNoticePage):
    """ประกาศเชิญชวน: the call for bids, with the period in which bids are received."""

    bid_submission_starts = models.DateTimeField(_("bids accepted from"))
    bid_submission_ends = models.DateTimeField(_("bids close"), db_index=True)
    documents_from = models.TextField(
        _("where to get the documents"), blank=True, help_text=_("e.g. www.gprocurement.go.th, or the office address")
    )

    NOTICE_KIND = NoticeKind.INVITATION
    content_panels = notice_panels(
        FieldRowPanel([FieldPanel("bid_submission_starts"), FieldPanel("bid_submission_ends")]),
        FieldPanel("documents_from"),
    )
    template = "procurement/notices/invitation.html"

    class Meta:
        verbose_name = _("invitation to bid")
        verbose_name_plural = _("invitations to bid")

    def clean(self):
        super().clean()
        if (
            self.bid_submission_starts
            and self.bid_submission_ends
            and self.bid_submission_ends <= self.bid_submission_starts
        ):
            raise ValidationError({"bid_submission_ends": _("Bids must close after they open.")})

    @staticmethod
    def _moved_deadlines(invitation):
        """New closing times that live changes of ``invitation`` set, the latest first."""
        return (
            ChangeNoticePage.objects.live()
            .filter(amends=invitation, new_bid_submission_ends__isnull=False)
            .order_by("-announced_on", "-pk")
            .values_list("new_bid_submission_ends", flat=True)
        )

    @classmethod
    def with_deadline(cls, queryset):
        """Annotate ``deadline``: the closing time of the latest live change that moved it, else the invitation's."""
        moved = cls._moved_deadlines(OuterRef("pk"))[:1]
        return queryset.annotate(deadline=Coalesce(Subquery(moved), F("bid_submission_ends")))

    @cached_property
    def deadline(self):
        """The closing time in force (a published change may have moved it)."""
        return self._moved_deadlines(self).first() or self.bid_submission_ends

    def is_open(self, now=None) -> bool:
        now = now or timezone.now()
        return self.bid_submission_starts <= now <= self.deadline


class QualifiedBiddersNoticePage(ProcurementNoticePage):
    """ประกาศรายชื่อผู้มีสิทธิ์เสนอราคา."""

    bidders = StreamField([("bidder", BidderBlock())], verbose_name=_("qualified bidders"))

    NOTICE_KIND = NoticeKind.QUALIFIED_BIDDERS
    content_panels = notice_panels(FieldPanel("bidders"))
    template = "procurement/notices/qualified_bidders.html"

    class Meta:
        verbose_name = _("qualified bidders notice")
        verbose_name_plural = _("qualified bidders notices")


class ChangeNoticePage(ProcurementNoticePage):
    """ประกาศเปลี่ยนแปลง/ยกเลิก: amends an earlier notice of the same project, or cancels the procurement."""

    class ChangeType(models.TextChoices):
        CHANGE = "change", _("change")
        CANCEL = "cancel", _("cancellation of the procurement")

    change_type = models.CharField(_("type"), max_length=10, choices=ChangeType.choices, default=ChangeType.CHANGE)
    amends = models.ForeignKey(
        ProcurementNoticePage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="amendments",
        verbose_name=_("notice it amends"),
    )
    what_changed = models.TextField(_("what changed"), blank=True)
    reason = models.TextField(_("reason"))
    new_bid_submission_ends = models.DateTimeField(
        _("new closing time for bids"),
        null=True,
        blank=True,
        help_text=_("When this change moves the closing time of the invitation it amends."),
    )

    NOTICE_KIND = NoticeKind.CHANGE
    content_panels = notice_panels(
        FieldRowPanel([FieldPanel("change_type"), FieldPanel("amends")]),
        FieldPanel("what_changed"),
        FieldPanel("reason"),
        FieldPanel("new_bid_submission_ends"),
    )
    template = "procurement/notices/change.html"

    class Meta:
        verbose_name = _("change or cancellation notice")
        verbose_name_plural = _("change or cancellation notices")

    def clean(self):
        super().clean()
        errors = {}
        if self.change_type == self.ChangeType.CHANGE:
            if not self.amends_id:
                errors["amends"] = _("Choose the notice this one changes.")
            if not self.what_changed.strip():
                errors["what_changed"] = _("Say what changed.")
        if self.new_bid_submission_ends and not (self.amends_id and self.amends.kind == NoticeKind.INVITATION):
            errors["new_bid_submission_ends"] = _("A new closing time needs the invitation it changes.")
        if self.amends_id and self.amends_id == self.pk:
            errors["amends"] = _("A notice cannot amend itself.")
        elif self.amends_id and self.project_id and self.amends.project_id != self.project_id:
            errors["amends"] = _("The notice it amends belongs to another project.")
        if errors:
            raise ValidationError(errors)


class WinnerNoticePage(ProcurementNoticePage):
    """ประกาศผลผู้ชนะการเสนอราคา: who bid what, who won, at what price, and why."""

    bids = StreamField([("bid", BidBlock())], blank=True, verbose_name=_("bids received"))
    winner_name = models.CharField(_("winner"), max_length=300)
    winner_tax_id = models.CharField(_("winner's tax ID"), max_length=13, blank=True, validators=[tax_id_validator])
    agreed_price = models.DecimalField(_("agreed price (baht)"), **MONEY)
    selection_reason = models.TextField(
        _("reason for the choice"), help_text=_("e.g. the lowest price among bids that met the TOR")
    )

    NOTICE_KIND = NoticeKind.WINNER
    content_panels = notice_panels(
        FieldRowPanel([FieldPanel("winner_name"), FieldPanel("winner_tax_id")]),
        FieldPanel("agreed_price"),
        FieldPanel("selection_reason"),
        FieldPanel("bids"),
    )
    template = "procurement/notices/winner.html"

    class Meta:
        verbose_name = _("procurement result")
        verbose_name_plural = _("procurement results")


class AuctionNoticePage(ProcurementNoticePage):
    """ประกาศขายทอดตลาด: what is sold, when and where."""

    auction_at = models.DateTimeField(_("auction date and time"))
    place = models.CharField(_("place"), max_length=300)
    viewing = models.TextField(_("viewing the items"), blank=True, help_text=_("When and where bidders may see them."))
    lots = StreamField([("lot", AuctionLotBlock())], verbose_name=_("items for sale"))

    NOTICE_KIND = NoticeKind.AUCTION
    needs_project = False
    content_panels = notice_panels(
        FieldRowPanel([FieldPanel("auction_at"), FieldPanel("place")]), FieldPanel("viewing"), FieldPanel("lots")
    )
    template = "procurement/notices/auction.html"

    class Meta:
        verbose_name = _("auction notice")
        verbose_name_plural = _("auction notices")


class ContractNoticePage(ProcurementNoticePage):
    """สัญญาจัดซื้อจัดจ้าง: the contract (or purchase order) signed with the winner."""

    contract_number = models.CharField(_("contract number"), max_length=60)
    contract_date = models.DateField(_("contract date"), db_index=True)
    contract_value = models.DecimalField(_("contract value (baht)"), **MONEY)
    vendor_name = models.CharField(_("vendor"), max_length=300)
    vendor_tax_id = models.CharField(_("vendor's tax ID"), max_length=13, blank=True, validators=[tax_id_validator])
    delivery_due = models.DateField(_("delivery due"), null=True, blank=True)

    NOTICE_KIND = NoticeKind.CONTRACT
    content_panels = notice_panels(
        FieldRowPanel([FieldPanel("contract_number"), FieldPanel("contract_date")]),
        FieldRowPanel([FieldPanel("contract_value"), FieldPanel("delivery_due")]),
        FieldRowPanel([FieldPanel("vendor_name"), FieldPanel("vendor_tax_id")]),
    )
    template = "procurement/notices/contract.html"

    class Meta:
        verbose_name = _("contract")
        verbose_name_plural = _("contracts")

    def clean(self):
        super().clean()
        if self.delivery_due and self.contract_date and self.delivery_due < self.contract_date:
            raise ValidationError({"delivery_due": _("Delivery cannot be due before the contract is signed.")})
