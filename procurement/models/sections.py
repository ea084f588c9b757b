"""Where notices live: the central and regional sections, each provincial office's page, and one list per kind.

Central notices sit under their kind's list (the categories of seed §1, each with its row of the matrix);
regional notices sit under their provincial office's page, so each office's editors hold rights over their
own province only (decision D11 in the taxonomy file).
"""

from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from categories.models.mixins import BodyMixin
from core.models import BasePage
from core.provinces import PROVINCE_CHOICES
from governance.access.models import Unit
from procurement.models.listing import NoticeFeed, NoticeListing
from procurement.models.notice_types import NOTICE_PAGE_TYPES
from procurement.models.notices import (
    DraftTorNoticePage,
    InvitationNoticePage,
    NoticeKind,
    project_timeline,
)
from procurement.models.projects import ProcurementProject
from procurement.notice_parents import NoticeParent

NOTICE_TYPE_LABELS = [model._meta.label for model in NOTICE_PAGE_TYPES]


class NoticeListingMixin(RoutablePageMixin):
    """A page that lists the notices beneath it, with filters, feeds and the "open for bids" view."""

    hidden_while_empty = True  # out of menus and sitemaps until a notice is live (core.models.hidden_while_empty)

    fixed_kind = ""
    fixed_unit = False
    filter_by_province = False

    @path("")
    def listing_view(self, request):
        listing = NoticeListing(self, request)
        context = self.get_context(request)
        context.update(listing=listing, results=listing.page_of_results())
        return TemplateResponse(request, "procurement/notice_listing.html", context)

    @path("feed/<str:feed_format>/")
    def feed_view(self, request, feed_format):
        return NoticeFeed(NoticeListing(self, request), feed_format)(request)

    @path("open/")
    def open_view(self, request):
        """Invitations still taking bids, soonest deadline first, and draft TORs still taking comments."""
        now = timezone.now()
        today = timezone.localdate()
        invitations = (
            InvitationNoticePage.with_deadline(InvitationNoticePage.objects.live().public().descendant_of(self))
            .filter(bid_submission_starts__lte=now, deadline__gte=now)
            .exclude(project__status="cancelled")
            .select_related("project", "unit")
            .order_by("deadline", "pk")
        )
        hearings = (
            DraftTorNoticePage.objects.live()
            .public()
            .descendant_of(self)
            .filter(hearing_starts__lte=today, hearing_ends__gte=today)
            .exclude(project__status="cancelled")
            .select_related("project", "unit")
            .order_by("hearing_ends", "pk")
        )
        context = self.get_context(request)
        context.update(invitations=invitations, hearings=hearings, now=now)
        return TemplateResponse(request, "procurement/open_notices.html", context)


class NoticeParentPage(NoticeParent, NoticeListingMixin):
    """A page notices are created under: a kind's central list or a provincial office's page."""

    @classmethod
    def project_url_below(cls, page, project_id: int) -> str:
        section = ProcurementIndexPage.objects.ancestor_of(page).first()
        if section is None:
            return ""
        return section.url + section.reverse_subpage("project_view", args=[project_id])


class ProcurementIndexPage(NoticeListingMixin, BodyMixin, BasePage):
    """Central or regional procurement notices (ประกาศจัดซื้อจัดจ้าง ส่วนกลาง / ส่วนภูมิภาค)."""

    class Scope(models.TextChoices):
        CENTRAL = "central", _("central")
        REGIONAL = "regional", _("regional")

    scope = models.CharField(_("scope"), max_length=10, choices=Scope.choices, default=Scope.CENTRAL)

    content_panels = BasePage.content_panels + [FieldPanel("scope"), FieldPanel("body")]
    search_text_attributes = ("body",)
    parent_page_types = ["categories.SectionPage"]
    subpage_types = ["procurement.ProcurementNoticeIndexPage", "procurement.ProcurementOfficePage"]

    class Meta:
        verbose_name = _("procurement section")
        verbose_name_plural = _("procurement sections")

    @property
    def filter_by_province(self):
        return self.scope == self.Scope.REGIONAL

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sublists"] = self.get_children().live().public().specific().order_by("path")
        return context

    @path("projects/<int:pk>/")
    def project_view(self, request, pk):
        """A project with its timeline; shown once at least one of its notices is published in this section."""
        project = get_object_or_404(ProcurementProject.objects.select_related("unit"), pk=pk)
        timeline = [notice for notice in project_timeline(project) if notice.path.startswith(self.path)]
        if not timeline:
            raise Http404
        context = self.get_context(request)
        context.update(project=project, timeline=timeline)
        return TemplateResponse(request, "procurement/project.html", context)


class ProcurementOfficePage(NoticeParentPage, BodyMixin, BasePage):
    """A provincial office's procurement notices (สำนักงานประกันสังคมจังหวัด…), every kind together."""

    province = models.CharField(_("province"), max_length=40, choices=PROVINCE_CHOICES, unique=True)

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_text_attributes = ("body",)
    parent_page_types = ["procurement.ProcurementIndexPage"]
    subpage_types = NOTICE_TYPE_LABELS
    fixed_unit = True

    class Meta:
        verbose_name = _("provincial office procurement")
        verbose_name_plural = _("provincial office procurement")

    @property
    def office_unit(self):
        """The office's unit (สปจ.<province>), whose editors hold rights over this page."""
        return Unit.objects.filter(province=self.province, parent__isnull=False).first()


class ProcurementNoticeIndexPage(NoticeParentPage, BodyMixin, BasePage):
    """One kind of central notice (the kind is set by the taxonomy file's ``fields``)."""

    kind = models.CharField(_("kind of notice"), max_length=30, choices=NoticeKind.choices, blank=True, default="")

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_text_attributes = ("body",)
    parent_page_types = ["procurement.ProcurementIndexPage"]
    subpage_types = NOTICE_TYPE_LABELS

    class Meta:
        verbose_name = _("procurement notice list")
        verbose_name_plural = _("procurement notice lists")

    @property
    def fixed_kind(self):
        return self.kind

    def accepts_notice_kind(self, kind: str) -> bool:
        return self.kind == kind


def notice_parent(unit, kind: str):
    """Where ``unit``'s notices of ``kind`` live: a provincial office's page, else the central list of the kind.
    None when setup_site has not built that page."""
    if unit.province:
        return ProcurementOfficePage.objects.filter(province=unit.province).first()
    section = ProcurementIndexPage.objects.filter(scope=ProcurementIndexPage.Scope.CENTRAL).first()
    if section is None:
        return None
    return ProcurementNoticeIndexPage.objects.child_of(section).filter(kind=kind).first()
