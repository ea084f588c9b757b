"""Laws and regulations. The kind of law (act, ministerial regulation, …) is the category the page is in."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from categories.models.feeds import FeedMixin
from categories.models.listing import ListedItemMixin, ListingMixin
from categories.models.mixins import AttachmentsMixin, BodyMixin, document_field
from core.models import BasePage
from core.thai_dates import BUDDHIST_ERA_OFFSET


class LawPage(ListedItemMixin, BodyMixin, AttachmentsMixin, BasePage):
    class Status(models.TextChoices):
        IN_FORCE = "in_force", _("in force")
        AMENDED = "amended", _("in force, amended")
        REPEALED = "repealed", _("repealed")

    number = models.CharField(_("number"), max_length=60, blank=True, help_text=_("e.g. ฉบับที่ 5"))
    year_be = models.PositiveSmallIntegerField(_("year (B.E.)"), help_text=_("Buddhist-era year, e.g. 2533"))
    effective_date = models.DateField(_("effective date"), null=True, blank=True)
    document = document_field(_("official text (PDF)"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.IN_FORCE)
    repealed_date = models.DateField(_("repealed on"), null=True, blank=True)

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("number"), FieldPanel("year_be")]),
        FieldRowPanel([FieldPanel("effective_date"), FieldPanel("status"), FieldPanel("repealed_date")]),
        FieldPanel("document"),
        FieldPanel("body"),
        FieldPanel("attachments"),
    ]
    search_fields = BasePage.search_fields + [index.FilterField("status"), index.FilterField("year_be")]
    search_text_attributes = ("body", "number")

    listing_date_field = "effective_date"
    listing_related = ("document",)
    listing_card_template = "categories/cards/law.html"
    parent_page_types = ["categories.LawIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("law or regulation")
        verbose_name_plural = _("laws and regulations")

    def submission_errors(self) -> dict:
        if self.document_id:
            return {}
        return {"document": _("Attach the official text (PDF) before submitting: a law is published with its PDF.")}

    def clean(self):
        super().clean()
        errors = {}
        if self.year_be and not 2400 <= self.year_be <= 2700:
            errors["year_be"] = _("Enter a Buddhist-era year, e.g. 2533.")
        if self.status == self.Status.REPEALED and not self.repealed_date:
            errors["repealed_date"] = _("Enter the date it was repealed.")
        if self.effective_date and self.year_be and self.effective_date.year + BUDDHIST_ERA_OFFSET < self.year_be:
            errors["effective_date"] = _("The effective date is before the year of the law.")
        if errors:
            raise ValidationError(errors)


class LawIndexPage(FeedMixin, ListingMixin, BasePage):
    listing_model = LawPage
    parent_page_types = ["categories.SectionPage"]
    subpage_types = ["categories.LawPage"]

    class Meta:
        verbose_name = _("law list")
        verbose_name_plural = _("law lists")
