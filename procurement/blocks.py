"""Rows of the tables procurement notices carry: PDF attachments, cost lines, bidders, bids, auction lots."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

tax_id_validator = RegexValidator(r"^[0-9]{13}$", _("A tax ID has 13 digits."))

MONEY = {"max_digits": 15, "decimal_places": 2, "min_value": Decimal("0")}


class PdfAttachmentBlock(blocks.StructBlock):
    """An attached document: procurement notices are published as PDF only (the public template shows size)."""

    document = DocumentChooserBlock(label=_("document (PDF)"))
    label = blocks.CharBlock(label=_("link text"), max_length=250, required=False)

    class Meta:
        icon = "doc-full-inverse"
        template = "blocks/document.html"
        label = _("PDF attachment")

    def clean(self, value):
        value = super().clean(value)
        document = value.get("document")
        if document is not None and document.file_extension.lower() != "pdf":
            raise StructBlockValidationError(
                block_errors={"document": ValidationError(_("Procurement notices attach PDF files only."))}
            )
        return value


class CostLineBlock(blocks.StructBlock):
    """One line of the reference-price cost table (แบบ บก.01–06)."""

    item = blocks.CharBlock(label=_("item"), max_length=300)
    quantity = blocks.DecimalBlock(label=_("quantity"), min_value=Decimal("0"), decimal_places=2)
    unit = blocks.CharBlock(label=_("unit of count"), max_length=40, required=False)
    unit_price = blocks.DecimalBlock(label=_("unit price (baht)"), **MONEY)

    class Meta:
        icon = "list-ul"
        label = _("cost line")


class BidderBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("name"), max_length=300)
    tax_id = blocks.CharBlock(label=_("tax ID"), max_length=13, required=False, validators=[tax_id_validator])

    class Meta:
        icon = "user"
        label = _("bidder")


class BidBlock(BidderBlock):
    price = blocks.DecimalBlock(label=_("price offered (baht)"), **MONEY)

    class Meta:
        icon = "user"
        label = _("bid")


class AuctionLotBlock(blocks.StructBlock):
    description = blocks.CharBlock(label=_("item"), max_length=300)
    quantity = blocks.IntegerBlock(label=_("quantity"), min_value=1, default=1)
    unit = blocks.CharBlock(label=_("unit of count"), max_length=40, required=False)
    starting_price = blocks.DecimalBlock(label=_("starting price (baht)"), **MONEY)

    class Meta:
        icon = "tag"
        label = _("lot")
