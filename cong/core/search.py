"""Search words (từ khóa) as readers type them: folded for matching with or without diacritics, and the
matched words marked in titles and excerpts. Every search of the portal (site search, legal documents,
questions and answers, the API) parses its query here, so "thu tuc" finds "thủ tục" the same way everywhere.
"""

import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from .text import fold, has_diacritics, nfc, words

MAX_QUERY_CHARS = 200
MAX_TERMS = 12
EXCERPT_CHARS = 240


def search_terms(text: str) -> list[str]:
    """The words searched for: folded (no diacritics, lower case), each once, at most ``MAX_TERMS``."""
    return list(dict.fromkeys(words(fold(text))))[:MAX_TERMS]


class QueryError(ValueError):
    """The query cannot be searched; the message is shown to the reader."""


@dataclass
class SearchQuery:
    text: str
    terms: list[str]  # folded words
    exact: bool  # typed with diacritics

    @classmethod
    def parse(cls, raw: str | None) -> "SearchQuery":
        text = " ".join(nfc(raw or "").split())
        if not text:
            raise QueryError(_("Hãy nhập từ khóa cần tìm."))
        if len(text) > MAX_QUERY_CHARS:
            raise QueryError(
                _("Từ khóa quá dài (%(length)d ký tự). Hãy nhập tối đa %(limit)d ký tự.")
                % {"length": len(text), "limit": MAX_QUERY_CHARS}
            )
        terms = search_terms(text)
        if not terms:
            raise QueryError(_("Từ khóa cần có ít nhất một chữ cái hoặc chữ số."))
        return cls(text=text, terms=terms, exact=has_diacritics(text))


def _term_pattern(terms: list[str]) -> re.Pattern:
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def highlight(text: str, terms: list[str]) -> SafeString:
    """Escape ``text`` and wrap each word matching a folded term in <mark>."""
    text = nfc(text)
    folded = fold(text)  # same length as text, so positions carry over
    out, last = [], 0
    for match in _term_pattern(terms).finditer(folded):
        out.append(escape(text[last : match.start()]))
        out.append(f"<mark>{escape(text[match.start() : match.end()])}</mark>")
        last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out))  # noqa: S308 — every piece above is escaped


def excerpt(text: str, terms: list[str], size: int = EXCERPT_CHARS) -> SafeString:
    """A passage of ``text`` around the first matched word, with matches marked."""
    text = " ".join(nfc(text).split())
    if not text:
        return mark_safe("")
    match = _term_pattern(terms).search(fold(text))
    start = 0
    if match and match.start() > size // 3:
        start = text.rfind(" ", 0, match.start() - size // 3) + 1
    end = min(len(text), start + size)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    passage = text[start:end]
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(escape(prefix) + highlight(passage, terms) + escape(suffix))  # noqa: S308
