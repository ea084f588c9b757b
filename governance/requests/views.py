"""Admin screens for publication requests: the list (a Wagtail index view), register a letter, take a step, files,
the printable form. ``governance.requests.viewsets`` gives them their URLs."""

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput
from wagtail.models import Page

from core.admin_views import ThaiDateTimeColumn, UserTestPolicy
from governance.access.models import Unit
from governance.access.roles import EDITOR, SCREENING, SECRETARY_GENERAL, group_name
from governance.access.rules import in_any_group
from governance.requests import flow as flow
from governance.requests.form_pdf import FORM_TEMPLATE, form_context, form_pdf
from governance.requests.models import PublicationRequest, RequestAttachment
from governance.requests.uploads import validate_material

READER_GROUPS = [group_name(code, role) for code in flow.CENTRES for role in ("editor", "director", "checker")] + [
    SCREENING,
    SECRETARY_GENERAL,
]


def can_read_requests(user) -> bool:
    return in_any_group(user, READER_GROUPS)


# The list, its menu item and its "Register a letter" button ask this; the other screens check the same tests.
REQUEST_POLICY = UserTestPolicy(PublicationRequest, view=can_read_requests, add=flow.can_register)


def _readable(user, pk) -> PublicationRequest:
    if not can_read_requests(user):
        raise PermissionDenied
    return get_object_or_404(PublicationRequest.objects.select_related("assigned_centre", "requesting_unit"), pk=pk)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented recipe); each is checked by ``validate_material``."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, (list, tuple)):
            return [super(MultipleFileField, self).clean(item, initial) for item in data]
        return [super().clean(data, initial)] if data else []


class RequestForm(forms.ModelForm):
    materials = MultipleFileField(
        label=gettext_lazy("material to publish"),
        required=False,
        validators=[],
        help_text=gettext_lazy("PDF, Word, Excel, PowerPoint, CSV, text or ZIP; up to 20 MB each."),
    )

    class Meta:
        model = PublicationRequest
        fields = [
            "source", "requesting_unit", "requesting_agency", "letter_number", "letter_date", "signer_name",
            "signer_position", "subject", "details", "desired_go_live", "desired_expiry", "target_category",
            "letter_pdf",
        ]  # fmt: skip
        widgets = {
            # Wagtail's boxes, which show and take the Buddhist era (core.admin_dates).
            "letter_date": AdminDateInput(),
            "desired_go_live": AdminDateTimeInput(),
            "desired_expiry": AdminDateTimeInput(),
        }

    def clean_materials(self):
        files = self.cleaned_data.get("materials") or []
        for uploaded in files:
            validate_material(uploaded)
        return files


class PublicationRequestFilterSet(WagtailFilterSet):
    assigned_centre = django_filters.ModelChoiceFilter(
        label=gettext_lazy("assigned centre"),
        queryset=Unit.objects.filter(code__in=flow.CENTRES),
        empty_label=gettext_lazy("all"),
        widget=forms.RadioSelect,
    )

    class Meta:
        model = PublicationRequest
        fields = ["state", "source", "assigned_centre"]


class PublicationRequestIndexView(IndexView):
    """Every request, newest first, a page at a time, filtered by state, source and centre, searched by letter
    number, subject or agency, sorted by any column with a sort key."""

    model = PublicationRequest
    permission_policy = REQUEST_POLICY
    any_permission_required = ["view"]
    filterset_class = PublicationRequestFilterSet
    search_fields = ["letter_number", "subject", "requesting_agency"]
    search_backend_name = None  # the model is not in the search index: the ORM's icontains
    default_ordering = "-received_at"
    paginate_by = 50
    page_title = gettext_lazy("Publication requests")
    header_icon = "mail"
    add_item_label = gettext_lazy("Register a letter")

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "letter_number", label=gettext_lazy("letter number"), url_name="publication_requests:detail",
                sort_key="letter_number",
            ),
            Column("subject", label=gettext_lazy("subject"), sort_key="subject"),
            Column("source", label=gettext_lazy("source"), accessor="get_source_display", sort_key="source"),
            Column("requester", label=pgettext_lazy("publication request", "requested by")),
            Column("state", label=gettext_lazy("state"), accessor="get_state_display", sort_key="state"),
            Column("assignee", label=gettext_lazy("assigned staff member")),
            ThaiDateTimeColumn("received_at", label=gettext_lazy("received at"), sort_key="received_at"),
        ]  # fmt: skip

    def get_base_queryset(self):
        return PublicationRequest.objects.select_related("requesting_unit", "assignee")

    def order_queryset(self, queryset):
        """The primary key breaks ties, so that no request shows on two pages or on none."""
        queryset = super().order_queryset(queryset)
        return queryset.order_by(*queryset.query.order_by, "-pk")


