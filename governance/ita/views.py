"""The evidence pack's admin screen (Reports menu): choose a fiscal year, see which parts have data, download the
ZIP. Only ``access.can_build_pack`` users reach it; others get a plain 403. A year that cannot be read is shown
back with a Thai error on the form, never a server error."""

import tempfile
from functools import wraps

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import FileResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy
from django.views.defaults import permission_denied

from core.admin_views import UserTestPolicy
from governance.ita import access
from governance.ita.fiscal import FiscalYearError, current_fiscal_year, parse_fiscal_year
from governance.ita.pack import pack_filename, write_pack
from governance.ita.parts import gather_parts
from governance.periodic_reports.models import PeriodicReport

TITLE = gettext_lazy("ITA evidence pack")
# Up to this much of the ZIP stays in memory; a larger pack spills to a temporary file on disk.
SPOOL_BYTES = 8 * 1024 * 1024
# The policy's model only names the screen for Wagtail; the rule is the user test.
PACK_POLICY = UserTestPolicy(PeriodicReport, view=access.can_build_pack)


class YearForm(forms.Form):
    year = forms.CharField(
        label=gettext_lazy("Fiscal year (B.E.)"),
        max_length=10,
        help_text=gettext_lazy("1 October of the year before to 30 September, e.g. 2569."),
    )

    def clean_year(self):
        try:
            return parse_fiscal_year(self.cleaned_data["year"])
        except FiscalYearError as error:
            raise forms.ValidationError(str(error)) from None


def builders_only(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not access.can_build_pack(request.user):
            return permission_denied(request, PermissionDenied())
        return view(request, *args, **kwargs)

    return wrapped


@builders_only
def pack_view(request):
    """The form; with ``?year=`` the parts of that year; with ``&download=1`` the ZIP itself."""
    form = YearForm(request.GET if "year" in request.GET else None, initial={"year": current_fiscal_year() - 1})
    context = {
        "title": TITLE,
        "form": form,
        "recent_years": range(current_fiscal_year(), current_fiscal_year() - 5, -1),
    }
    if form.is_bound and form.is_valid():
        year = form.cleaned_data["year"]
        if request.GET.get("download"):
            return pack_download(year)
        context.update(year=year, parts=gather_parts(year))
    return TemplateResponse(request, "governance/ita/pack.html", context, status=400 if form.errors else 200)


def pack_download(year) -> FileResponse:
    out = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115 - FileResponse closes it
    write_pack(year, out)
    out.seek(0)
    return FileResponse(out, as_attachment=True, filename=pack_filename(year), content_type="application/zip")
