"""Admin screens for a part's datasets: upload a file as a new draft revision, remove a period, download the draft's
table and a blank template. Each checks, on the server, that the user may edit the page (the matrix and the
owning-unit rule, through the page's permission tester) and that the page is free to change."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from django.views.defaults import permission_denied

from core.parsing import DATE_HINT, gregorian_year, parse_date, parse_integer
from core.thai_dates import BUDDHIST_ERA_OFFSET, THAI_MONTHS
from sso_statistics import exports
from sso_statistics.drafts import draft_of, save_with_dataset, save_without_dataset
from sso_statistics.models import Dataset, StatisticsPartPage
from sso_statistics.periods import Period, PeriodKind
from sso_statistics.validation import MAX_FILE_BYTES, MAX_ROWS, DatasetRejected, read_dataset


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Dataset file (CSV or Excel .xlsx)"),
        allow_empty_file=True,  # refused by the reader, with the same message as the procurement import
        help_text=format_lazy(
            gettext_lazy("At most {mb} MB and {rows} rows; column headings as in the table template of this part"),
            mb=MAX_FILE_BYTES // 2**20,
            rows=f"{MAX_ROWS:,}",
        ),
    )
    sheet = forms.CharField(
        label=gettext_lazy("Sheet name (Excel files only)"),
        required=False,
        max_length=31,
        help_text=gettext_lazy("Leave empty to use the first sheet"),
    )
    period_kind = forms.ChoiceField(label=gettext_lazy("Period of the data"), choices=PeriodKind.choices)
    year = forms.CharField(label=gettext_lazy("Year B.E."), max_length=4, help_text=gettext_lazy("e.g. 2568"))
    month = forms.TypedChoiceField(
        label=gettext_lazy("Month (monthly data)"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", "—")] + [(i, name) for i, name in enumerate(THAI_MONTHS, 1)],
    )
    quarter = forms.TypedChoiceField(
        label=gettext_lazy("Quarter (quarterly data)"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", "—")] + [(i, format_lazy(gettext_lazy("Quarter {number}"), number=i)) for i in range(1, 5)],
    )
    title = forms.CharField(
        label=gettext_lazy("Dataset title"),
        required=False,
        max_length=255,
        help_text=gettext_lazy("Leave empty to use the page title followed by the period"),
    )
    source_note = forms.CharField(
        label=gettext_lazy("Source of the data"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=1000,
    )
    updated_on = forms.CharField(label=gettext_lazy("Data updated on"), help_text=DATE_HINT)

    def clean_year(self):
        try:
            year = parse_integer(self.cleaned_data["year"])
            if year is None or year < 2400:
                raise ValidationError(_("Enter a four-digit B.E. year, e.g. 2568"))
            return gregorian_year(year)
        except ValidationError as exc:
            raise ValidationError(exc.messages[0]) from None

    def clean_updated_on(self):
        try:
            day = parse_date(self.cleaned_data["updated_on"])
        except ValidationError as exc:
            raise ValidationError(exc.messages[0]) from None
        if day is None:
            raise ValidationError(_("Enter the date the data was updated"))
        if day > timezone.localdate():
            raise ValidationError(_("The update date cannot be in the future"))
        return day

    def clean(self):
        data = super().clean()
        kind, year = data.get("period_kind"), data.get("year")
        if not kind or not year:
            return data
        number = {PeriodKind.MONTH: data.get("month"), PeriodKind.QUARTER: data.get("quarter")}.get(kind)
        if kind == PeriodKind.MONTH and number is None:
            self.add_error("month", _("Monthly data needs a month"))
        elif kind == PeriodKind.QUARTER and number is None:
            self.add_error("quarter", _("Quarterly data needs a quarter"))
        else:
            period = Period(kind, year, number)
            if period.start > timezone.localdate():
                self.add_error("year", _("The period %(period)s has not come yet") % {"period": period.label})
            data["period"] = period
        return data


def _typed_date(day) -> str:
    """A date as staff type it: ``25/11/2569``."""
    return f"{day.day}/{day.month}/{day.year + BUDDHIST_ERA_OFFSET}"


def _refused(request, page, message):
    messages.error(request, message)
    return redirect("wagtailadmin_pages:edit", page.pk)


def _part_page(request, page_id) -> StatisticsPartPage:
    page = get_object_or_404(StatisticsPartPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return page


def _blocker(request, page) -> str:
    """Why the page may not be changed now, or ``""``."""
    lock = page.get_lock()
    if lock and lock.for_user(request.user):
        return _("This page is locked, so its datasets cannot be changed now")
    if page.workflow_in_progress:
        return _("This page awaits approval: cancel the submission first to change its datasets")
    if page.schema is None:
        return _("This part has no table layout yet, so no dataset can be uploaded")
    return ""


def _guarded(view):
    def wrapper(request, page_id, *args, **kwargs):
        try:
            page = _part_page(request, page_id)
        except PermissionDenied as denied:
            return permission_denied(request, denied)
        return view(request, page, *args, **kwargs)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


@_guarded
@require_http_methods(["GET", "POST"])
def upload_view(request, page):
    if blocker := _blocker(request, page):
        return _refused(request, page, blocker)
    draft = draft_of(page)
    latest = max(draft.datasets.all(), key=lambda dataset: dataset.period, default=None)
    initial = {
        "updated_on": _typed_date(timezone.localdate()),
        "source_note": latest.source_note if latest else "",
        "period_kind": latest.period_kind if latest else PeriodKind.MONTH,
        "year": str(timezone.localdate().year + BUDDHIST_ERA_OFFSET),
    }
    form = UploadForm(request.POST or None, request.FILES or None, initial=initial)
    problems = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            table = read_dataset(data["file"], page.schema, sheet=data["sheet"] or None)
        except DatasetRejected as rejected:
            problems = rejected
        else:
            period = data["period"]
            dataset = Dataset(
                title=data["title"] or f"{page.title} {period.label}",
                source_note=data["source_note"],
                updated_on=data["updated_on"],
                columns=table.columns,
                rows=table.rows,
                source_file=data["file"].name[:255],
            )
            dataset.period = period
            replaced = any(existing.period == period for existing in draft.datasets.all())
            save_with_dataset(draft, request.user, dataset)
            if replaced:
                done = _("Replaced the dataset of %(period)s (%(rows)s rows) in the draft.")
            else:
                done = _("Added the dataset of %(period)s (%(rows)s rows) to the draft.")
            next_step = _("Check the page preview and submit it for checking; the data is published once approved.")
            messages.success(request, f"{done % {'period': period.label, 'rows': f'{len(table.rows):,}'}} {next_step}")
            return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request,
        "sso_statistics/admin/upload.html",
        {
            "page": page,
            "form": form,
            "problems": problems,
            "schema": page.schema,
            "title": _("Upload a statistics dataset"),
        },
        status=400 if problems else 200,
    )


def _draft_dataset(draft, slug) -> Dataset:
    period = Period.from_slug(slug)
    dataset = next((d for d in draft.datasets.all() if d.period == period), None)
    if dataset is None:
        raise Http404(_("The draft has no dataset for this period"))
    return dataset


@_guarded
@require_http_methods(["GET", "POST"])
def remove_view(request, page, slug):
    draft = draft_of(page)
    dataset = _draft_dataset(draft, slug)
    if blocker := _blocker(request, page):
        return _refused(request, page, blocker)
    if request.method == "POST":
        save_without_dataset(draft, request.user, dataset.period)
        messages.success(
            request,
            _("Removed the dataset of %(period)s from the draft; it leaves the website when the draft is approved")
            % {"period": dataset.period.label},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request,
        "sso_statistics/admin/remove.html",
        {"page": page, "dataset": dataset, "title": _("Remove a dataset")},
    )


@_guarded
def draft_download_view(request, page, slug):
    dataset = _draft_dataset(draft_of(page), slug)
    return _attachment(
        exports.csv_bytes([c["label"] for c in dataset.columns], dataset.rows),
        exports.CSV_TYPE,
        f"draft-{page.slug}-{dataset.slug}.csv",
    )


@_guarded
def template_view(request, page):
    if page.schema is None:
        raise Http404
    header = [column.label for column in page.schema.columns]
    return _attachment(exports.csv_bytes(header, []), exports.CSV_TYPE, f"{page.slug}-template.csv")


def _attachment(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def admin_urls():
    from django.urls import path

    return [
        path("<int:page_id>/upload/", upload_view, name="upload"),
        path("<int:page_id>/template.csv", template_view, name="template"),
        path("<int:page_id>/datasets/<str:slug>.csv", draft_download_view, name="draft_download"),
        path("<int:page_id>/datasets/<str:slug>/remove/", remove_view, name="remove"),
    ]
