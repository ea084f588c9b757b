"""The 3-day report in the admin (seed §2.1): one row per clock approved in a period, on screen or as CSV."""

import csv
import datetime

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from governance.access.roles import DIRECTOR, group_name
from governance.access.rules import in_any_group
from governance.access.views import MATRIX_READERS
from governance.requests.flow import CENTRES
from governance.requests.sla_report import HEADER, clocks_between, report_rows


def sla_report_view(request):
    """The 3-day report for a period (default: the last 90 days), on screen or as CSV."""
    if not in_any_group(request.user, MATRIX_READERS + tuple(report_reader_groups())):
        raise PermissionDenied
    today = timezone.localdate()
    try:
        start = datetime.date.fromisoformat(request.GET.get("from", ""))
        end = datetime.date.fromisoformat(request.GET.get("to", ""))
    except ValueError:
        start, end = today - datetime.timedelta(days=90), today
    rows = list(report_rows(clocks_between(start, end)))
    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="sla-{start}-{end}.csv"'
        response.write("\ufeff")
        writer = csv.writer(response)
        writer.writerow(HEADER)
        writer.writerows(rows)
        return response
    late = sum(1 for row in rows if row[-1] == "no")
    return TemplateResponse(
        request,
        "governance/requests/sla_report.html",
        {"title": _("3-day report"), "rows": rows, "start": start, "end": end, "late": late},
    )


def report_reader_groups() -> list[str]:
    """The directors of ศสน. and สบท. read the 3-day report besides the matrix readers."""
    return [group_name(code, DIRECTOR) for code in CENTRES]
