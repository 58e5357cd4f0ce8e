"""StreamField blocks shared by every page body; templates in templates/components/."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(
        label=_("caption"),
        required=False,
        help_text=_("What the picture shows; read aloud to blind readers too."),
    )
    credit = blocks.CharBlock(label=_("photo credit"), required=False, help_text=_("Who took the photo."))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"), help_text=_("The words quoted, without quotation marks."))
    attribution = blocks.CharBlock(
        label=_("said by"), required=False, help_text=_("Who said or wrote it, and their position.")
    )

    class Meta:
        icon = "openquote"
        label = _("Quotation")
        template = "components/quote_block.html"


class FactBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("figure"), help_text=_("The number or short fact, e.g. 12,000 ha."))
    label = blocks.CharBlock(label=_("what it counts"), help_text=_("e.g. of tea hills"))


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("link text"), required=False, help_text=_("Leave empty to use the document's title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "components/document_block.html"


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"),
        form_classname="title",
        icon="title",
        template="components/heading_block.html",
        help_text=_("A section heading inside the text."),
    )
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=RICH_TEXT_FEATURES)
    image = ImageBlock()
    quote = QuoteBlock()
    key_points = blocks.ListBlock(
        blocks.CharBlock(label=_("point")),
        label=_("Key points"),
        icon="list-ul",
        template="components/key_points_block.html",
    )
    facts = blocks.ListBlock(
        FactBlock(),
        label=_("Key figures"),
        icon="table",
        template="components/facts_block.html",
    )
    document = DocumentBlock()


class KeyPointsBlock(blocks.StreamBlock):
    point = blocks.RichTextBlock(
        label=_("Point"),
        features=["bold", "italic", "link"],
        help_text=_("One main point, in a sentence or two."),
    )
