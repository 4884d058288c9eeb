"""StreamField blocks of an article body (thân bài): text, headings, images, media, documents, tables."""

from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4", "blockquote"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tiêu đề mục"), max_length=255)
    level = blocks.ChoiceBlock(label=_("Cấp"), choices=[("h2", _("Cấp 2")), ("h3", _("Cấp 3"))], default="h2")

    class Meta:
        icon = "title"
        label = _("Tiêu đề mục")
        template = "portal/blocks/heading.html"


class CaptionedImageBlock(blocks.StructBlock):
    """An image with the alternative text required (WCAG 1.1.1), a caption and a credit (tác giả ảnh)."""

    image = ImageChooserBlock(label=_("Ảnh"))
    alt = blocks.CharBlock(
        label=_("Mô tả thay thế (alt)"),
        max_length=255,
        help_text=_("Bắt buộc: mô tả nội dung ảnh cho người không xem được ảnh."),
    )
    caption = blocks.CharBlock(label=_("Chú thích"), required=False, max_length=500)
    credit = blocks.CharBlock(label=_("Nguồn ảnh / tác giả ảnh"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Ảnh")
        template = "portal/blocks/image.html"


class MediaFileBlock(blocks.StructBlock):
    """An uploaded video or audio file with the text description TT32-18 requires."""

    kind = blocks.ChoiceBlock(label=_("Loại"), choices=[("video", _("Video")), ("audio", _("Âm thanh"))])
    file = DocumentChooserBlock(label=_("Tệp"))
    title = blocks.CharBlock(label=_("Tên"), max_length=255)
    transcript = blocks.TextBlock(
        label=_("Mô tả bằng văn bản"),
        help_text=_("Nội dung của video/âm thanh cho người không nghe, nhìn được."),
    )

    class Meta:
        icon = "media"
        label = _("Video / âm thanh")
        template = "portal/blocks/media.html"


class EmbeddedMediaBlock(blocks.StructBlock):
    embed = EmbedBlock(label=_("Địa chỉ video/âm thanh (YouTube, …)"))
    transcript = blocks.TextBlock(label=_("Mô tả bằng văn bản"), required=False)

    class Meta:
        icon = "media"
        label = _("Video nhúng")
        template = "portal/blocks/embed.html"


class AttachedDocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Tài liệu"))
    title = blocks.CharBlock(label=_("Tên hiển thị"), required=False, max_length=255)

    class Meta:
        icon = "doc-full"
        label = _("Tài liệu đính kèm")
        template = "portal/blocks/document.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(label=_("Đoạn văn"), features=RICH_TEXT_FEATURES)
    heading = HeadingBlock()
    image = CaptionedImageBlock()
    media = MediaFileBlock()
    embed = EmbeddedMediaBlock()
    document = AttachedDocumentBlock()
    table = TableBlock(label=_("Bảng"), template="portal/blocks/table.html")
    quote = blocks.BlockQuoteBlock(label=_("Trích dẫn"))

    class Meta:
        block_counts = {}

    def clean(self, value):
        """Refuse a block whose kind of content the regulation does not provide for (``content.media_types``:
        BK-3.1 lists text, audio, images, video and graphics; the national default text and images)."""
        value = super().clean(value)
        from cong.core.profiles import get_profile, option_label

        param = get_profile().param("content.media_types")
        allowed = set(param.value)
        errors = {}
        for index, child in enumerate(value):
            needs = _media_type(child)
            if needs and not needs & allowed:
                shown = ", ".join(option_label(kind) for kind in sorted(needs))
                errors[index] = ValidationError(
                    _("Quy chế (%(source)s) chỉ cho đăng nội dung dạng %(allowed)s; khối này là %(kind)s.")
                    % {
                        "source": param.source,
                        "allowed": ", ".join(option_label(kind) for kind in param.value),
                        "kind": shown,
                    }
                )
        if errors:
            raise blocks.StreamBlockValidationError(block_errors=errors)
        return value


def _media_type(child) -> set[str]:
    """The kinds of content (content.media_types) one body block carries; text blocks need none."""
    if child.block_type == "image":
        return {"images", "graphics"}
    if child.block_type == "media":
        return {child.value["kind"]}  # "video" or "audio"
    if child.block_type == "embed":
        return {"video", "audio"}
    return set()


def stream_plain_text(stream) -> str:
    """Plain text of a body stream, for the search index and excerpts."""
    parts: list[str] = []
    for child in stream or []:
        value = child.value
        kind = child.block_type
        if kind == "paragraph":
            parts.append(strip_tags(value.source))
        elif kind == "heading":
            parts.append(value["text"])
        elif kind == "image":
            parts.extend(filter(None, [value["caption"], value["credit"]]))
        elif kind in ("media", "embed"):
            parts.extend(filter(None, [value.get("title"), value.get("transcript")]))
        elif kind == "document":
            doc = value["document"]
            parts.append(value["title"] or (doc.title if doc else ""))
        elif kind == "table":
            if value.get("table_caption"):
                parts.append(value["table_caption"])
            for row in value.get("data") or []:
                parts.append(" ".join(str(cell) for cell in row if cell))
        elif kind == "quote":
            parts.append(str(value))
    return "\n".join(p.strip() for p in parts if p and p.strip())
