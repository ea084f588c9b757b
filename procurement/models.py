"""Procurement sections. Notice page types (TOR, invitation, winner, contract, …) arrive with the
procurement issue; until then the sections stand in the tree with their introductions."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from categories.models.listing import ListingMixin
from categories.models.mixins import BodyMixin
from home.models import BasePage


class ProcurementIndexPage(ListingMixin, BodyMixin, BasePage):
    """Central or regional procurement notices (ประกาศจัดซื้อจัดจ้าง ส่วนกลาง / ส่วนภูมิภาค)."""

    class Scope(models.TextChoices):
        CENTRAL = "central", _("central")
        REGIONAL = "regional", _("regional")

    scope = models.CharField(_("scope"), max_length=10, choices=Scope.choices, default=Scope.CENTRAL)

    content_panels = BasePage.content_panels + [FieldPanel("scope"), FieldPanel("body")]
    search_text_attributes = ("body",)
    parent_page_types = ["categories.SectionPage"]
    subpage_types = ["procurement.ProcurementNoticeIndexPage"]

    class Meta:
        verbose_name = _("procurement section")
        verbose_name_plural = _("procurement sections")


class ProcurementNoticeIndexPage(ListingMixin, BodyMixin, BasePage):
    """One kind of procurement notice (the kind is the category the page carries)."""

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_text_attributes = ("body",)
    parent_page_types = ["procurement.ProcurementIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("procurement notice list")
        verbose_name_plural = _("procurement notice lists")
