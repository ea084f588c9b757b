"""Where to find the office: unit directory, links to other websites, and the contact page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from categories.blocks import ContactChannelBlock
from categories.models.listing import ListedItemMixin, ListingMixin
from categories.models.mixins import BodyMixin
from core.models import BasePage
from core.provinces import PROVINCE_CHOICES, PROVINCE_NAMES
from core.thai_text import thai_sort_key


class OfficeFieldsMixin(models.Model):
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("telephone"), max_length=120, blank=True)
    fax = models.CharField(_("fax"), max_length=60, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    office_hours = models.CharField(_("office hours"), max_length=200, blank=True)
    map_url = models.URLField(_("map link"), blank=True)

    office_panels = [
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("fax")]),
        FieldPanel("email"),
        FieldPanel("office_hours"),
        FieldPanel("map_url"),
    ]

    class Meta:
        abstract = True


class UnitOfficePage(ListedItemMixin, OfficeFieldsMixin, BasePage):
    """A division, bureau, provincial office, branch or Bangkok area office."""

    province = models.CharField(_("province"), max_length=40, choices=PROVINCE_CHOICES, blank=True)
    website = models.URLField(_("website"), blank=True)

    content_panels = (
        BasePage.content_panels + [FieldPanel("province"), FieldPanel("website")] + OfficeFieldsMixin.office_panels
    )
    search_fields = BasePage.search_fields + [index.FilterField("province")]
    search_text_attributes = ("address", "province")

    listing_card_template = "categories/cards/office.html"
    parent_page_types = ["categories.UnitDirectoryPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("office")
        verbose_name_plural = _("offices")


class UnitDirectoryPage(ListingMixin, BasePage):
    """Internal units or regional offices; a visitor can narrow the list by province."""

    listing_model = UnitOfficePage
    listing_page_size = 100
    parent_page_types = ["categories.SectionPage"]
    subpage_types = ["categories.UnitOfficePage"]

    class Meta:
        verbose_name = _("unit directory")
        verbose_name_plural = _("unit directories")

    def filter_listing(self, queryset, request, context):
        province = request.GET.get("province", "")
        province = province if province in PROVINCE_NAMES else ""
        provinces = set(
            UnitOfficePage.objects.child_of(self)
            .live()
            .public()
            .exclude(province="")
            .values_list("province", flat=True)
        )
        # Thai order (เชียงใหม่ among the ช), which neither SQLite nor PostgreSQL's default collation gives.
        context["provinces"] = sorted(provinces, key=thai_sort_key)
        context["selected_province"] = province
        return queryset.filter(province=province) if province else queryset


class LinkIndexPage(BasePage):
    """Other websites worth visiting, in the order editors arrange them."""

    content_panels = BasePage.content_panels + [InlinePanel("links", label=_("Links"))]
    parent_page_types = ["categories.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("list of websites")
        verbose_name_plural = _("lists of websites")


class ExternalLink(Orderable):
    page = ParentalKey(LinkIndexPage, on_delete=models.CASCADE, related_name="links")
    title = models.CharField(_("name"), max_length=200)
    url = models.URLField(_("address"))
    description = models.CharField(_("description"), max_length=300, blank=True)

    panels = [FieldPanel("title"), FieldPanel("url"), FieldPanel("description")]

    def __str__(self):
        return self.title


class ContactPage(OfficeFieldsMixin, BodyMixin, BasePage):
    """How to reach the office: hotline, addresses, channels and office hours."""

    hotline = models.CharField(_("hotline"), max_length=30, default="1506")
    channels = StreamField([("channel", ContactChannelBlock())], blank=True, verbose_name=_("contact channels"))

    content_panels = (
        BasePage.content_panels
        + [FieldPanel("hotline")]
        + OfficeFieldsMixin.office_panels
        + [
            FieldPanel("channels"),
            FieldPanel("body"),
        ]
    )
    search_text_attributes = ("address", "body")
    parent_page_types = ["categories.SectionPage", "home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("contact page")
        verbose_name_plural = _("contact pages")