def request_create_view(request):
    if not flow.can_register(request.user):
        raise PermissionDenied
    form = RequestForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                publication_request = flow.register(request.user, form.save(commit=False))
                for uploaded in form.cleaned_data["materials"]:
                    RequestAttachment.objects.create(request=publication_request, file=uploaded, title=uploaded.name)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The letter has been registered."))
            return redirect("publication_requests:detail", publication_request.pk)
    return TemplateResponse(request, "governance/requests/create.html", {"title": _("Register a letter"), "form": form})


def request_detail_view(request, pk):
    publication_request = _readable(request.user, pk)
    actions = flow.available_actions(request.user, publication_request)
    centre = publication_request.assigned_centre
    staff = (
        get_user_model().objects.filter(groups__name=group_name(centre.code, EDITOR), is_active=True) if centre else []
    )
    return TemplateResponse(
        request,
        "governance/requests/detail.html",
        {
            "title": str(publication_request),
            "req": publication_request,
            "actions": actions,
            "events": publication_request.events.select_related("user"),
            "attachments": publication_request.attachments.all(),
            "centres": flow.CENTRES,
            "staff": staff,
            "clock": getattr(publication_request, "clock", None),
        },
    )


def _typed_id(value) -> int:
    """A typed id as a number, 0 (no such row) for anything else: text there must not answer 500."""
    value = (value or "").strip()
    return int(value) if value.isascii() and value.isdigit() else 0


@require_POST
def request_action_view(request, pk, action):
    publication_request = _readable(request.user, pk)
    post = request.POST
    try:
        if action == "decide":
            flow.decide(request.user, publication_request, post.get("centre", ""), post.get("note", ""))
        elif action == "screen":
            flow.screen(request.user, publication_request, post.get("note", ""))
        elif action == "assign":
            assignee = get_user_model().objects.filter(pk=_typed_id(post.get("assignee"))).first()
            if assignee is None:
                raise ValidationError(_("Choose a staff member."))
            flow.assign(request.user, publication_request, assignee)
        elif action == "link_page":
            page = Page.objects.filter(pk=_typed_id(post.get("page"))).first()
            if page is None:
                raise ValidationError(_("Enter the id of the page you drafted."))
            flow.link_page(request.user, publication_request, page)
        elif action == "reject":
            flow.reject(request.user, publication_request, post.get("reason", ""))
        else:
            raise Http404
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Done."))
    return redirect("publication_requests:detail", publication_request.pk)


def request_file_view(request, pk, attachment_pk=None):
    """Letters and materials are internal: only those who may read requests download them."""
    publication_request = _readable(request.user, pk)
    if attachment_pk is None:
        stored = publication_request.letter_pdf
    else:
        stored = get_object_or_404(RequestAttachment, pk=attachment_pk, request=publication_request).file
    if not stored:
        raise Http404
    return FileResponse(stored.open("rb"), as_attachment=True, filename=stored.name.rsplit("/", 1)[-1])


def request_form_view(request, pk):
    """The standard request/approval form integrity assessments ask for: requester, approver and publisher."""
    publication_request = _readable(request.user, pk)
    if request.GET.get("format") == "pdf":
        return FileResponse(
            iter([form_pdf(publication_request)]), content_type="application/pdf", as_attachment=True,
            filename=f"request-{publication_request.pk}.pdf",
        )  # fmt: skip
    return TemplateResponse(request, FORM_TEMPLATE, form_context(publication_request))


def requests_awaiting(user):
    """Requests the user may act on now (for the dashboard)."""
    candidates = PublicationRequest.objects.exclude(state__in=["published", "rejected"]).filter(
        Q(assignee=user) | Q(state__in=["received", "decided", "screened"])
    )
    return [r for r in candidates.select_related("assigned_centre")[:50] if flow.available_actions(user, r)]
