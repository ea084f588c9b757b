"""The home page and the site-wide settings (contact details and footer)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField

from categories.models import NewsArticlePage
from categories.models.listing import with_listing_relations
from core.models import BasePage


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
        news = NewsArticlePage.objects.live().public().descendant_of(self).order_by("-date", "-pk")
        context["latest_news"] = with_listing_relations(news, NewsArticlePage)[:6]
        context["sections"] = self.get_children().live().public().in_menu()
        return context


@register_setting(icon="site")
class SiteContact(BaseSiteSetting):
    """Address, hotline and policy links shown in every page footer."""

    organisation_name = models.CharField(_("organisation name"), max_length=200, default="สำนักงานประกันสังคม")
    address = models.TextField(
        _("address"),
        default="88/28 หมู่ 4 ถนนติวานนท์ ตำบลตลาดขวัญ อำเภอเมือง จังหวัดนนทบุรี 11000",
    )
    hotline = models.CharField(_("hotline"), max_length=30, default="1506")
    phone = models.CharField(_("telephone"), max_length=60, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    office_hours = models.CharField(_("office hours"), max_length=200, default="วันจันทร์ - วันศุกร์ เวลา 08.30 - 16.30 น.")
    privacy_policy = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("privacy policy page"),
    )
    website_policy = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("website policy page"),
    )
    accessibility_statement = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("accessibility statement page"),
    )

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("address"),
        FieldPanel("hotline"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("office_hours"),
        MultiFieldPanel(
            [FieldPanel("privacy_policy"), FieldPanel("website_policy"), FieldPanel("accessibility_statement")],
            heading=_("Policy links"),
        ),
    ]

    class Meta:
        verbose_name = _("contact and footer")
