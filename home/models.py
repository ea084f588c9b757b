"""The common base of every page type, the home page, and site-wide settings.

Every page type of the site inherits ``BasePage`` (an abstract model), chosen over Wagtail 8's swappable
``WAGTAIL_PAGE_MODEL``: the swap needs hand-written bootstrap migrations, and wagtail-modeladmin and
wagtail-factories import ``wagtail.models.Page`` directly. Governance fields that must be queried across all
pages (owning unit, review dates, SLA stamps) can live on ``BasePage`` or in a one-to-one record keyed on
the page.
"""

from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from .thai_text import index_text


def _plain_texts(value) -> list[str]:
    """Every human-readable string inside a field value: text, rich text or StreamField raw data."""
    if hasattr(value, "raw_data"):
        value = list(value.raw_data)
    if isinstance(value, dict):
        return [text for key, item in value.items() if key not in ("type", "id") for text in _plain_texts(item)]
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _plain_texts(item)]
    if isinstance(value, str):
        return [strip_tags(value)]
    if hasattr(value, "source"):  # wagtail.rich_text.RichText
        return [strip_tags(value.source)]
    return []


class BasePage(Page):
    """Fields and behaviour shared by every page of the site."""

    intro = models.TextField(
        _("summary"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences shown in listings and search results."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("search_words"),
    ]

    # Names of text attributes (beyond title and intro) that feed the Thai search index.
    search_text_attributes: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def search_words(self) -> str:
        """Title, summary and body text segmented into Thai words (see ``home.thai_text``)."""
        parts = [self.title, self.intro]
        for name in self.search_text_attributes:
            parts.extend(_plain_texts(getattr(self, name, "")))
        return index_text(*parts)

    @property
    def listing_date(self):
        """The date shown beside this page in listings; page types with their own date override it."""
        return self.first_published_at

    def permissions_for_user(self, user):
        """Who may do what to this page is governance's business (seed §2.1); see governance.permission_tester."""
        from governance.permission_tester import UnitPagePermissionTester

        return UnitPagePermissionTester(user, self)


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
        from categories.models import NewsArticlePage
        from categories.models.listing import with_listing_relations

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
