"""The monthly procurement summary notice (แบบ สขร.1) and the builder that reads the month's contracts, results and
reference prices of one unit: the builder queries the notice kinds of ``procurement.models.notices``, the
summary notice saves what it builds, so both sit here, above those kinds.

A line per procurement whose contract (or purchase order) was signed in the month; see ``procurement.summary``
for the form's columns.
"""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from procurement.models.notices import (
    ContractNoticePage,
    NoticeKind,
    ProcurementNoticePage,
    ReferencePriceNoticePage,
    WinnerNoticePage,
    notice_panels,
)
from procurement.summary import HEADINGS, NOTHING_BOUGHT, MonthlySummary, SummaryLine
from procurement.summary_exports import summary_download


def _latest(model, project_ids):
    """The latest live notice of ``model`` per project (one query)."""
    latest = {}
    for notice in model.objects.live().filter(project_id__in=project_ids).order_by("announced_on", "pk"):
        latest[notice.project_id] = notice
    return latest


def build_monthly_summary(unit, year: int, month: int) -> MonthlySummary:
    """The สขร.1 of ``unit`` for a Gregorian ``year`` and ``month`` (the public page shows it in B.E.)."""
    contracts = list(
        ContractNoticePage.objects.live()
        .filter(unit=unit, contract_date__year=year, contract_date__month=month)
        .select_related("project")
        .order_by("contract_date", "pk")
    )
    project_ids = [c.project_id for c in contracts if c.project_id]
    winners = _latest(WinnerNoticePage, project_ids)
    prices = _latest(ReferencePriceNoticePage, project_ids)
    summary = MonthlySummary(unit_code=unit.code, year=year, month=month)
    for contract in contracts:
        project = contract.project
        winner = winners.get(contract.project_id)
        price = prices.get(contract.project_id)
        bids = [{"name": b.value["name"], "price": b.value["price"]} for b in winner.bids] if winner else []
        summary.lines.append(
            SummaryLine(
                work=project.title if project else contract.title,
                budget=project.budget if project else contract.contract_value,
                reference_price=price.reference_price if price else None,
                method=project.get_method_display() if project else "",
                bids=bids,
                selected=winner.winner_name if winner else contract.vendor_name,
                agreed_price=winner.agreed_price if winner else contract.contract_value,
                reason=winner.selection_reason if winner else "",
                contract_number=contract.contract_number,
                contract_date=contract.contract_date,
            )
        )
    return summary


class MonthlySummaryNoticePage(RoutablePageMixin, ProcurementNoticePage):
    """สรุปผลการจัดซื้อจัดจ้างประจำเดือน (แบบ สขร.1), built from the unit's notices for the month when saved.

    The page, its XLSX (``xlsx/``) and its PDF (``pdf/``) all show the saved snapshot, never today's data."""

    summary_month = models.DateField(_("month"), help_text=_("Any day of the month the summary covers."))
    summary = models.JSONField(_("summary"), default=dict, editable=False, blank=True)

    NOTICE_KIND = NoticeKind.MONTHLY_SUMMARY
    needs_project = False
    content_panels = notice_panels(FieldPanel("summary_month"))
    template = "procurement/notices/monthly_summary.html"

    class Meta:
        verbose_name = _("monthly procurement summary")
        verbose_name_plural = _("monthly procurement summaries")

    def save(self, *args, **kwargs):
        if self.summary_month:
            self.summary_month = self.summary_month.replace(day=1)
        if self.project_id and not self.unit_id:
            self.unit_id = self.project.unit_id
        if self.unit_id and self.summary_month:
            self.summary = build_monthly_summary(self.unit, self.summary_month.year, self.summary_month.month).as_json()
        return super().save(*args, **kwargs)

    def monthly_summary(self):
        """The ``MonthlySummary`` this notice saved, or None while it has no unit."""
        return MonthlySummary.from_json(self.summary) if self.summary else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(headings=HEADINGS, nothing_bought=NOTHING_BOUGHT)
        return context

    @path("")
    def notice_view(self, request):
        return self.render(request)

    @path("xlsx/")
    def xlsx_view(self, request):
        return self._download("xlsx")

    @path("pdf/")
    def pdf_view(self, request):
        return self._download("pdf")

    def _download(self, file_format):
        summary = self.monthly_summary()
        if summary is None or not self.unit_id:
            raise Http404
        return summary_download(summary, self.title, self.unit, file_format)
