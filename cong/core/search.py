"""Search words (từ khóa) as readers type them: folded for matching with or without diacritics, and the
matched words marked in titles and excerpts. Every search of the portal (site search, legal documents,
questions and answers, the API) parses its query here, so "thu tuc" finds "thủ tục" the same way everywhere.

Vietnamese words are mostly two or three syllables, and without diacritics single syllables collide
(thu ↔ thủ, thứ, thú…). A query of several syllables is therefore first a **phrase**: the syllables in
the order typed, next to each other (``SearchQuery.phrase``). Highlighting follows the same rule
(``Marker``): where the phrase occurs in an item, only the phrase is marked, never a lone syllable
elsewhere ("thu tuc" marks «thủ tục», not «thứ» in «xếp thứ 19»); only an item without the phrase has its
separate words marked, and then whole words only.
"""

import re
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from .text import fold, has_diacritics, nfc, words

MAX_QUERY_CHARS = 200
MAX_TERMS = 12
EXCERPT_CHARS = 240

# Between the folded words and the words as written in an index column (``index_words``): no phrase
# crosses it, because it is not a word character.
EXACT_SEPARATOR = "|"


def search_terms(text: str) -> list[str]:
    """The words searched for: folded (no diacritics, lower case), each once, at most ``MAX_TERMS``."""
    return list(dict.fromkeys(words(fold(text))))[:MAX_TERMS]


def index_words(*parts: str) -> str:
    """The text an item is searched by, for ``LIKE`` in any database: " folded words | words as written ".

    The folded words come first, each spaced (" thu tuc hanh chinh "), so " term" finds the words that
    begin with a term, " term " a whole word and " thu tuc " the phrase. Then, when the text has diacritics,
    the same words in lower case as written (" thủ tục hành chính "), so a query typed with diacritics can
    rank the items that contain it exactly first. A folded term (ASCII) never matches in the second part
    where it would not in the first.
    """
    text = nfc(" ".join(p for p in parts if p))
    folded = " ".join(words(fold(text)))
    written = " ".join(words(text.lower()))
    if written == folded:
        return f" {folded} "
    return f" {folded} {EXACT_SEPARATOR} {written} "


class QueryError(ValueError):
    """The query cannot be searched; the message is shown to the reader."""


@dataclass
class SearchQuery:
    text: str
    terms: list[str]  # folded words, each once
    exact: bool  # typed with diacritics
    phrase: list[str] = field(default_factory=list)  # folded words in the order typed
    written: list[str] = field(default_factory=list)  # the words as typed, lower case

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
        written = words(text.lower())[: MAX_TERMS * 2]
        return cls(
            text=text,
            terms=terms,
            exact=has_diacritics(text),
            phrase=[fold(w) for w in written],
            written=written,
        )

    @property
    def is_phrase(self) -> bool:
        return len(self.phrase) > 1


def _term_pattern(terms: list[str]) -> re.Pattern:
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _phrase_pattern(phrase: list[str]) -> re.Pattern:
    """The syllables in order, separated by anything that is not a letter or digit ("1347/QĐ-UBND")."""
    return re.compile(r"(?<!\w)" + r"\W+".join(re.escape(w) for w in phrase) + r"(?!\w)")


class Marker:
    """What to mark in one item's title and text for a query — the highlighting rule.

    1. A query of several syllables whose phrase occurs in the item (title or text, folded): only the
       phrase is marked; when the query was typed with diacritics and the item has it exactly as typed,
       only those exact occurrences.
    2. Otherwise each whole word that matches a folded query word (never a part of a word); with a query
       typed with diacritics, a word that occurs as typed in the item is marked only where it does.
    """

    def __init__(self, query: "SearchQuery | list[str]", *texts: str):
        if not isinstance(query, SearchQuery):  # a list of folded terms (older callers)
            self.pattern, self.exact = _term_pattern(list(query)), False
            return
        item = " \n ".join(nfc(t) for t in texts)
        folded, lowered = fold(item), item.lower()
        self.exact = False
        if query.is_phrase and _phrase_pattern(query.phrase).search(folded):
            exact = _phrase_pattern(query.written)
            if query.exact and exact.search(lowered):
                self.pattern, self.exact = exact, True
            else:
                self.pattern = _phrase_pattern(query.phrase)
            return
        if query.exact:
            present = {w for w in query.written if _term_pattern([w]).search(lowered)}
            exact_words = sorted(present)
            folded_words = [t for t in query.terms if t not in {fold(w) for w in present}]
            self.pattern = _term_pattern(folded_words) if folded_words else None
            self.exact_pattern = _term_pattern(exact_words) if exact_words else None
            self.exact = "mixed"
            return
        self.pattern = _term_pattern(query.terms)

    def spans(self, text: str):
        """(start, end) of each mark in ``text`` (NFC)."""
        if self.exact == "mixed":
            found = []
            if self.exact_pattern is not None:
                found += [m.span() for m in self.exact_pattern.finditer(text.lower())]
            if self.pattern is not None:
                found += [m.span() for m in self.pattern.finditer(fold(text))]
            return sorted(found)
        if self.pattern is None:
            return []
        haystack = text.lower() if self.exact else fold(text)
        return [m.span() for m in self.pattern.finditer(haystack)]

    def highlight(self, text: str) -> SafeString:
        text = nfc(text)
        out, last = [], 0
        for start, end in self.spans(text):
            if start < last:
                continue
            out.append(escape(text[last:start]))
            out.append(f"<mark>{escape(text[start:end])}</mark>")
            last = end
        out.append(escape(text[last:]))
        return mark_safe("".join(out))  # noqa: S308 — every piece above is escaped

    def excerpt(self, text: str, size: int = EXCERPT_CHARS) -> SafeString:
        text = " ".join(nfc(text).split())
        if not text:
            return mark_safe("")
        spans = self.spans(text)
        start = 0
        if spans and spans[0][0] > size // 3:
            start = text.rfind(" ", 0, spans[0][0] - size // 3) + 1
        end = min(len(text), start + size)
        if end < len(text):
            space = text.rfind(" ", start, end)
            end = space if space > start else end
        passage = text[start:end]
        prefix = "… " if start > 0 else ""
        suffix = " …" if end < len(text) else ""
        return mark_safe(escape(prefix) + self.highlight(passage) + escape(suffix))  # noqa: S308


def highlight(text: str, terms) -> SafeString:
    """Escape ``text`` and mark the matches of ``terms`` (folded words, or a ``SearchQuery`` — then the
    phrase rule of ``Marker`` applies to this text alone)."""
    return Marker(terms, text).highlight(text)


def excerpt(text: str, terms, size: int = EXCERPT_CHARS) -> SafeString:
    """A passage of ``text`` around the first match, with matches marked (see ``highlight``)."""
    return Marker(terms, text).excerpt(text, size)
