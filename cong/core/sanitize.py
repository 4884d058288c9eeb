"""Rich text from the public (comments, questions, petitions) made safe to show (ST-17.4).

    from cong.core.sanitize import clean_html
    safe = clean_html(text)        # str: allowed tags only, NFC, links rel="nofollow noopener noreferrer"

Only simple formatting survives: paragraphs, line breaks, bold, italic, underline, lists, quotes and
http(s)/mailto links. Scripts, styles, event handlers, frames, forms, SVG/MathML and every other URL
scheme (javascript:, data:, vbscript:) are removed; the text inside <script>/<style> is dropped.
"""

from __future__ import annotations

import nh3

from .text import nfc

ALLOWED_TAGS = {"p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "blockquote", "a"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"http", "https", "mailto"}


def clean_html(text: str | None) -> str:
    """Sanitise HTML written by a member of the public; ``None`` or empty gives ""."""
    if not text:
        return ""
    return nh3.clean(
        nfc(str(text)),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow noopener noreferrer",
        clean_content_tags={
            "script",
            "style",
            "template",
            "noscript",
            "textarea",
            "title",
            "xmp",
            "iframe",
            "noembed",
            "noframes",
            "plaintext",
        },
        strip_comments=True,
    )
