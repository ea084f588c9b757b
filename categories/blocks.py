"""StreamField blocks used in page bodies."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "hr"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("level 2")), ("h3", _("level 3")), ("h4", _("level 4"))], default="h2", label=_("level")
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        label = _("Heading")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        max_length=250,
        required=False,
        help_text=_("Describe the image for screen-reader users; leave empty to use the image's description."),
    )
    caption = blocks.CharBlock(label=_("caption"), max_length=250, required=False)

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        label = _("Image")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    label = blocks.CharBlock(label=_("link text"), max_length=250, required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"
        label = _("Document")


class LinkBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("link text"), max_length=200)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("external address"), required=False)

    class Meta:
        icon = "link"
        template = "blocks/link.html"
        label = _("Link")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Paragraph"), icon="pilcrow")
    image = ImageBlock()
    document = DocumentBlock()
    table = TableBlock(label=_("Table"), table_options={"renderer": "text", "startRows": 3, "startCols": 3})
    link = LinkBlock()
    quote = blocks.BlockQuoteBlock(label=_("Quote"))

    class Meta:
        block_counts = {}


class AttachmentBlock(blocks.StructBlock):
    """A downloadable file attached to a page; the public template shows its type and size."""

    document = DocumentChooserBlock(label=_("document"))
    label = blocks.CharBlock(label=_("link text"), max_length=250, required=False)

    class Meta:
        icon = "doc-full-inverse"
        template = "blocks/document.html"
        label = _("Attachment")


class PositionBlock(blocks.StructBlock):
    """One position in a recruitment notice."""

    title = blocks.CharBlock(label=_("position"), max_length=200)
    vacancies = blocks.IntegerBlock(label=_("number of posts"), min_value=1, default=1)
    qualifications = blocks.RichTextBlock(label=_("qualifications"), features=["bold", "ol", "ul"], required=False)

    class Meta:
        icon = "user"
        template = "blocks/position.html"
        label = _("Position")


class ContactChannelBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("channel"), max_length=100)
    value = blocks.CharBlock(label=_("number or address"), max_length=250)
    url = blocks.URLBlock(label=_("link"), required=False)

    class Meta:
        icon = "mail"
        template = "blocks/contact_channel.html"
        label = _("Contact channel")
