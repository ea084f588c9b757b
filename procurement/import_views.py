"""The admin screen for importing procurement notices from the old website (see ``procurement.importer``).

Only users who keep procurement data for some unit (``procurement_unit_codes``) may use it; each row is then
checked against the units and pages that user may write to.
"""

import csv
from functools import partial

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from procurement.importer import COLUMNS, MAX_FILE_BYTES, MAX_ROWS, import_notices
from procurement.models import Method, NoticeKind
from procurement.permissions import procurement_unit_codes

TITLE = _("Import procurement notices from the old website")
TEMPLATE_FILENAME = "procurement-notices-template.csv"
# The success page links each new draft up to this many; the parents' links cover the rest.
MAX_LINKS = 100

COLUMN_HELP = [
    ("kind", format_lazy("{} {}", _("Kind of notice:"), ", ".join(NoticeKind.values))),
    ("title", _("Title of the notice")),
    ("announced_on", _("Date announced, e.g. 1/10/2569 or 2026-10-01")),
    ("notice_number", _("Notice number, e.g. 12/2570")),
    ("unit", _("Unit code, e.g. กค. or สปจ.เชียงใหม่")),
    ("fiscal_year", _("Fiscal year (B.E.), e.g. 2570")),
    ("project_title / egp_number", _("Project title / e-GP project number (an existing project is reused)")),
    (
        "method / budget",
        format_lazy(_("Method ({methods}) / budget, for a new project"), methods=", ".join(Method.values)),
    ),
    ("reference_price, price_set_on", _("Reference price notice")),
    ("hearing_starts, hearing_ends, comment_channel", _("Draft TOR")),
    (
        "bid_submission_starts, bid_submission_ends, documents_from",
        _("Invitation to bid (dates and times, e.g. 1/10/2569 09:30)"),
    ),
    ("winner_name, winner_tax_id, agreed_price, selection_reason", _("Winner notice")),
    ("change_type, amends_notice_number, what_changed, reason", _("Change (change) or cancellation (cancel) notice")),
    ("auction_at, place", _("Auction")),
    ("contract_number, contract_date, contract_value, vendor_name, vendor_tax_id", _("Contract")),
    ("summary_month", _("Monthly summary, e.g. 10/2569")),
]


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("File of notices (CSV or Excel .xlsx)"),
        help_text=format_lazy(
            _("At most {mb} MB and {rows} rows a file; the first row holds the column headings of the template"),
            mb=MAX_FILE_BYTES // 2**20,
            rows=f"{MAX_ROWS:,}",
        ),
    )


def _allowed_units(request) -> set[str]:
    codes = procurement_unit_codes(request.user) if request.user.is_active else set()
    if not codes:
        raise PermissionDenied
    return codes


def _run_after_create_hooks(request, page):
    """Wagtail's create view runs these for a new page (e.g. governance records the unit that wrote it). A hook
    may answer with a redirect; an import of many pages has no single page to go to, so answers are ignored."""
    for hook in hooks.get_hooks("after_create_page"):
        hook(request, page)


def import_view(request):
    _allowed_units(request)
    form = ImportForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        result = import_notices(
            form.cleaned_data["file"], request.user, after_create=partial(_run_after_create_hooks, request)
        )
        if result.ok:
            form = ImportForm()
    context = {
        "title": TITLE,
        "form": form,
        "result": result,
        "linked_pages": result.pages[:MAX_LINKS] if result else [],
        "unlinked_count": max(len(result.pages) - MAX_LINKS, 0) if result else 0,
        "column_help": COLUMN_HELP,
    }
    return TemplateResponse(request, "procurement/admin/import.html", context)


def template_view(request):
    """A CSV with the header and one example row, in UTF-8 with a BOM so that Excel shows the Thai."""
    codes = _allowed_units(request)
    unit = "กค." if "กค." in codes else sorted(codes)[0]
    example = {
        "kind": "reference_price",
        "title": "ประกาศราคากลาง จ้างบำรุงรักษาระบบคอมพิวเตอร์",
        "announced_on": "1/10/2569",
        "notice_number": "1/2570",
        "unit": unit,
        "fiscal_year": "2570",
        "project_title": "จ้างบำรุงรักษาระบบคอมพิวเตอร์",
        "method": "e_bidding",
        "budget": "500,000.00",
        "reference_price": "480,000.00",
        "price_set_on": "15/9/2569",
    }
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{TEMPLATE_FILENAME}"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(COLUMNS)
    writer.writerow([example.get(column, "") for column in COLUMNS])
    return response
