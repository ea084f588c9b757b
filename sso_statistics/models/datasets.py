"""A dataset: one period of one statistics part, as a typed table.

Datasets belong to their part page through a ``ParentalKey``, so they are part of the page's revisions: an upload
makes a new draft revision, and the numbers reach the public only when the approval workflow publishes it. The rows
in the database are always the published ones; drafts live in the revisions.
"""

from decimal import Decimal

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import model_from_serializable_data

from sso_statistics.periods import Period, PeriodKind
from sso_statistics.schemas import DECIMAL, PERCENT, SUMMABLE_TYPES


class Dataset(models.Model):
    page = ParentalKey("sso_statistics.StatisticsPartPage", on_delete=models.CASCADE, related_name="datasets")
    period_kind = models.CharField(_("period kind"), max_length=10, choices=PeriodKind.choices)
    year = models.PositiveSmallIntegerField(_("year (A.D.)"))
    period_number = models.PositiveSmallIntegerField(_("month or quarter"), null=True, blank=True)
    title = models.CharField(_("dataset title"), max_length=255)
    source_note = models.TextField(_("source of the data"), blank=True)
    updated_on = models.DateField(_("data updated on"), default=timezone.localdate)
    # [{"key", "label", "type", "unit"}, ...], as the part's schema had them when the file was uploaded.
    columns = models.JSONField(_("columns"), default=list)
    # One list of cells per row, in column order: text as str, integers as int, decimals as str (kept exact).
    rows = models.JSONField(_("rows"), default=list)
    source_file = models.CharField(_("source file"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("statistics dataset")
        verbose_name_plural = _("statistics datasets")
        ordering = ["year", "period_number"]

    def __str__(self):
        return self.title

    @classmethod
    def from_serializable_data(cls, data, check_fks=True, strict_fks=False):
        """Loading a revision checks each child's foreign keys with a query; a dataset's only one is the page
        being loaded, so the check is skipped (it cost two queries per dataset on every upload)."""
        return model_from_serializable_data(cls, data, check_fks=False, strict_fks=strict_fks)

    @property
    def period(self) -> Period:
        return Period(self.period_kind, self.year, self.period_number)

    @period.setter
    def period(self, period: Period):
        self.period_kind, self.year, self.period_number = period.kind, period.year, period.number

    @property
    def slug(self) -> str:
        return self.period.slug

    def typed_rows(self) -> list[list]:
        """The rows with decimal and percent cells as ``Decimal``."""
        exact = [column["type"] in (DECIMAL, PERCENT) for column in self.columns]
        return [
            [
                Decimal(cell) if is_exact and cell is not None else cell
                for cell, is_exact in zip(row, exact, strict=True)
            ]
            for row in self.rows
        ]

    def column_index(self, key: str) -> int | None:
        return next((i for i, column in enumerate(self.columns) if column["key"] == key), None)

    def column_values(self, key: str) -> list | None:
        """One column's cells, typed (None when the dataset lacks the column)."""
        index = self.column_index(key)
        if index is None:
            return None
        exact = self.columns[index]["type"] in (DECIMAL, PERCENT)
        return [Decimal(row[index]) if exact and row[index] is not None else row[index] for row in self.rows]

    def column_total(self, key: str):
        """The sum of a count or amount column over the rows (None when the dataset lacks it or it holds no
        value); rates and percentages are never added up."""
        index = self.column_index(key)
        if index is None or self.columns[index]["type"] not in SUMMABLE_TYPES:
            return None
        values = [value for value in self.column_values(key) if value is not None]
        return sum(values) if values else None
