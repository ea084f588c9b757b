"""The hospital list in the admin: kept by whoever may edit a hospital finder page (the matrix gives those pages to
สจพ. and สกท., with ศสน.; taxonomy D12), as a snippet viewset and an all-or-nothing import screen."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from categories.hospital_import import MAX_FILE_BYTES, import_hospitals
from categories.models import Hospital, HospitalFinderPage
from core.admin_views import UserTestPolicy


def can_keep_hospitals(user) -> bool:
    """True for a user who may edit at least one hospital finder page (its matrix row), or a superuser.

    Every admin page asks this several times (the menu item checks view, add, change and delete), so the answer is
    kept on the user object for the request, and the pages' workflow states come in one prefetch rather than one
    query per page for a user whose only way in would be a workflow task."""
    if not (user.is_active and user.is_authenticated):
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_can_keep_hospitals", None)
    if cached is None:
        pages = HospitalFinderPage.objects.prefetch_workflow_states()
        cached = user._can_keep_hospitals = any(page.permissions_for_user(user).can_edit() for page in pages)
    return cached


HOSPITAL_POLICY = UserTestPolicy(
    Hospital, view=can_keep_hospitals, add=can_keep_hospitals, change=can_keep_hospitals, delete=can_keep_hospitals
)


class HospitalViewSet(SnippetViewSet):
    model = Hospital
    icon = "doc-full"
    menu_label = _("Hospitals")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["name", "kind", "province", "district", "social_security", "compensation_fund", "is_sample"]
    list_filter = ["province", "kind", "social_security", "compensation_fund", "is_sample"]
    search_fields = ["name", "district", "address"]


class HospitalImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV (UTF-8) or Excel (.xlsx) file"),
        help_text=_(
            "Columns: ชื่อสถานพยาบาล, ประเภท, จังหวัด, อำเภอ/เขต, ที่อยู่, โทรศัพท์, แผนที่, ประกันสังคม, กองทุนเงินทดแทน (ใช่/ไม่)"
        ),
    )


def hospital_import_view(request):
    if not can_keep_hospitals(request.user):
        raise PermissionDenied
    result = None
    form = HospitalImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            form.add_error("file", _("The file is too large"))
        else:
            result = import_hospitals(upload)
            if result.ok:
                form = HospitalImportForm()
    context = {"form": form, "result": result, "title": _("Import hospitals")}
    return TemplateResponse(request, "categories/admin/hospital_import.html", context)
