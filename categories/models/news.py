"""News: articles, photo news, video news, recruitment notices and notices from outside agencies."""

from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable
from wagtail.search import index

from categories.blocks import PositionBlock
from categories.models.feeds import FeedMixin
from categories.models.listing import ListedItemMixin, ListingMixin
from categories.models.mixins import AttachmentsMixin, BodyMixin, image_field
from core.models import BasePage
from core.responsive_images import image_specs

# The gallery's thumbnails ({% responsive_image … "gallery" %}) and the full-size image each links to.
GALLERY_IMAGE_SPECS = (*image_specs("gallery"), "max-1600x1600")


class DatedItemPage(ListedItemMixin, BodyMixin, AttachmentsMixin, BasePage):
    """Something published on a date, with a lead image, body and attachments."""

    date = models.DateField(_("date"), default=timezone.localdate)
    image = image_field(_("lead image"))

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("attachments"),
    ]
    search_fields = BasePage.search_fields + [index.FilterField("date")]
    search_text_attributes = ("body",)

    listing_date_field = "date"
    listing_image_field = "image"
    listing_card_template = "categories/cards/news.html"
    subpage_types = []

    class Meta:
        abstract = True


class NewsArticlePage(DatedItemPage):
    parent_page_types = ["categories.NewsIndexPage"]

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")


class PhotoNewsPage(DatedItemPage):
    """Photo news: a gallery of pictures with captions."""

    content_panels = DatedItemPage.content_panels + [InlinePanel("gallery_images", label=_("Gallery"))]
    parent_page_types = ["categories.PhotoNewsIndexPage"]

    class Meta:
        verbose_name = _("photo news")
        verbose_name_plural = _("photo news")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        images = get_image_model().objects.prefetch_renditions(*GALLERY_IMAGE_SPECS)
        context["gallery"] = self.gallery_images.prefetch_related(Prefetch("image", queryset=images))
        return context


class PhotoNewsImage(Orderable):
    page = ParentalKey(PhotoNewsPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        "wagtailimages.Image", on_delete=models.CASCADE, related_name="+", verbose_name=_("image")
    )
    caption = models.CharField(_("caption"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]


def youtube_id(url: str) -> str | None:
    """The video id of a YouTube address (watch, youtu.be, embed or shorts form), else None."""
    parsed = urlparse(url or "")
    host = (parsed.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    if host == "youtu.be":
        candidate = parsed.path.lstrip("/").split("/")[0]
    elif host in ("youtube.com", "youtube-nocookie.com"):
        if parsed.path == "/watch":
            candidate = parse_qs(parsed.query).get("v", [""])[0]
        elif parsed.path.startswith(("/embed/", "/shorts/", "/live/")):
            candidate = parsed.path.split("/")[2]
        else:
            candidate = ""
    else:
        return None
    if len(candidate) == 11 and all(c.isalnum() or c in "-_" for c in candidate):
        return candidate
    return None


class VideoNewsPage(DatedItemPage):
    """Video news: a YouTube video (played from youtube-nocookie.com) with a transcript."""

    video_url = models.URLField(_("video address"), help_text=_("A YouTube address."))
    transcript = models.TextField(_("transcript"), blank=True, help_text=_("For people who cannot hear the video."))

    content_panels = DatedItemPage.content_panels[:3] + [
        FieldPanel("video_url"),
        FieldPanel("transcript"),
        FieldPanel("body"),
        FieldPanel("attachments"),
    ]
    search_text_attributes = ("body", "transcript")
    parent_page_types = ["categories.VideoNewsIndexPage"]

    class Meta:
        verbose_name = _("video news")
        verbose_name_plural = _("video news")

    def clean(self):
        super().clean()
        if self.video_url and not youtube_id(self.video_url):
            raise ValidationError({"video_url": _("Enter the address of a YouTube video.")})

    @property
    def embed_url(self) -> str | None:
        video = youtube_id(self.video_url)
        return f"https://www.youtube-nocookie.com/embed/{video}" if video else None


class RecruitmentNoticePage(DatedItemPage):
    """A recruitment notice: the positions and the application period."""

    positions = StreamField([("position", PositionBlock())], blank=True, verbose_name=_("positions"))
    application_start = models.DateField(_("applications open"))
    application_end = models.DateField(_("applications close"))
    how_to_apply = models.TextField(_("how to apply"), blank=True)

    content_panels = DatedItemPage.content_panels[:3] + [
        FieldPanel("positions"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("application_start"), FieldPanel("application_end")])],
            heading=_("Application period"),
        ),
        FieldPanel("how_to_apply"),
        FieldPanel("body"),
        FieldPanel("attachments"),
    ]
    search_text_attributes = ("body", "positions", "how_to_apply")
    listing_card_template = "categories/cards/recruitment.html"
    parent_page_types = ["categories.RecruitmentIndexPage"]

    class Meta:
        verbose_name = _("recruitment notice")
        verbose_name_plural = _("recruitment notices")

    def clean(self):
        super().clean()
        if self.application_start and self.application_end and self.application_end < self.application_start:
            raise ValidationError({"application_end": _("Applications cannot close before they open.")})

    @property
    def is_open(self) -> bool:
        today = timezone.localdate()
        return self.application_start <= today <= self.application_end


