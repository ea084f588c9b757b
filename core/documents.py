"""Documents: which ones the public may download, and the checks on an uploaded document's file.

The public gets only documents that a live page uses (seed §2.1: nothing is published without approval, and a
file is published through the page that links it); see the ``before_serve_document`` hook in
``core.wagtail_hooks``.

Wagtail already refuses extensions outside ``WAGTAILDOCS_EXTENSIONS`` and files over
``WAGTAILDOCS_MAX_UPLOAD_SIZE``; the document form also refuses a file whose first bytes betray another type (an
executable renamed ``.pdf``, say), so that what the public downloads is what the link says.
"""

import os

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.documents.forms import BaseDocumentForm
from wagtail.models import Page, ReferenceIndex
from wagtail.permissions import policy_registry

from core.file_types import sniff_matches_extension


def pages_using(document):
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    return Page.objects.filter(pk__in=[int(pk) for pk in page_ids])


def used_by_live_page(document) -> bool:
    return pages_using(document).live().exists()


def may_read_unpublished(user, document) -> bool:
    """Who may download a document that no live page uses yet (issue 14).

    Signing in to the admin is not enough: units keep their drafts to themselves. The document's own collection
    decides (each unit has one; ศสน. and superusers hold the root, so all), and so does a page that uses it, for
    whoever may edit that page (an approver reviewing it, say).
    """
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    document_permission_policy = policy_registry.get_by_type(get_document_model())
    if document_permission_policy.user_has_any_permission_for_instance(user, ["add", "change", "choose"], document):
        return True
    return any(page.specific.permissions_for_user(user).can_edit() for page in pages_using(document))


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
