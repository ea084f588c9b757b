"""The สขร.1 builder in the admin: choose a unit and a month, preview the table, download it, or start the
month's summary notice as a draft that the editor then submits to the unit's workflow like any other page.

Only units the user may keep procurement data for are offered (``procurement_unit_codes``); anyone else is
refused every URL here.
"""

from datetime import date

from django import forms
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.defaults import permission_denied
from wagtail import hooks
from wagtail.admin import messages

from core.thai_dates import format_thai_date
from governance.access.models import Unit
from procurement.models import (
    MonthlySummaryNoticePage,
    NoticeKind,
    fiscal_year_be,
    notice_parent,
)
from procurement.models.monthly_summary import build_monthly_summary
from procurement.permissions import procurement_unit_codes
from procurement.summary import HEADINGS, NOTHING_BOUGHT
from procurement.summary_exports import summary_download

MONTHS_OFFERED = 36
CREATE_LABEL = gettext_lazy("Create the monthly summary notice")


def month_choices(today=None) -> list[tuple[str, str]]:
    """This month and the ones before it, newest first: ``("2026-11", "พฤศจิกายน 2569")``."""
    today = today or timezone.localdate()
    choices = []
    year, month = today.year, today.month
    for _step in range(MONTHS_OFFERED):
        choices.append((f"{year:04d}-{month:02d}", format_thai_date(date(year, month, 1), "month")))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return choices


class MonthlySummaryForm(forms.Form):
    unit = forms.ChoiceField(label=gettext_lazy("Unit"))
    month = forms.ChoiceField(label=gettext_lazy("Month"))

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.units = {unit.code: unit for unit in units}
        self.fields["unit"].choices = [(unit.code, str(unit)) for unit in units]
        self.fields["month"].choices = month_choices()

    def clean_unit(self):
        return self.units[self.cleaned_data["unit"]]

    def clean_month(self):
        year, month = self.cleaned_data["month"].split("-")
        return date(int(year), int(month), 1)


def notice_title(unit, month: date) -> str:
    return f"สรุปผลการจัดซื้อจัดจ้างประจำเดือน{format_thai_date(month, 'month')} {unit.code}"


def summary_parent(unit):
    """Where the unit's summary notice lives: its provincial office's page, else the central summaries list."""
    return notice_parent(unit, NoticeKind.MONTHLY_SUMMARY)


def existing_notice(unit, month: date):
    return MonthlySummaryNoticePage.objects.filter(unit=unit, summary_month=month).order_by("pk").first()


def _units(user):
    codes = procurement_unit_codes(user)
    if not codes:
        raise PermissionDenied
    return list(Unit.objects.filter(code__in=codes).order_by("province", "code"))


def _previous_month() -> str:
    first = timezone.localdate().replace(day=1)
    last_month = date(first.year - 1, 12, 1) if first.month == 1 else first.replace(month=first.month - 1)
    return f"{last_month:%Y-%m}"


def monthly_summary_view(request):
    """Wagtail's admin turns PermissionDenied into a redirect to the dashboard; this view answers 403 instead,
    so that a refused download or notice is never mistaken for one that worked."""
    try:
        return _monthly_summary(request)
    except PermissionDenied as denied:
        return permission_denied(request, denied)


def _monthly_summary(request):
    units = _units(request.user)
    data = request.POST if request.method == "POST" else (request.GET if "unit" in request.GET else None)
    form = MonthlySummaryForm(data, units=units, initial={"month": _previous_month()})
    context = {"form": form, "title": _("Monthly procurement summary (form สขร.1)"), "create_label": CREATE_LABEL}
    if form.is_bound and form.is_valid():
        unit, month = form.cleaned_data["unit"], form.cleaned_data["month"]
        if request.method == "POST":
            return _create_notice(request, unit, month)
        summary = build_monthly_summary(unit, month.year, month.month)
        file_format = request.GET.get("format")
        if file_format in ("xlsx", "pdf"):
            return summary_download(summary, notice_title(unit, month), unit, file_format)
        context.update(
            summary=summary,
            unit=unit,
            query=urlencode({"unit": unit.code, "month": f"{month:%Y-%m}"}),
            existing=existing_notice(unit, month),
            headings=HEADINGS,
            nothing_bought=NOTHING_BOUGHT,
        )
    return TemplateResponse(request, "procurement/admin/monthly_summary.html", context)


def _create_notice(request, unit, month: date):
    """A draft notice, saved as Wagtail's create view saves one; or, if the month has one already, a link to it."""
    existing = existing_notice(unit, month)
    if existing is not None:
        messages.warning(
            request,
            _("%(unit)s already has a summary notice for %(month)s")
            % {"unit": unit.code, "month": format_thai_date(month, "month")},
            buttons=[messages.button(reverse("wagtailadmin_pages:edit", args=[existing.pk]), _("Open the notice"))],
        )
        query = urlencode({"unit": unit.code, "month": f"{month:%Y-%m}"})
        return redirect(f"{reverse('procurement_monthly_summary')}?{query}")
    parent = summary_parent(unit)
    if parent is None or not parent.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
    page = MonthlySummaryNoticePage(
        title=notice_title(unit, month),
        unit=unit,
        summary_month=month,
        fiscal_year=fiscal_year_be(month),
        live=False,
        owner=request.user,
    )
    with transaction.atomic():
        parent.add_child(instance=page)
        page.save_revision(user=request.user, log_action=True)
    for hook in hooks.get_hooks("after_create_page"):
        result = hook(request, page)
        if hasattr(result, "status_code"):
            return result
    messages.success(
        request, _("Draft “%(title)s” created: check it and submit it for approval") % {"title": page.title}
    )
    return redirect("wagtailadmin_pages:edit", page.id)
