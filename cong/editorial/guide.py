"""Hướng dẫn biên tập: the editors' guide in Vietnamese (issue 16), the admin's «Hướng dẫn» link.

The guide is a Markdown file shipped with the package (``templates/editorial/huong-dan/bien-tap.md``,
``docs/huong-dan/bien-tap.md`` links to it) and shown inside the admin at /quan-tri/huong-dan/, so it needs
no documentation server. Only the Markdown the guide uses is understood: headings, lists, paragraphs,
``**bold**``, `` `code` `` and pictures on a line of their own (``![what it shows](anh/1-viet-tin.png)``,
static files under ``static/editorial/huong-dan/``, which the end-to-end journeys take: cong/e2e/guide.py)."""

from __future__ import annotations

import re
from pathlib import Path

from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.utils.html import escape
from django.utils.safestring import mark_safe

GUIDE = Path(__file__).resolve().parent / "templates" / "editorial" / "huong-dan" / "bien-tap.md"


def _inline(text: str) -> str:
    text = escape(text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    return re.sub(r"`(.+?)`", r"<code>\1</code>", text)


def markdown_to_html(source: str) -> tuple[str, str]:
    """(title, HTML body) of a guide written in the subset of Markdown above."""
    title, html, paragraph, list_tag = "", [], [], None

    def flush():
        nonlocal paragraph, list_tag
        if paragraph:
            html.append(f"<p>{_inline(' '.join(paragraph))}</p>")
            paragraph = []
        if list_tag:
            html.append(f"</{list_tag}>")
            list_tag = None

    for line in source.splitlines():
        stripped = line.strip()
        heading = re.match(r"(#{1,4}) (.+)", stripped)
        picture = re.fullmatch(r"!\[(.+?)\]\((anh/[\w-]+\.png)\)", stripped)
        item = re.match(r"(?:([-*])|\d+\.) (.+)", stripped)
        if not stripped:
            flush()
        elif picture:
            flush()
            alt, src = escape(picture.group(1)), static(f"editorial/huong-dan/{picture.group(2)}")
            html.append(
                f'<figure><img src="{src}" alt="{alt}" loading="lazy"><figcaption>{alt}</figcaption></figure>'
            )
        elif heading:
            flush()
            level = len(heading.group(1))
            if level == 1 and not title:
                title = heading.group(2)
            else:
                html.append(f"<h{level}>{_inline(heading.group(2))}</h{level}>")
        elif item:
            if paragraph:
                html.append(f"<p>{_inline(' '.join(paragraph))}</p>")
                paragraph = []
            tag = "ul" if item.group(1) else "ol"
            if list_tag != tag:
                if list_tag:
                    html.append(f"</{list_tag}>")
                html.append(f"<{tag}>")
                list_tag = tag
            html.append(f"<li>{_inline(item.group(2))}</li>")
        elif list_tag and line.startswith("  "):
            html[-1] = html[-1].removesuffix("</li>") + " " + _inline(stripped) + "</li>"
        else:
            if list_tag:
                html.append(f"</{list_tag}>")
                list_tag = None
            paragraph.append(stripped)
    flush()
    return title, "\n".join(html)


def guide_view(request):
    title, body = markdown_to_html(GUIDE.read_text(encoding="utf-8"))
    return TemplateResponse(
        request, "editorial/guide.html", {"page_title": title, "header_title": title, "body": mark_safe(body)}
    )
