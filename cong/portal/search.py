"""One site search (tìm kiếm) over the portal's pages and the public registers — legal documents, the
gazette, drafts for comment, published answers, petitions — with or without diacritics.

Matching and relevance come from Wagtail's search backend (modelsearch), one index for all: pages are
indexed with a folded copy of their title and text (``ContentPage.folded_title`` / ``folded_text``), the
registers' records with a folded copy of theirs (``search_fields`` on each model). The query is folded
the same way, so "thu tuc hanh chinh" finds "thủ tục hành chính", "dan" finds "dân", "đ" folds to "d",
and "307/2010" finds the document numbered 307/2010/NĐ-CP. When the query itself carries diacritics, items
containing it exactly as typed move ahead of those that only match once folded. Excerpts are cut from
each item's plain text and the matched words are marked.

Only public items are searched: live public pages, and each register's ``public_items`` (published, not
withdrawn). The provincial portal searches every member portal too and can be narrowed to one portal
(BK-7.2.a); a member portal searches its own pages and the province's registers.
"""

from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.utils.translation import gettext as _
from wagtail.models import Page, Site
from wagtail.search.backends import get_search_backend

from cong.core.search import SearchQuery
from cong.core.text import words

from .models import ContentPage
from .registers import PublicRegister, listed_registers

MAX_CANDIDATES = 500


PAGES = "trang"  # the kind filter's value for the portal's own pages (articles, sections, intro pages…)


def pages_label() -> str:
    return _("Tin, bài và trang")


@dataclass
class Hit:
    """One search result before it is shown: the record, its kind, and how well it matched."""

    kind: str  # PAGES or a register's code
    obj: Any  # a ContentPage, or a register's record
    title: str
    text: str  # plain text the excerpt is cut from
    relevance: float  # higher is better, comparable across kinds (one index, one scoring)
    exact: bool = False  # contains the query exactly as typed (with its diacritics)
    register: PublicRegister | None = None


def _relevance(score) -> float:
    """The backend's score with "higher is better": SQLite's FTS5 rank (bm25) is lower the better."""
    if score is None:
        return 0.0
    return -score if connection.vendor == "sqlite" else score


def rank(hits: list[Hit], query: SearchQuery) -> list[Hit]:
    """Exact matches first (when the query was typed with diacritics), then by relevance; sorted() is
    stable, so ties keep the backend's order."""
    if query.exact:
        wanted = [w.lower() for w in words(query.text)]
        for hit in hits:
            haystack = f"{hit.title}\n{hit.text}".lower()
            hit.exact = all(w in haystack for w in wanted)
    hits.sort(key=lambda hit: (not hit.exact, -hit.relevance))
    return hits


def search_pages(query: SearchQuery, root_page) -> list[Hit]:
    """Live public pages under ``root_page`` matching every term, best first (at most MAX_CANDIDATES)."""
    results = (
        ContentPage.objects.live()
        .public()
        .descendant_of(root_page, inclusive=True)
        .search(" ".join(query.terms), operator="and")
        .annotate_score("_score")[:MAX_CANDIDATES]
    )
    hits = [
        Hit(PAGES, page, page.title, page.search_text, _relevance(getattr(page, "_score", None)))
        for page in results
    ]
    return rank(hits, query)


def search_register(query: SearchQuery, entry: PublicRegister) -> list[Hit]:
    """Public items of one register matching every term, best first (at most MAX_CANDIDATES)."""
    queryset = entry.public_items()
    if entry.search_only:
        queryset = queryset.only(*entry.search_only)
    results = (
        get_search_backend()
        .search(" ".join(query.terms), queryset, operator="and")
        .annotate_score("_score")[:MAX_CANDIDATES]
    )
    hits = []
    for item in results:
        described = entry.describe(item)
        relevance = _relevance(getattr(item, "_score", None))
        hits.append(Hit(entry.code, item, described.title, described.text, relevance, register=entry))
    return rank(hits, query)


@dataclass
class Results:
    hits: list[Hit]  # of the chosen kind, best first
    counts: dict[str, int]  # hits of each kind, for the kind filter


def search_everything(
    query: SearchQuery, site: Site, *, kind: str = "", portal: Site | None = None
) -> Results:
    """Search ``site``'s pages (every portal's from the provincial portal, or only ``portal``'s) and the
    public registers (not when narrowed to a member portal). Every kind is searched so the filter can
    show how many hits each has; ``kind`` then keeps one of them."""
    if not site.is_default_site:
        portal = None  # a member portal searches only itself (and the province's registers)
    root = portal.root_page if portal is not None else search_root(site)
    by_kind: dict[str, list[Hit]] = {PAGES: search_pages(query, root)}
    if portal is None or portal.is_default_site:
        for entry in listed_registers():
            by_kind[entry.code] = search_register(query, entry)
    counts = {code: len(hits) for code, hits in by_kind.items()}
    chosen = by_kind.get(kind, []) if kind else [hit for hits in by_kind.values() for hit in hits]
    return Results(hits=rank(chosen, query), counts=counts)


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
