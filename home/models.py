"""The home page and the site-wide settings (contact details and footer)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from categories.models import NewsArticlePage, NewsIndexPage
from categories.models.listing import with_listing_relations
from core.models import BasePage
from core.page_queries import public


class HomePage(BasePage):
    """The site root: a welcome, quick links to the most used services, and the latest news."""

    hero_heading = models.CharField(_("hero heading"), max_length=200, blank=True)
    hero_text = models.TextField(_("hero text"), blank=True)
    body = RichTextField(_("body"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("hero_heading"), FieldPanel("hero_text")], heading=_("Hero")),
        FieldPanel("body"),
    ]
    search_text_attributes = ("hero_text", "body")

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = public(NewsArticlePage.objects.live()).descendant_of(self).order_by("-date", "-pk")
        context["latest_news"] = with_listing_relations(news, NewsArticlePage)[:6]
        context["sections"] = public(self.get_children().live()).in_menu()
        context["news_index"] = (
            public(NewsIndexPage.objects.live()).descendant_of(self).order_by("depth", "path").first()
        )
        return context


@register_setting(icon="site")
class SiteContact(BaseSiteSetting):
    """Address and hotline shown in every page footer (the policy links are the live policy pages)."""

    organisation_name = models.CharField(_("organisation name"), max_length=200, default="สำนักงานประกันสังคม")
    address = models.TextField(
        _("address"),
        default="88/28 หมู่ 4 ถนนติวานนท์ ตำบลตลาดขวัญ อำเภอเมือง จังหวัดนนทบุรี 11000",
    )
    hotline = models.CharField(_("hotline"), max_length=30, default="1506")
    # The hotline's hours are not the offices' hours: shown side by side they must not contradict each other.
    hotline_hours = models.CharField(_("hotline hours"), max_length=200, default="ตลอด 24 ชั่วโมง", blank=True)
    phone = models.CharField(_("telephone"), max_length=60, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    office_hours = models.CharField(_("office hours"), max_length=200, default="วันจันทร์ - วันศุกร์ เวลา 08.30 - 16.30 น.")

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("address"),
        FieldPanel("hotline"),
        FieldPanel("hotline_hours"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("office_hours"),
    ]

    class Meta:
        verbose_name = _("contact and footer")


@register_setting(icon="link-external")
class OnlineServices(ClusterableModel, BaseSiteSetting):
    """The office's online services (e-Service, the SSO Connect app, the LINE account …), shown in the header,
    on the home page and at /services/. Only ศสน. may change them: the groups' "change" permission on this setting
    is given by the access sync to ศสน. alone (governance/access/sync.py)."""

    class Meta:
        verbose_name = _("online services")

    panels = [InlinePanel("services", label=_("Services"))]

    def by_audience(self) -> list[tuple[str, list]]:
        """[(audience label, services)] in the order of ``OnlineService.Audience``, empty audiences left out."""
        groups: dict[str, list] = {}
        for service in self.services.all():
            groups.setdefault(service.audience, []).append(service)
        return [(label, groups[value]) for value, label in OnlineService.Audience.choices if value in groups]


class OnlineService(Orderable):
    class Audience(models.TextChoices):
        INSURED = "insured", _("insured persons")
        EMPLOYER = "employer", _("employers")
        HOSPITAL = "hospital", _("hospitals")

    class Icon(models.TextChoices):
        COMPUTER = "computer", _("computer")
        PHONE = "phone", _("mobile app")
        CHAT = "chat", _("chat")
        DOCUMENT = "document", _("document")
        MONEY = "money", _("money")
        HOSPITAL = "hospital", _("hospital")

    setting = ParentalKey(OnlineServices, on_delete=models.CASCADE, related_name="services")
    name = models.CharField(_("name"), max_length=100)
    description = models.CharField(_("description"), max_length=200, blank=True)
    url = models.URLField(_("address"))
    icon = models.CharField(_("icon"), max_length=20, choices=Icon.choices, default=Icon.COMPUTER)
    audience = models.CharField(_("for"), max_length=20, choices=Audience.choices, default=Audience.INSURED)
    in_header = models.BooleanField(
        _("in the header"), default=False, help_text=_("At most a few: the header is short.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("url"),
        FieldPanel("icon"),
        FieldPanel("audience"),
        FieldPanel("in_header"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("online service")
        verbose_name_plural = _("online services")

    def __str__(self):
        return self.name
