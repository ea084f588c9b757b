"""Published documents: PR media, reports and investment documents. Their kind is their category."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from categories.models.listing import ListedItemMixin, ListingMixin
from categories.models.mixins import BodyMixin, document_field, image_field
from core.models import BasePage


class PublicationPage(ListedItemMixin, BodyMixin, BasePage):
    """A document people read or download: a cover, the file, and a summary."""

    publication_date = models.DateField(_("publication date"), default=timezone.localdate)
    year_be = models.PositiveSmallIntegerField(
        _("year (B.E.)"), null=True, blank=True, help_text=_("The year the document covers, e.g. 2568.")
    )
    cover = image_field(_("cover image"))
    document = document_field(_("document"))

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("publication_date"), FieldPanel("year_be")]),
        FieldPanel("cover"),
        FieldPanel("document"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.FilterField("publication_date")]
    search_text_attributes = ("body",)

    listing_date_field = "publication_date"
    listing_image_field = "cover"
    listing_related = ("document",)
    listing_card_template = "categories/cards/publication.html"
    subpage_types = []

    class Meta:
        abstract = True


class MediaItemPage(PublicationPage):
    """A brochure, journal issue or infographic."""

    issue_label = models.CharField(_("issue"), max_length=100, blank=True, help_text=_("e.g. ปีที่ 30 ฉบับที่ 4"))

    content_panels = (
        PublicationPage.content_panels[:2] + [FieldPanel("issue_label")] + PublicationPage.content_panels[2:]
    )
    parent_page_types = ["categories.MediaIndexPage"]

    class Meta:
        verbose_name = _("PR media item")
        verbose_name_plural = _("PR media items")


class ReportPage(PublicationPage):
    parent_page_types = ["categories.ReportIndexPage"]

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")


class InvestmentDocumentPage(PublicationPage):
    parent_page_types = ["categories.InvestmentIndexPage"]

    class Meta:
        verbose_name = _("investment document")
        verbose_name_plural = _("investment documents")


class MediaIndexPage(ListingMixin, BasePage):
    listing_model = MediaItemPage
    parent_page_types = ["categories.SectionPage"]
    subpage_types = ["categories.MediaItemPage"]

    class Meta:
        verbose_name = _("PR media list")
        verbose_name_plural = _("PR media lists")


class ReportIndexPage(ListingMixin, BasePage):
    listing_model = ReportPage
    parent_page_types = ["categories.SectionPage"]
    subpage_types = ["categories.ReportPage"]

    class Meta:
        verbose_name = _("report list")
        verbose_name_plural = _("report lists")


class InvestmentIndexPage(ListingMixin, BasePage):
    listing_model = InvestmentDocumentPage
    parent_page_types = ["categories.SectionPage"]
    subpage_types = ["categories.InvestmentDocumentPage"]

    class Meta:
        verbose_name = _("investment document list")
        verbose_name_plural = _("investment document lists")
