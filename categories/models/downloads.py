"""Downloadable forms, manuals and programs."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from categories.models.listing import ListedItemMixin, ListingMixin
from categories.models.mixins import document_field
from core.models import BasePage


class DownloadFormPage(ListedItemMixin, BasePage):
    """A form or file to download: its code, the file (or an outside address) and when it last changed."""

    form_code = models.CharField(_("form code"), max_length=40, blank=True, help_text=_("e.g. สปส. 2-01"))
    document = document_field(_("file"))
    external_url = models.URLField(
        _("outside address"), blank=True, help_text=_("Only when the file is kept on another official website.")
    )
    last_updated = models.DateField(_("last updated"), default=timezone.localdate)

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("form_code"), FieldPanel("last_updated")]),
        FieldPanel("document"),
        FieldPanel("external_url"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("form_code")]
    search_text_attributes = ("form_code",)

    listing_date_field = "last_updated"
    listing_related = ("document",)
    listing_card_template = "categories/cards/download.html"
    parent_page_types = ["categories.DownloadIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("downloadable file")
        verbose_name_plural = _("downloadable files")

    def clean(self):
        super().clean()
        if not self.document_id and not self.external_url:
            raise ValidationError({"document": _("Choose a file or enter an outside address.")})


class DownloadIndexPage(ListingMixin, BasePage):
    listing_model = DownloadFormPage
    listing_page_size = 50
    parent_page_types = ["categories.SectionPage"]
    subpage_types = ["categories.DownloadFormPage"]

    class Meta:
        verbose_name = _("download list")
        verbose_name_plural = _("download lists")
