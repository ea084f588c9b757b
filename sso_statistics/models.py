"""Statistics sections of the two funds. Datasets, uploads and charts arrive with the statistics issue."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from categories.models.listing import ListingMixin
from categories.models.mixins import AttachmentsMixin, BodyMixin
from home.models import BasePage


class StatisticsIndexPage(ListingMixin, BodyMixin, BasePage):
    """Statistics of one fund: the Social Security Fund or the Workmen's Compensation Fund."""

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_text_attributes = ("body",)
    parent_page_types = ["categories.SectionPage"]
    subpage_types = ["sso_statistics.StatisticsPartPage"]

    class Meta:
        verbose_name = _("fund statistics")
        verbose_name_plural = _("fund statistics")


class StatisticsPartPage(BodyMixin, AttachmentsMixin, BasePage):
    """One part (ส่วนที่) of a fund's statistics, with its tables as attachments for now."""

    part_number = models.PositiveSmallIntegerField(
        _("part number"), null=True, blank=True, help_text=_("Empty for the overview that precedes the parts.")
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("part_number"),
        FieldPanel("body"),
        FieldPanel("attachments"),
    ]
    search_text_attributes = ("body",)
    parent_page_types = ["sso_statistics.StatisticsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("statistics part")
        verbose_name_plural = _("statistics parts")