class ExternalNoticePage(DatedItemPage):
    """A notice published on behalf of an agency outside the office (seed §2.2, §2.3)."""

    source_agency = models.CharField(_("source agency"), max_length=255)
    letter_reference = models.CharField(
        _("letter reference"), max_length=120, blank=True, help_text=_("Number and date of the requesting letter.")
    )

    content_panels = (
        DatedItemPage.content_panels[:2]
        + [
            FieldPanel("source_agency"),
            FieldPanel("letter_reference"),
        ]
        + DatedItemPage.content_panels[2:]
    )
    search_text_attributes = ("body", "source_agency")
    listing_card_template = "categories/cards/external_notice.html"
    parent_page_types = ["categories.ExternalNoticeIndexPage"]

    class Meta:
        verbose_name = _("notice from an outside agency")
        verbose_name_plural = _("notices from outside agencies")


class NewsIndexPage(FeedMixin, ListingMixin, BasePage):
    listing_model = NewsArticlePage
    parent_page_types = ["categories.SectionPage"]
    subpage_types = ["categories.NewsArticlePage"]

    class Meta:
        verbose_name = _("news list")
        verbose_name_plural = _("news lists")


class PhotoNewsIndexPage(ListingMixin, BasePage):
    listing_model = PhotoNewsPage
    parent_page_types = ["categories.SectionPage"]
    subpage_types = ["categories.PhotoNewsPage"]

    class Meta:
        verbose_name = _("photo news list")
        verbose_name_plural = _("photo news lists")


class VideoNewsIndexPage(ListingMixin, BasePage):
    listing_model = VideoNewsPage
    parent_page_types = ["categories.SectionPage"]
    subpage_types = ["categories.VideoNewsPage"]

    class Meta:
        verbose_name = _("video news list")
        verbose_name_plural = _("video news lists")


class RecruitmentIndexPage(FeedMixin, ListingMixin, BasePage):
    listing_model = RecruitmentNoticePage
    parent_page_types = ["categories.SectionPage"]
    subpage_types = ["categories.RecruitmentNoticePage"]

    class Meta:
        verbose_name = _("recruitment list")
        verbose_name_plural = _("recruitment lists")


class ExternalNoticeIndexPage(ListingMixin, BasePage):
    listing_model = ExternalNoticePage
    parent_page_types = ["categories.SectionPage"]
    subpage_types = ["categories.ExternalNoticePage"]

    class Meta:
        verbose_name = _("outside agencies' notice list")
        verbose_name_plural = _("outside agencies' notice lists")
