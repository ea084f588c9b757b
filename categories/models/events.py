"""The activity calendar (ปฏิทินกิจกรรม): events with dates, times and a place."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from categories.models.listing import ListedItemMixin, ListingMixin
from categories.models.mixins import AttachmentsMixin, BodyMixin, image_field
from core.models import BasePage


class EventPage(ListedItemMixin, BodyMixin, AttachmentsMixin, BasePage):
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=255)
    organiser = models.CharField(_("organiser"), max_length=255, blank=True)
    image = image_field(_("image"))

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
            ],
            heading=_("When"),
        ),
        FieldPanel("place"),
        FieldPanel("organiser"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("attachments"),
    ]
    search_fields = BasePage.search_fields + [index.FilterField("start_date")]
    search_text_attributes = ("body", "place", "organiser")

    listing_date_field = "start_date"
    listing_image_field = "image"
    listing_card_template = "categories/cards/event.html"
    parent_page_types = ["categories.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("An event cannot end before it starts.")})


class EventIndexPage(ListingMixin, BasePage):
    """The calendar: upcoming events first, then past events by year."""

    listing_model = EventPage
    parent_page_types = ["categories.SectionPage"]
    subpage_types = ["categories.EventPage"]

    class Meta:
        verbose_name = _("activity calendar")
        verbose_name_plural = _("activity calendars")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        context["upcoming_events"] = (
            EventPage.objects.child_of(self)
            .live()
            .public()
            .filter(models.Q(end_date__gte=today) | models.Q(end_date__isnull=True, start_date__gte=today))
            .order_by("start_date", "start_time")[:10]
        )
        return context
