"""The hospital finder: hospitals and clinics contracted by the Social Security Fund or the Workmen's Compensation
Fund, kept as rows (imported from the office's list or edited in the admin) and found by province, district and
name on a page that works without JavaScript."""

from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from categories.models.mixins import BodyMixin
from core.models import BasePage
from core.provinces import PROVINCE_CHOICES, PROVINCE_NAMES
from core.thai_text import thai_sort_key


class Hospital(models.Model):
    class Kind(models.TextChoices):
        HOSPITAL = "hospital", _("hospital")
        CLINIC = "clinic", _("clinic")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("type"), max_length=10, choices=Kind.choices, default=Kind.HOSPITAL)
    province = models.CharField(_("province"), max_length=40, choices=PROVINCE_CHOICES)
    district = models.CharField(_("district"), max_length=100, blank=True)
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("telephone"), max_length=120, blank=True)
    map_url = models.URLField(_("map link"), blank=True)
    social_security = models.BooleanField(_("social security fund"), default=False)
    compensation_fund = models.BooleanField(_("workmen's compensation fund"), default=False)
    is_sample = models.BooleanField(
        _("sample row"), default=False, help_text=_("Demonstration data, not the office's real list.")
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["province", "district", "name"]
        verbose_name = _("hospital")
        verbose_name_plural = _("hospitals")
        constraints = [
            models.UniqueConstraint(fields=["name", "province", "district"], name="one_hospital_per_place"),
        ]

    def __str__(self):
        return f"{self.name} ({self.province})"

    @property
    def funds(self) -> list[str]:
        return [
            str(label)
            for flag, label in (
                (self.social_security, _("social security")),
                (self.compensation_fund, _("workmen's compensation fund")),
            )
            if flag
        ]


class HospitalFinderPage(BodyMixin, BasePage):
    """A list of contracted hospitals, narrowed by GET parameters (province, district, name, fund), paged."""

    front_cache_shows = ("hospitals",)  # the hospital register (a snippet): its changes purge "hospitals"

    class Fund(models.TextChoices):
        ALL = "", _("every fund")
        SOCIAL_SECURITY = "social_security", _("social security fund")
        COMPENSATION = "compensation_fund", _("workmen's compensation fund")

    fund = models.CharField(
        _("fund"),
        max_length=20,
        choices=Fund.choices,
        blank=True,
        help_text=_("Only the hospitals of this fund; empty for all, with a fund filter for the visitor."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("fund"), FieldPanel("body")]
    search_text_attributes = ("body",)
    page_size = 20

    parent_page_types = ["categories.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("hospital finder")
        verbose_name_plural = _("hospital finders")

    def hospitals(self):
        rows = Hospital.objects.all()
        return rows.filter(**{self.fund: True}) if self.fund else rows

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        rows = self.hospitals()
        provinces = sorted(set(rows.values_list("province", flat=True)), key=thai_sort_key)
        province = request.GET.get("province", "")
        province = province if province in PROVINCE_NAMES else ""
        district = request.GET.get("district", "").strip()[:100]
        name = request.GET.get("name", "").strip()[:100]
        fund = request.GET.get("fund", "") if not self.fund else ""
        fund = fund if fund in (self.Fund.SOCIAL_SECURITY, self.Fund.COMPENSATION) else ""
        districts = []
        if province:
            rows = rows.filter(province=province)
            districts = sorted(set(rows.exclude(district="").values_list("district", flat=True)), key=thai_sort_key)
        if district:
            rows = rows.filter(district=district)
        if name:
            rows = rows.filter(Q(name__icontains=name) | Q(address__icontains=name))
        if fund:
            rows = rows.filter(**{fund: True})
        results = Paginator(rows.order_by("province", "district", "name"), self.page_size).get_page(
            request.GET.get("page")
        )
        filters = {"province": province, "district": district, "name": name, "fund": fund}
        context.update(
            results=results,
            provinces=provinces,
            districts=districts,
            filters=filters,
            show_fund_filter=not self.fund,
            samples_shown=any(row.is_sample for row in results),
        )
        return context
