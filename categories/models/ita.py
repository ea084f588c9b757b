"""The public integrity-assessment (ITA) section: one page listing each indicator item the assessors check (MOIT 1
and the open-data items) with the page of the site that answers it, so they reach each answer in one click.

The items come from ``data/ita_indicators.yaml`` (``categories.ita_indicators.sync_indicators`` adds the missing
ones); which page answers an item is the editors' to change (the inline panel), since pages move."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.models import Orderable

from categories.models.mixins import BodyMixin
from core.models import BasePage


class ItaIndexPage(BodyMixin, BasePage):
    """การประเมินคุณธรรมและความโปร่งใส: the indicator items and the pages that answer them."""

    content_panels = BasePage.content_panels + [
        FieldPanel("body"),
        InlinePanel("indicator_links", label=_("Indicator items")),
    ]
    search_text_attributes = ("body",)
    parent_page_types = ["home.HomePage"]
    subpage_types = ["categories.ContentPage"]
    max_count = 1

    class Meta:
        verbose_name = _("integrity assessment (ITA) section")
        verbose_name_plural = _("integrity assessment (ITA) sections")

    def indicator_groups(self) -> list[tuple[str, list]]:
        """The items grouped by their indicator (MOIT 1, O1 …), in the editors' order, each with a live target."""
        groups: dict[str, list] = {}
        for link in self.indicator_links.select_related("answer_page").order_by("sort_order"):
            groups.setdefault(link.group, []).append(link)
        return list(groups.items())


class ItaIndicatorLink(Orderable):
    """One indicator item and the page (or, outside the site, the address) that answers it."""

    page = ParentalKey(ItaIndexPage, on_delete=models.CASCADE, related_name="indicator_links")
    group = models.CharField(_("indicator"), max_length=200, help_text=_("e.g. MOIT 1 or the open-data indicator."))
    code = models.CharField(_("item code"), max_length=20)
    title = models.CharField(_("item"), max_length=500)
    answer_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page that answers it"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    answer_url = models.URLField(_("or an address outside the site"), blank=True)

    panels = [
        FieldPanel("group"),
        FieldPanel("code"),
        FieldPanel("title"),
        PageChooserPanel("answer_page"),
        FieldPanel("answer_url"),
    ]

    def __str__(self):
        return f"{self.code} {self.title}"

    @property
    def target_url(self) -> str:
        """Where the item's link goes: the chosen page while it is live, else the outside address, else none."""
        if self.answer_page_id and self.answer_page.live:
            return self.answer_page.url or ""
        return self.answer_url
