"""Page addresses that keep Thai readable (decision in docs/page-addresses.md).

Django's ``slugify`` and ``validate_unicode_slug`` keep only "word" characters, and Thai vowel and tone marks
(Unicode category Mn: ั ิ ี ึ ื ุ ู ็ ่ ้ ๊ ๋ ์ ํ) are not word characters, so "พระราชบัญญัติ" became
"พระราชบญญต". Here a slug keeps every letter, digit and combining mark of the title, in NFC form; spaces and
punctuation become single hyphens; Latin letters are lower-cased. Wagtail's own Page slug field, admin slug
form field and copy form are switched to this rule by ``install()`` (called from ``CoreConfig.ready``); the
admin's slug-as-you-type script is ``core/static/core/js/thai-slug.js``.
"""

import re
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.pages import CopyForm

MAX_SLUG_LENGTH = 255
# Letters (L*), digits (N*), combining marks (M*), "_" and "-". \w covers letters, digits and "_";
# the marks are added by range (Python's re has no \p{M}).
_MARKS = "".join(chr(code) for code in range(0x300, 0x10000) if unicodedata.category(chr(code)) in {"Mn", "Mc", "Me"})
_SLUG_CHARS = rf"\w{re.escape(_MARKS)}-"
_NOT_SLUG = re.compile(rf"[^{_SLUG_CHARS}]+")
SLUG_PATTERN = re.compile(rf"^[{_SLUG_CHARS}]+\Z")
# Wagtail's page path (``wagtail_serve``, WAGTAIL_APPEND_SLASH): segments of slug characters, each with "/".
SERVE_PATTERN = rf"^((?:[{_SLUG_CHARS}]+/)*)$"

validate_page_slug = RegexValidator(
    SLUG_PATTERN,
    _("Enter a valid page address: Thai or Latin letters, digits, Thai vowel and tone marks, hyphens or underscores."),
    "invalid",
)


def page_slug(title: str, max_length: int = MAX_SLUG_LENGTH) -> str:
    """The address part for ``title``: "พระราชบัญญัติทดสอบ (พ.ศ. 2569)" → "พระราชบัญญัติทดสอบ-พศ-2569"."""
    text = unicodedata.normalize("NFC", str(title)).lower()
    text = text.replace(".", "")  # "พ.ศ." → "พศ", as abbreviations read
    slug = _NOT_SLUG.sub("-", text).strip("-_")
    slug = re.sub(r"-{2,}", "-", slug)
    return slug[:max_length].rstrip("-")


def free_slug(base: str, parent, fallback: str = "page") -> str:
    """``base`` (or ``fallback``), numbered "-2", "-3" … if a child of ``parent`` has it already."""
    base = base or fallback
    slug, suffix = base, 1
    while parent.get_children().filter(slug=slug).exists():
        suffix += 1
        slug = f"{base}-{suffix}"
    return slug


class PageSlugFormField(forms.SlugField):
    """The admin's slug field: the page-address rule instead of Django's unicode slug rule."""

    default_validators = [validate_page_slug]

    def __init__(self, *, allow_unicode=True, **kwargs):
        forms.CharField.__init__(self, **kwargs)
        self.allow_unicode = True

    def clean(self, value):
        value = unicodedata.normalize("NFC", value or "")
        return super().clean(value)


class PageCopyForm(CopyForm):
    """Wagtail's copy form, whose "new slug" field follows the page-address rule (``BasePage.copy_form_class``):
    with Django's rule, copying a page with a Thai address failed on its own slug."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        old = self.fields["new_slug"]
        self.fields["new_slug"] = PageSlugFormField(initial=old.initial, label=old.label, widget=old.widget)


def install() -> None:
    """Switch Wagtail's page slug (model field, admin form field) to the page-address rule; at app ready."""
    from wagtail.admin.forms.models import register_form_field_override
    from wagtail.admin.widgets import SlugInput
    from wagtail.models import Page

    field = Page._meta.get_field("slug")
    field.default_validators = [validate_page_slug]
    field.__dict__.pop("validators", None)  # Field.validators is a cached_property
    register_form_field_override(models.SlugField, override={"widget": SlugInput, "form_class": PageSlugFormField})


def validate(slug: str) -> None:
    """Raise ValidationError unless ``slug`` follows the page-address rule (for code that builds slugs)."""
    if not SLUG_PATTERN.match(slug or ""):
        raise ValidationError(validate_page_slug.message, code="invalid")
