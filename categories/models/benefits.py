"""Benefit pages: who qualifies, conditions, what is paid, how to claim, and the forms to use."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField

from categories.blocks import AttachmentBlock
from categories.models.faq import FaqTopic, related_questions
from categories.models.mixins import BodyMixin
from core.models import BasePage

_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class BenefitPage(BodyMixin, BasePage):
    front_cache_shows = ("faq",)  # its related questions come from the FAQ pages
    eligibility = RichTextField(_("who qualifies"), blank=True, features=_FEATURES)
    conditions = RichTextField(_("conditions"), blank=True, features=_FEATURES)
    entitlements = RichTextField(_("what is paid"), blank=True, features=_FEATURES)
    how_to_claim = RichTextField(_("how to claim"), blank=True, features=_FEATURES)
    forms = StreamField([("form", AttachmentBlock())], blank=True, verbose_name=_("forms"))
    faq_topic = models.CharField(
        _("FAQ topic"),
        max_length=20,
        choices=FaqTopic.choices,
        blank=True,
        help_text=_("The page shows the questions of this topic from the FAQ pages."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("eligibility"),
        FieldPanel("conditions"),
        FieldPanel("entitlements"),
        FieldPanel("how_to_claim"),
        FieldPanel("forms"),
        FieldPanel("body"),
        FieldPanel("faq_topic"),
    ]
    search_text_attributes = ("eligibility", "conditions", "entitlements", "how_to_claim", "body")

    parent_page_types = ["categories.SectionPage", "categories.BenefitPage"]
    subpage_types = ["categories.BenefitPage", "categories.ContentPage"]

    class Meta:
        verbose_name = _("benefit page")
        verbose_name_plural = _("benefit pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_questions"] = related_questions(self.faq_topic)
        return context
