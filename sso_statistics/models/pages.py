"""Statistics sections of the two funds: an index per fund and a page per part, whose datasets the public reads
as tables and charts and downloads (``sso_statistics.public_views`` answers the page's routes)."""

from functools import cached_property

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from categories.models.listing import ListingMixin
from categories.models.mixins import AttachmentsMixin, BodyMixin
from core.models import BasePage
from sso_statistics import public_views
from sso_statistics.panels import DatasetsPanel
from sso_statistics.schemas import TableSchema, fund_choices, schema_for


class StatisticsIndexPage(ListingMixin, BodyMixin, BasePage):
    """Statistics of one fund: the Social Security Fund or the Workmen's Compensation Fund."""

    fund = models.CharField(
        _("fund"),
        max_length=10,
        choices=fund_choices,
        blank=True,
        help_text=_("Decides which tables the parts beneath accept (data/statistics_tables.yaml)."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("fund"), FieldPanel("body")]
    search_text_attributes = ("body",)
    parent_page_types = ["categories.SectionPage"]
    subpage_types = ["sso_statistics.StatisticsPartPage"]

    class Meta:
        verbose_name = _("fund statistics")
        verbose_name_plural = _("fund statistics")


class StatisticsPartPage(RoutablePageMixin, BodyMixin, AttachmentsMixin, BasePage):
    """One part (ส่วนที่) of a fund's statistics: its datasets, one per period, and the files it links to."""

    part_number = models.PositiveSmallIntegerField(
        _("part number"), null=True, blank=True, help_text=_("Empty for the overview that precedes the parts.")
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("part_number"),
        DatasetsPanel(heading=_("Datasets")),
        FieldPanel("body"),
        FieldPanel("attachments"),
    ]
    search_text_attributes = ("body",)
    parent_page_types = ["sso_statistics.StatisticsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("statistics part")
        verbose_name_plural = _("statistics parts")

    @cached_property
    def fund(self) -> str:
        parent = self.get_parent()
        return getattr(parent.specific, "fund", "") if parent else ""

    @cached_property
    def schema(self) -> TableSchema | None:
        return schema_for(self.fund, self.part_number)

    def sorted_datasets(self, with_rows: bool = True) -> list:
        """This version's datasets (the published rows, or a draft's while previewing), oldest period first.
        ``with_rows=False`` leaves the tables in the database until one is read (a page shows one or two)."""
        datasets = self.datasets.all()
        if not with_rows and isinstance(datasets, models.QuerySet):
            datasets = datasets.defer("rows")
        return sorted(datasets, key=lambda dataset: dataset.period)

    @path("")
    def dataset_view(self, request):
        return public_views.dataset_page(self, request)

    def file_url(self, folder: str, name: str, fmt: str) -> str:
        """The stable address of a download (``sso_statistics.files`` serves it), relative to the site."""
        return f"{self.url}{folder}/{name}.{fmt}"

    @path("series/")
    def series_view(self, request):
        return public_views.series_page(self, request)
