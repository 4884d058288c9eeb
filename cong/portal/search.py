"""One site search (tìm kiếm) over the portal's pages and the public registers — legal documents, the
gazette, drafts for comment, published answers, petitions, the registers of issues 14/15 — with or
without diacritics, ranked in the database, the same on SQLite and PostgreSQL.

Every item carries its searchable words in one column written by ``cong.core.search.index_words``:
" folded words | words as written " (pages: ``ContentPage.search_words`` and ``search_title_words``;
registers: ``PublicRegister.search_column``, usually ``search_folded``). A query matches an item when each
of its folded words is a word of the item (``LIKE '% term %'``; the last one may begin a word, ``LIKE
'% term%'``, as it may still be being typed), and the item's **tier** is computed in
the same SQL with ``CASE`` (lower is better):

====  ========================================================================================
0     the document whose number is the query ("1347/QĐ-UBND", "1347 qd ubnd", "43/2011")
1     the phrase — the query's syllables in order, next to each other — in the title (pages)
2     the phrase anywhere
3     every query word, whole, in the title (pages)
4     every query word, whole, anywhere, in any order
5     the last query word only begins a word (being typed: "chinh sa")
====  ========================================================================================

Within a tier, an item that contains the query exactly as typed with its diacritics comes first (when the
query has diacritics: the phrase as typed, then every word as typed), then the newer before the older
(pages by their publication date, each register by its ``date_field``), then the higher id. Nothing
depends on a backend's scoring, so both databases give the same order.

One query per kind (the pages, each listed register) returns the best ``limit`` rows of that kind with
their tier and the number of matches of the kind (a window ``COUNT(*) OVER ()``); the kinds' rows, already
in order, are merged in Python (at most ``limit`` each), and only the items of the page shown are loaded.

Only public items are searched: live public pages, and each register's ``public_items`` (published, not
withdrawn). The provincial portal searches every member portal too and can be narrowed to one portal
(BK-7.2.a); a member portal searches its own pages and the province's registers.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from functools import reduce
from operator import and_
from typing import Any

from django.db.models import Case, Count, F, IntegerField, Q, QuerySet, Value, When, Window
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from cong.core.search import SearchQuery

from .models import ContentPage
from .registers import PublicRegister, listed_registers

MAX_RESULTS = 500  # the most hits of one kind a reader can page through (the count shows them all)

PAGES = "trang"  # the kind filter's value for the portal's own pages (articles, sections, intro pages…)

# Tiers, lower is better (the module's docstring).
NUMBER, PHRASE_TITLE, PHRASE, WORDS_TITLE, WORDS, PREFIX = range(6)


def pages_label() -> str:
    return _("Tin, bài và trang")


@dataclass
class Hit:
    """One search result before it is shown: the record, its kind, and how well it matched."""

    kind: str  # PAGES or a register's code
    obj: Any  # a ContentPage, or a register's record
    title: str
    text: str  # plain text the excerpt is cut from
    tier: int = PREFIX
    exact: int = 0  # 2: the phrase as typed with its diacritics, 1: every word as typed
    register: PublicRegister | None = None


@dataclass(order=True)
class Row:
    """One ranked match before its item is loaded; ordered as the results are shown."""

    tier: int
    inexact: int  # -exact
    age: float  # -timestamp of the date (newest first); inf when undated
    kind_order: int
    newer_id: int  # -pk
    kind: str = field(compare=False)
    pk: Any = field(compare=False)


def _has_words(column: str, words: list[str]) -> Q:
    """Every word whole in ``column`` (" word ")."""
    return reduce(and_, (Q(**{f"{column}__contains": f" {word} "}) for word in words))


def _ranked(
    queryset: QuerySet,
    query: SearchQuery,
    *,
    column: str,
    date_field: str,
    limit: int,
    title_column: str = "",
    number=None,
) -> QuerySet:
    """``queryset`` narrowed to the query's matches, with ``tier``, ``exact`` and ``matches`` (the count of
    all matches), best first, at most ``limit`` rows of values."""
    # Whole words, except the last one, which may be a word being typed ("chinh sa"): a prefix on every
    # word would let "thu" match «thực», «thuộc», «thương»… and swamp the results.
    *whole, last = query.terms
    matching = reduce(and_, [Q(**{f"{column}__contains": f" {term} "}) for term in whole], Q())
    matching &= Q(**{f"{column}__contains": f" {last}"})
    phrase = " " + " ".join(query.phrase) + " "
    whens = []
    if number is not None:
        matching |= number
        whens.append(When(number, then=Value(NUMBER)))
    if title_column:
        whens.append(When(Q(**{f"{title_column}__contains": phrase}), then=Value(PHRASE_TITLE)))
    whens.append(When(Q(**{f"{column}__contains": phrase}), then=Value(PHRASE)))
    if title_column:
        whens.append(When(_has_words(title_column, query.terms), then=Value(WORDS_TITLE)))
    whens.append(When(_has_words(column, query.terms), then=Value(WORDS)))
    tier = Case(*whens, default=Value(PREFIX), output_field=IntegerField())
    if query.exact:
        exact = Case(
            When(Q(**{f"{column}__contains": " " + " ".join(query.written) + " "}), then=Value(2)),
            When(_has_words(column, query.written), then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        )
    else:
        exact = Value(0, output_field=IntegerField())
    return (
        queryset.filter(matching)
        .annotate(tier=tier, exact=exact, matches=Window(Count("pk")), ranked_on=F(date_field))
        .order_by("tier", "-exact", F("ranked_on").desc(nulls_last=True), "-pk")
        .values("pk", "tier", "exact", "ranked_on", "matches")[:limit]
    )


def _timestamp(value) -> float:
    if value is None:
        return float("-inf")
    if not isinstance(value, datetime.datetime):
        value = datetime.datetime.combine(value, datetime.time.min)
    if timezone.is_naive(value):
        value = timezone.make_aware(value, datetime.UTC)
    return value.timestamp()


def _rows(values, kind: str, kind_order: int) -> tuple[list[Row], int]:
    rows, total = [], 0
    for value in values:
        total = value["matches"]
        rows.append(
            Row(value["tier"], -value["exact"], -_timestamp(value["ranked_on"]), kind_order, -value["pk"],
                kind, value["pk"])
        )  # fmt: skip
    return rows, total


def page_rows(query: SearchQuery, root_page, limit: int = MAX_RESULTS) -> tuple[list[Row], int]:
    """Live public pages under ``root_page`` matching the query, best first: (rows, number of matches)."""
    pages = ContentPage.objects.live().public().descendant_of(root_page, inclusive=True)
    values = _ranked(
        pages, query, column="search_words", title_column="search_title_words", date_field="search_date",
        limit=limit,
    )  # fmt: skip
    return _rows(values, PAGES, 0)


def register_rows(
    query: SearchQuery, entry: PublicRegister, limit: int = MAX_RESULTS
) -> tuple[list[Row], int]:
    """Public items of one register matching the query, best first: (rows, number of matches)."""
    values = _ranked(
        entry.public_items(),
        query,
        column=entry.search_column,
        date_field=entry.date_field or entry.lastmod_field,
        limit=limit,
        number=entry.number_match(query.text) if entry.number_match else None,
    )
    return _rows(values, entry.code, entry.order)


def load_hits(rows: list[Row], registers: dict[str, PublicRegister]) -> list[Hit]:
    """The items of ``rows`` in their order: one query for the pages, one per register present."""
    by_kind: dict[str, list] = {}
    for row in rows:
        by_kind.setdefault(row.kind, []).append(row.pk)
    loaded: dict[tuple[str, Any], Hit] = {}
    for kind, pks in by_kind.items():
        if kind == PAGES:
            for page in ContentPage.objects.filter(pk__in=pks).only("id", "path", "title", "search_text"):
                loaded[kind, page.pk] = Hit(PAGES, page, page.title, page.search_text)
            continue
        entry = registers[kind]
        items = entry.public_items().filter(pk__in=pks)
        if entry.search_only:
            items = items.only(*entry.search_only)
        for item in items:
            described = entry.describe(item)
            loaded[kind, item.pk] = Hit(kind, item, described.title, described.text, register=entry)
    hits = []
    for row in rows:
        hit = loaded.get((row.kind, row.pk))
        if hit is not None:  # withdrawn between the two queries
            hit.tier, hit.exact = row.tier, -row.inexact
            hits.append(hit)
    return hits


def search_pages(query: SearchQuery, root_page, limit: int = MAX_RESULTS) -> list[Hit]:
    """Live public pages under ``root_page`` matching the query, best first, loaded."""
    return load_hits(page_rows(query, root_page, limit)[0], {})


def search_register(query: SearchQuery, entry: PublicRegister, limit: int = MAX_RESULTS) -> list[Hit]:
    """Public items of one register matching the query, best first, loaded."""
    return load_hits(register_rows(query, entry, limit)[0], {entry.code: entry})


class RankedHits:
    """The hits of one search in order, for the paginator: its length is the number of matches (at most
    ``MAX_RESULTS`` a kind), and a slice loads only the items it holds."""

    def __init__(self, rows: list[Row], total: int, registers: dict[str, PublicRegister]):
        self.rows, self.total, self.registers = rows, total, registers

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, index):
        if isinstance(index, slice):
            return load_hits(self.rows[index], self.registers)
        return load_hits([self.rows[index]], self.registers)[0]


@dataclass
class Results:
    hits: RankedHits  # of the chosen kind, best first
    counts: dict[str, int]  # matches of each kind, for the kind filter


def search_everything(
    query: SearchQuery, site: Site, *, kind: str = "", portal: Site | None = None, limit: int = MAX_RESULTS
) -> Results:
    """Search ``site``'s pages (every portal's from the provincial portal, or only ``portal``'s) and the
    public registers (not when narrowed to a member portal). Every kind is searched so the filter can
    show how many hits each has; ``kind`` then keeps one of them. ``limit``: how many of the best hits
    the page shown needs (its number × the page size); more are counted, not fetched."""
    limit = max(1, min(limit, MAX_RESULTS))
    if not site.is_default_site:
        portal = None  # a member portal searches only itself (and the province's registers)
    root = portal.root_page if portal is not None else search_root(site)
    rows, total = page_rows(query, root, limit)
    by_kind: dict[str, list[Row]] = {PAGES: rows}
    counts = {PAGES: total}
    registers = {}
    if portal is None or portal.is_default_site:
        for entry in listed_registers():
            registers[entry.code] = entry
            by_kind[entry.code], counts[entry.code] = register_rows(query, entry, limit)
    if kind:
        chosen, total = by_kind.get(kind, []), min(counts.get(kind, 0), MAX_RESULTS)
    else:
        chosen = sorted(row for rows in by_kind.values() for row in rows)
        total = sum(min(count, MAX_RESULTS) for count in counts.values())
    return Results(hits=RankedHits(chosen, total, registers), counts=counts)


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
