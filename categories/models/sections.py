"""Section pages and plain content pages: the skeleton of the menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from categories.models.listing import ListingMixin
from categories.models.mixins import AttachmentsMixin, BodyMixin
from core.models import BasePage


class SectionPage(ListingMixin, BodyMixin, BasePage):
    """A menu section or sub-section: an introduction and a list of what it holds."""

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_text_attributes = ("body",)
    listing_page_size = 30

    parent_page_types = ["home.HomePage", "categories.SectionPage"]
    subpage_types = [
        "categories.SectionPage",
        "categories.ContentPage",
        "categories.PeopleIndexPage",
        "categories.NewsIndexPage",
        "categories.PhotoNewsIndexPage",
        "categories.VideoNewsIndexPage",
        "categories.RecruitmentIndexPage",
        "categories.ExternalNoticeIndexPage",
        "categories.EventIndexPage",
        "categories.LawIndexPage",
        "categories.BenefitPage",
        "categories.MediaIndexPage",
        "categories.ReportIndexPage",
        "categories.InvestmentIndexPage",
        "categories.DownloadIndexPage",
        "categories.UnitDirectoryPage",
        "categories.LinkIndexPage",
        "categories.ContactPage",
        "procurement.ProcurementIndexPage",
        "sso_statistics.StatisticsIndexPage",
        "categories.FaqPage",
        "categories.HospitalFinderPage",
    ]

    class Meta:
        verbose_name = _("section page")
        verbose_name_plural = _("section pages")


class ContentPage(BodyMixin, AttachmentsMixin, BasePage):
    """A page of text, images, tables and attached documents (history, vision, structure, …)."""

    content_panels = BasePage.content_panels + [FieldPanel("body"), FieldPanel("attachments")]
    search_text_attributes = ("body",)
    listing_date_field = None
    listing_card_template = "categories/cards/default.html"

    parent_page_types = [
        "home.HomePage",
        "categories.SectionPage",
        "categories.ContentPage",
        "categories.BenefitPage",
        "categories.OtherContentIndexPage",
        "categories.ItaIndexPage",
    ]
    subpage_types = ["categories.ContentPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")


class OtherContentIndexPage(ListingMixin, BasePage):
    """Material outside the categories of seed §1; each item needs an authorised executive's approval."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["categories.ContentPage", "categories.PolicyPage", "categories.FaqPage"]
    max_count = 1

    class Meta:
        verbose_name = _("other content section")
        verbose_name_plural = _("other content sections")
