"""The registry of seed categories: which page carries each category of the taxonomy file.

``setup_site`` keeps one row per node of ``data/taxonomy.yaml``. The row remembers the page it created, so a
second run recognises the page even after editors renamed, re-slugged or moved it, and never touches it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Category(models.Model):
    key = models.CharField(_("key"), max_length=255, unique=True, help_text=_("Slug path in the taxonomy file."))
    title = models.CharField(_("title in the measures"), max_length=255)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children", verbose_name=_("parent")
    )
    page = models.OneToOneField(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="category",
        verbose_name=_("page"),
    )
    page_type = models.CharField(_("page type"), max_length=100)
    data_units = models.CharField(_("data unit"), max_length=255, blank=True)
    publishing_units = models.CharField(_("publishing unit"), max_length=255, blank=True)
    checking_units = models.CharField(_("checking unit"), max_length=255, blank=True)
    note = models.TextField(_("note"), blank=True, help_text=_("Decision recorded in the taxonomy file."))
    sort_order = models.PositiveIntegerField(_("order"), default=0)
    review_days = models.PositiveSmallIntegerField(
        _("review interval (days)"), default=180, help_text=_("Set in the taxonomy file (review_days).")
    )

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self):
        return self.title
