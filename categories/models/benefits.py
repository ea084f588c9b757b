"""Benefit pages: who qualifies, conditions, what is paid, how to claim, and the forms to use."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField

from categories.blocks import AttachmentBlock
from categories.models.mixins import BodyMixin
from core.models import BasePage

_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class BenefitPage(BodyMixin, BasePage):
    eligibility = RichTextField(_("who qualifies"), blank=True, features=_FEATURES)
    conditions = RichTextField(_("conditions"), blank=True, features=_FEATURES)
    entitlements = RichTextField(_("what is paid"), blank=True, features=_FEATURES)
    how_to_claim = RichTextField(_("how to claim"), blank=True, features=_FEATURES)
    forms = StreamField([("form", AttachmentBlock())], blank=True, verbose_name=_("forms"))

    content_panels = BasePage.content_panels + [
        FieldPanel("eligibility"),
        FieldPanel("conditions"),
        FieldPanel("entitlements"),
        FieldPanel("how_to_claim"),
        FieldPanel("forms"),
        FieldPanel("body"),
    ]
    search_text_attributes = ("eligibility", "conditions", "entitlements", "how_to_claim", "body")

    parent_page_types = ["categories.SectionPage", "categories.BenefitPage"]
    subpage_types = ["categories.BenefitPage", "categories.ContentPage"]

    class Meta:
        verbose_name = _("benefit page")
        verbose_name_plural = _("benefit pages")
