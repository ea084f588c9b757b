"""Type and size checks for letters and materials attached to publication requests."""

import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from core.file_types import sniff_matches_extension

MATERIAL_EXTENSIONS = {"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "csv", "txt", "zip"}


def _check_size(uploaded):
    limit = settings.SSO_REQUEST_FILE_MAX_BYTES
    if uploaded.size > limit:
        raise ValidationError(
            _("The file is too large (%(size)s); the limit is %(limit)s.")
            % {"size": filesizeformat(uploaded.size), "limit": filesizeformat(limit)}
        )


def _extension(uploaded) -> str:
    return os.path.splitext(uploaded.name)[1].lower().lstrip(".")


def validate_letter_pdf(uploaded):
    _check_size(uploaded)
    if _extension(uploaded) != "pdf" or not sniff_matches_extension(uploaded):
        raise ValidationError(_("The signed letter must be a PDF file."))


def validate_material(uploaded):
    _check_size(uploaded)
    if _extension(uploaded) not in MATERIAL_EXTENSIONS or not sniff_matches_extension(uploaded):
        raise ValidationError(_("This type of file is not accepted, or its content does not match its type."))
