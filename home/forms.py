"""Upload checks for documents: the file's content must match its extension.

Wagtail already refuses extensions outside ``WAGTAILDOCS_EXTENSIONS`` and files over
``WAGTAILDOCS_MAX_UPLOAD_SIZE``; this form also refuses a file whose first bytes betray another type (an
executable renamed ``.pdf``, say), so that what the public downloads is what the link says.
"""

import os

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from home.documents import used_by_live_page
from home.file_types import sniff_matches_extension


class SSODocumentForm(BaseDocumentForm):
    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        replacing = self.instance.pk and "file" in self.changed_data
        user = getattr(self, "user", None)
        if replacing and not (user and user.is_superuser) and used_by_live_page(self.instance):
            raise ValidationError(
                _(
                    "This file is on a published page, so it cannot be replaced here. Upload the new version as "
                    "a new document and change the page, so the change goes through approval."
                ),
                code="published",
            )
        if uploaded and "file" in self.changed_data and not sniff_matches_extension(uploaded):
            raise ValidationError(
                _(
                    "The file's content does not match its type (.%(extension)s). "
                    "Please check the file and upload it again."
                ),
                code="content_mismatch",
                params={"extension": os.path.splitext(uploaded.name)[1].lower().lstrip(".")},
            )
        return uploaded
