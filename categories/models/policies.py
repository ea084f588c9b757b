"""The office's website policies (privacy under the PDPA, website, security, accessibility): pages of one type,
so the footer lists whichever of them are live without anyone keeping a list of links."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from categories.models.mixins import BodyMixin
from core.models import BasePage
from core.page_queries import public


class PolicyPage(BodyMixin, BasePage):
    class Kind(models.TextChoices):
        PRIVACY = "privacy", _("privacy policy")
        WEBSITE = "website", _("website policy")
        SECURITY = "security", _("website security policy")
        ACCESSIBILITY = "accessibility", _("accessibility statement")

    # The footer shows the kinds in this order; a second page of a kind is refused (one policy of each kind).
    FOOTER_ORDER = (Kind.PRIVACY, Kind.WEBSITE, Kind.SECURITY, Kind.ACCESSIBILITY)

    kind = models.CharField(_("kind of policy"), max_length=20, choices=Kind.choices, unique=True)
    # Every page's footer lists the policies: publishing one purges them all from the front cache.
    front_cache_purges = ("layout",)
    effective_date = models.DateField(_("in force from"), null=True, blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("kind"), FieldPanel("effective_date"), FieldPanel("body")]
    search_text_attributes = ("body",)

    # Under "other content" (taxonomy D9): the seed lists no policy category, and there the matrix gives the
    # material an owner (the owning unit with ศสน., checked by ศสน.) and an authorised executive approves it.
    parent_page_types = ["categories.OtherContentIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("policy page")
        verbose_name_plural = _("policy pages")

    @classmethod
    def footer_pages(cls):
        """The live, public policy pages in footer order."""
        pages = {page.kind: page for page in public(cls.objects.live())}
        return [pages[kind] for kind in cls.FOOTER_ORDER if kind in pages]
