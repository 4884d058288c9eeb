"""Search across a portal's pages, with or without diacritics.

Matching and relevance come from Wagtail's search backend over a folded copy of each page's text
(``ContentPage.folded_title`` / ``folded_text``): "thu tuc hanh chinh" finds "thủ tục hành chính", "dan"
finds "dân", "đ" folds to "d". When the query itself carries diacritics, pages containing it exactly as
typed move ahead of those that only match once folded. Excerpts are cut from the page's stored plain
text and the matched words are marked.
"""

import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from cong.core.text import fold, has_diacritics, nfc, words

from .models import ContentPage

MAX_QUERY_CHARS = 200
MAX_TERMS = 12
MAX_CANDIDATES = 500
EXCERPT_CHARS = 240


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
        terms = list(dict.fromkeys(words(fold(text))))[:MAX_TERMS]
        if not terms:
            raise QueryError(_("Từ khóa cần có ít nhất một chữ cái hoặc chữ số."))
        return cls(text=text, terms=terms, exact=has_diacritics(text))


def search_pages(query: SearchQuery, root_page) -> list[ContentPage]:
    """Live pages under ``root_page`` matching every term, best first (at most MAX_CANDIDATES)."""
    candidates = list(
        ContentPage.objects.live()
        .public()
        .descendant_of(root_page, inclusive=True)
        .search(" ".join(query.terms), operator="and")[:MAX_CANDIDATES]
    )
    if query.exact:
        wanted = [w.lower() for w in words(query.text)]

        def is_exact(page):
            haystack = f"{page.title}\n{page.search_text}".lower()
            return all(w in haystack for w in wanted)

        # sorted() is stable: within each group the backend's relevance order stays.
        candidates.sort(key=lambda page: not is_exact(page))
    return candidates


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


def search_root(site: Site) -> Page:
    """The provincial portal (the default site) searches every member portal too; a member portal
    searches itself."""
    return Page.get_first_root_node() if site.is_default_site else site.root_page


def portal_names(paths) -> dict[str, str]:
    """Map each page path to the name of the portal (site) it belongs to — one query for all sites."""
    sites = sorted(
        Site.objects.select_related("root_page").only("site_name", "hostname", "root_page__path"),
        key=lambda s: -len(s.root_page.path),
    )
    names = {}
    for path in paths:
        for site in sites:
            if path.startswith(site.root_page.path):
                names[path] = site.site_name or site.hostname
                break
    return names
