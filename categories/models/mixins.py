"""Field groups shared by several page types."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField

from categories.blocks import AttachmentBlock, BodyBlock


class BodyMixin(models.Model):
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    class Meta:
        abstract = True


class AttachmentsMixin(models.Model):
    attachments = StreamField([("attachment", AttachmentBlock())], blank=True, verbose_name=_("attachments"))

    class Meta:
        abstract = True


def image_field(verbose_name, help_text=""):
    return models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=verbose_name,
        help_text=help_text,
    )


def document_field(verbose_name, blank=True):
    return models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=blank,
        on_delete=models.SET_NULL if blank else models.PROTECT,
        related_name="+",
        verbose_name=verbose_name,
    )
