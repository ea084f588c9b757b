"""Executives and board members: one page per person, listed in the order editors arrange them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from categories.models.listing import ListedItemMixin, ListingMixin
from categories.models.mixins import image_field
from core.models import BasePage


class PersonPage(ListedItemMixin, BasePage):
    """An executive or board member. The page title is the person's full name with title."""

    position = models.CharField(_("position"), max_length=255)
    photo = image_field(_("photo"))
    term_start = models.DateField(_("term starts"), null=True, blank=True)
    term_end = models.DateField(_("term ends"), null=True, blank=True, help_text=_("Empty while in office."))
    biography = RichTextField(_("biography"), blank=True, features=["bold", "italic", "ol", "ul", "link"])
    phone = models.CharField(_("telephone"), max_length=60, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("position"),
        FieldPanel("photo"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("term_start"), FieldPanel("term_end")])], heading=_("Term of office")
        ),
        FieldPanel("biography"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("position")]
    search_text_attributes = ("position", "biography")

    listing_image_field = "photo"
    listing_card_template = "categories/cards/person.html"

    parent_page_types = ["categories.PeopleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def clean(self):
        super().clean()
        from django.core.exceptions import ValidationError

        if self.term_start and self.term_end and self.term_end < self.term_start:
            raise ValidationError({"term_end": _("The term cannot end before it starts.")})


class PeopleIndexPage(ListingMixin, BasePage):
    """Executives of the ministry or the office, a board, or the roll of past executives."""

    listing_model = PersonPage
    listing_page_size = 60

    parent_page_types = ["categories.SectionPage"]
    subpage_types = ["categories.PersonPage"]

    class Meta:
        verbose_name = _("people list")
        verbose_name_plural = _("people lists")
