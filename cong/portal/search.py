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
import decimal
import json
import math
import uuid
from dataclasses import dataclass, field
from typing import Any

from django.core.cache import cache
from django.db import connection
from django.db.models import (
    BooleanField,
    ExpressionWrapper,
    F,
)
from django.db.models.query import ModelIterable
from django.utils import timezone
from django.utils.dateparse import parse_datetime, parse_time
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from cong.core import fulltext
from cong.core.search import SearchQuery
from cong.core.text import fold

from .models import ContentPage
from .registers import PublicRegister, listed_registers

MAX_RESULTS = 500  # the most hits of one kind a reader can page through
# The pages' matches are counted up to this number (and one more, to know there are more), or up to the
# hits the page shown needs when it needs more: «Tìm thấy hơn 100 kết quả». Counting further costs a
# GIN bitmap of every match or a walk of cap / share pages (``_PageSQL._count_walk``): at 1,000,000 pages a
# common phrase cost 26–56 ms to count to 501 either way, ~10 ms to 101.
COUNTED = 100

PAGES = "trang"  # the kind filter's value for the portal's own pages (articles, sections, intro pages…)

# SQLite: a condition met by at least this share of the pages (and this many) is checked while walking
# the pages newest first; a rarer one is read from the FTS5 index (``_PageSQL._common``).
COMMON_SHARE = 0.02
COMMON_MIN = 500
# PostgreSQL: a word in fewer than this share of the pages (by the planner's statistics) is always read
# through the GIN index (``_PageSQL.select``): at 1,000,000 pages at most ~1,000 matches to sort.
RARE_SHARE = 0.001
# PostgreSQL: the cost of checking one row while walking the date index, over that of reading one match
# through the GIN index (``_PageSQL._common_share``).
WALK_TO_READ = 0.35
# PostgreSQL: the cost of checking one page while walking, over that of one match in the GIN index's bitmap
# when only counting (``_PageSQL._count_walk``).
COUNT_WALK_TO_READ = 20

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


def _timestamp(value) -> float:
    if value is None:
        return float("-inf")
    if not isinstance(value, datetime.datetime):
        value = datetime.datetime.combine(value, datetime.time.min)
    if timezone.is_naive(value):
        value = timezone.make_aware(value, datetime.UTC)
    return value.timestamp()


DOCUMENT_COUNTS_SECONDS = 600  # how long SQLite's per-word page counts are reused (they only steer plans)


def _document_counts(terms: list[str]) -> dict[str, int]:
    """SQLite: in how many pages each folded word is ('': the number of pages), from FTS5's vocabulary
    table; kept in the cache for a while, so a search usually spends no query on it."""
    keys = {f"cong:fts-docs:{term}": term for term in ["", *terms]}
    cached = cache.get_many(list(keys))
    if len(cached) == len(keys):
        return {keys[key]: value for key, value in cached.items()}
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT term, doc FROM {fulltext.FTS_VOCABULARY} WHERE term IN "
            f"({', '.join(['%s'] * len(terms))}) UNION ALL SELECT '', MAX(rowid) FROM {fulltext.FTS_TABLE}",
            terms,
        )
        counts = {term: 0 for term in ["", *terms]}
        counts.update({term: doc or 0 for term, doc in cursor.fetchall()})
    cache.set_many(
        {f"cong:fts-docs:{term}": value for term, value in counts.items()}, DOCUMENT_COUNTS_SECONDS
    )
    return counts


def _page_total() -> int:
    """PostgreSQL: about how many pages there are (the planner's count, ``pg_class.reltuples``; 0 before
    the first ``ANALYZE``), kept in the cache like the pairs' shares."""
    total = cache.get("cong:pg-pages")
    if total is None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT reltuples FROM pg_class WHERE oid = 'portal_contentpage'::regclass")
            row = cursor.fetchone()
        total = max(0, int(row[0])) if row else 0
        cache.set("cong:pg-pages", total, DOCUMENT_COUNTS_SECONDS)
    return total


def _pair_key(pair: str) -> str:
    return "cong:pg-pairs:" + pair.replace(" ", "_")  # no space in a cache key (memcached)


def _pair_frequencies(phrase: list[str]) -> dict[str, float]:
    """PostgreSQL: the share of pages that have each syllable pair of ``phrase`` (anywhere, and marked for
    the title) and each of its words (anywhere, and marked for the title), from the planner's statistics of ``search_vector`` (``pg_stats``: its most common
    elements, as ``ANALYZE`` sampled them); a pair not among them counts 0. Kept in the cache for a
    while like SQLite's word counts, so a search usually spends no query on it."""
    pairs = [f"{a} {b}" for a, b in zip(phrase, phrase[1:], strict=False)]
    words = list(dict.fromkeys(phrase))
    pairs += [f"{fulltext.TITLE_PAIR_MARK}{pair}" for pair in pairs] + words
    pairs += [f"{fulltext.TITLE_PAIR_MARK}{word}" for word in words]  # the title's words (portal 0010)
    keys = {_pair_key(pair): pair for pair in pairs}
    cached = cache.get_many(list(keys))
    if len(cached) == len(keys):
        return {keys[key]: value for key, value in cached.items()}
    frequencies = dict.fromkeys(pairs, 0.0)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT u.e, u.f FROM pg_stats s, unnest(s.most_common_elems::text::text[], "
            "s.most_common_elem_freqs) AS u(e, f) WHERE s.schemaname = current_schema() "
            "AND s.tablename = 'portal_contentpage' AND s.attname = 'search_vector' AND u.e = ANY(%s)",
            [pairs],
        )
        frequencies.update({pair: float(frequency) for pair, frequency in cursor.fetchall()})
    cache.set_many({_pair_key(pair): value for pair, value in frequencies.items()}, DOCUMENT_COUNTS_SECONDS)
    return frequencies


def _page_branches(query: SearchQuery) -> list[tuple[int, list[tuple[int, dict]]]]:
    """[(tier, [(exact, condition), …]), …] in the order the results are shown. A condition names the
    words, whether they form a phrase, whether only the title counts and whether the last word is a
    prefix; ``exact`` adds the diacritics as typed (2: the phrase as typed, 1: every word as typed).

    Each tier's condition is a superset of the tier itself (an item of tier 1 also meets tier 2's), so
    the best ``limit`` rows of each, deduplicated by their best (tier, exact), are the best ``limit``
    rows of the search — and no statement sorts more than its own ``LIMIT`` of rows."""
    terms, phrase = query.terms, query.phrase
    tiers = [
        (PHRASE_TITLE, {"words": phrase, "phrase": True, "title": True}),
        (PHRASE, {"words": phrase, "phrase": True, "title": False}),
        (WORDS_TITLE, {"words": terms, "phrase": False, "title": True}),
        (WORDS, {"words": terms, "phrase": False, "title": False}),
        (PREFIX, {"words": terms, "phrase": False, "title": False, "prefix_last": True}),
    ]
    seen, branches = set(), []
    for tier, condition in tiers:
        key = (tuple(condition["words"]) if condition["phrase"] else tuple(sorted(condition["words"])),
               condition["phrase"] and len(condition["words"]) > 1, condition["title"],
               condition.get("prefix_last", False))  # fmt: skip
        if key in seen:  # a one-word query: its phrase is its word
            continue
        seen.add(key)
        # With diacritics typed: a phrase tier orders the phrase as typed first (an item with the folded
        # phrase and every word as typed elsewhere is too rare to pay a branch for); a words tier orders
        # every word as typed first (the phrase as typed would have put the item in a phrase tier).
        if not query.exact:
            exacts = [0]
        elif condition["phrase"] and len(query.written) > 1:
            exacts = [2, 0]
        else:
            exacts = [1, 0] if len(query.written) > 1 else [2, 0]
        branches.append((tier, [(exact, condition) for exact in exacts]))
    return branches


class _PageSQL:
    """The statements of the pages' search on this database (PostgreSQL full text, SQLite FTS5)."""

    def __init__(self, query: SearchQuery, root_page):
        self.query = query
        self.vendor = connection.vendor
        # Not public (Wagtail's ``PageQuerySet.public``): under a page with a view restriction.
        where = [
            "p.live",
            "NOT EXISTS (SELECT 1 FROM wagtailcore_pageviewrestriction r JOIN wagtailcore_page rp "
            "ON rp.id = r.page_id WHERE p.path LIKE rp.path || '%%')",
        ]
        params: list = []
        if root_page is not None:  # None: the whole tree (the provincial portal searches every portal)
            where.append("p.path LIKE %s")
            params.append(root_page.path + "%")
        self.scope_sql, self.scope_params = " AND ".join(where), params
        self._documents = None  # SQLite: pages per word
        self._pairs = None  # PostgreSQL: share of pages per syllable pair
        self.limit = MAX_RESULTS  # PostgreSQL: how many rows the branch being written needs
        if self.vendor == "postgresql":
            self.order = "c.search_date DESC NULLS LAST, c.page_ptr_id DESC"
        else:
            self.order = "c.search_date DESC, c.page_ptr_id DESC"

    def match(self, words, *, phrase, title=False, prefix_last=False, exact=0) -> tuple[str, list]:
        if self.vendor == "postgresql":
            if phrase and len(words) > 1 and not prefix_last:
                query_sql, params = fulltext.phrase_tsquery_sql(words, title=title)
                if self._pairs_common(words, title=title):
                    # A common phrase: checked row by row while the date index is walked newest first
                    # (a function, not the operator, so neither the GIN index nor the estimate of every
                    # pair multiplied together — pairs of one phrase go together — sends it elsewhere).
                    if title:
                        return self._in_title([" ".join(words)])
                    return f"ts_match_vq(c.search_vector, {query_sql})", params
                # A rare phrase (or no statistics yet): the GIN index reads its rare pairs.
                return f"c.search_vector @@ {query_sql}", params
            if title:  # every word in the title (a one-word phrase is its word)
                query_sql, params = fulltext.title_words_tsquery_sql(words)
                if self._title_words_common(words):
                    # Every word common in the titles: walked by date; PostgreSQL would multiply the
                    # words' shares, which go together.
                    return self._in_title(words)
                # Otherwise its estimate from the title's marked words is good: the GIN index reads
                # exactly the titles with every word (no recheck of weights), or the date index.
                return f"c.search_vector @@ {query_sql}", params
            text = fulltext.tsquery(words, phrase=phrase, title=title, prefix_last=prefix_last)
            if exact and not phrase and not title and self._words_common(words, prefix_last=prefix_last):
                # Every word, common, and every word as typed: PostgreSQL multiplies the words' shares
                # (they go together, "chuyen", "doi", "so") and the ``strpos`` checks', judges the
                # branch rare and would sort every match; walked by date, the first page comes soon.
                return "ts_match_vq(c.search_vector, to_tsquery('simple'::regconfig, %s))", [text]
            if prefix_last and len(words) > 1 and self._rare(words[:-1]):
                # The last word being typed, after rare whole words ("4000 qd ubnd"): GIN reads a prefix by
                # first joining the lists of every lexeme that begins with it («ubnd», every pair "ubnd …»),
                # 45–95 ms at 1,000,000 pages although «4000» is in no page; the whole words are read from
                # the index and the prefix checked on their few pages.
                return (
                    "c.search_vector @@ to_tsquery('simple'::regconfig, %s) "
                    "AND ts_match_vq(c.search_vector, to_tsquery('simple'::regconfig, %s))",
                    [fulltext.tsquery(words[:-1], phrase=False), text],
                )
            return "c.search_vector @@ to_tsquery('simple'::regconfig, %s)", [text]
        raise NotImplementedError(self.vendor)  # SQLite: ``_sqlite_select`` and ``count``

    def _in_title(self, texts: list[str]) -> tuple[str, list]:
        """PostgreSQL, a title condition checked on each page walked: each of ``texts`` (a word, or a phrase
        of words) whole in the title's folded words, by ``strpos`` on ``search_title_words`` — the title's
        own short column, stored in the row — not by the full-text vector, which is the whole page's
        (~5 KB, kept out of the row): «đất đai»'s fifth page walked 5,000 pages for 60 titles, 23.6 ms
        with the vector, 3.3 ms so. The same rule: the title's words, a phrase as adjacent words."""
        return " AND ".join(["strpos(c.search_title_words, %s) > 0"] * len(texts)), [
            f" {text} " for text in texts
        ]

    def _rare(self, words) -> bool:
        """PostgreSQL: is the rarest of ``words`` in fewer than RARE_SHARE of the pages by the statistics
        (0 when they do not know it)?"""
        if self._pairs is None:
            self._pairs = _pair_frequencies(self.query.phrase)
        return min(self._pairs.get(word, 0.0) for word in words) < RARE_SHARE

    def _words_common(self, words, *, prefix_last) -> bool:
        """PostgreSQL: are all the (whole) words in at least COMMON_SHARE of the pages, by the statistics
        of the rarest of them?"""
        whole = words[:-1] if prefix_last else words
        if not whole:
            return False
        if self._pairs is None:
            self._pairs = _pair_frequencies(self.query.phrase)
        return min(self._pairs.get(word, 0.0) for word in whole) >= self._common_share()

    def _title_words_common(self, words) -> bool:
        """PostgreSQL: is every one of ``words`` in at least COMMON_SHARE of the titles, by the statistics
        of the title's marked words? Words common in titles mostly come together ("hanh chinh thu": 2.5 %
        of the titles at 1,000,000 pages, estimated 0.03 % as the product of the shares, then read from
        the index and sorted: 370 ms), so the branch walks the date index."""
        if self._pairs is None:
            self._pairs = _pair_frequencies(self.query.phrase)
        marked = [self._pairs.get(fulltext.TITLE_PAIR_MARK + word, 0.0) for word in words]
        return min(marked) >= self._common_share()

    def _pairs_common(self, words, *, title) -> bool:
        """PostgreSQL: is the phrase in at least COMMON_SHARE of the pages, by the planner's statistics of
        its rarest syllable pair (``_pair_frequencies``)? A pair not among the most common elements is
        rarer than every one of them."""
        mark = fulltext.TITLE_PAIR_MARK if title else ""
        pairs = [f"{mark}{a} {b}" for a, b in zip(words, words[1:], strict=False)]
        if self._pairs is None:
            self._pairs = _pair_frequencies(self.query.phrase)
        return min(self._pairs.get(pair, 0.0) for pair in pairs) >= self._common_share()

    def _common_share(self) -> float:
        """PostgreSQL: the share of pages above which walking the date index finds ``limit`` matches sooner
        than reading every match through the GIN index and sorting them. Walking reads ~limit / share
        rows, the index share × pages matches, each ~3 times the cost of a walked row (measured at
        1,000,000 pages: ~7 µs a walked row, ~20 µs a match read from the heap): they cost the same at
        √(0.35 × limit / pages) — 0.2 % of 1,000,000 pages for a page of 12 hits, 0.65 % of 100,000.
        A phrase in 0.9 % of 1,000,000 pages ("xã Nậm Ét") read through the index took 190–310 ms for
        its 8,800 matches; walked, 12 of them come in ~1,400 rows. Never above COMMON_SHARE."""
        pages = _page_total()
        if not pages:
            return COMMON_SHARE
        return min(COMMON_SHARE, math.sqrt(WALK_TO_READ * max(1, self.limit) / pages))

    def _common(self, words, *, phrase, title, prefix_last) -> bool:
        """SQLite: is the condition met by so many pages (COMMON_SHARE of them) that walking the pages
        newest first finds a page of hits sooner than reading every match? Estimated from how many pages
        have each word (FTS5's vocabulary table, read once per search): the rarest word, a tenth of it
        for a phrase of several words, a twentieth for the title only."""
        if self._documents is None:
            self._documents = _document_counts(self.query.terms)
        whole = words[:-1] if prefix_last else words
        if not whole:
            return True  # one word being typed: a prefix of something is common
        estimate = min(self._documents.get(word, 0) for word in whole)
        if phrase and len(words) > 1:
            estimate /= 10
        if title:
            estimate /= 20
        return estimate >= max(COMMON_MIN, (self._documents.get("") or 0) * COMMON_SHARE)

    def exact(self, level: int) -> tuple[str, list]:
        """The words as typed (lower case, diacritics) in ``search_words`` — checked only on rows the
        index already matched."""
        # strpos/instr, not LIKE: PostgreSQL estimates a LIKE '%…%' as very rare, and for several of
        # them would read every full-text match to sort them instead of walking the date index.
        find = (
            "strpos(c.search_words, %s) > 0"
            if self.vendor == "postgresql"
            else "instr(c.search_words, %s) > 0"
        )
        if level == 2:
            return find, [" " + " ".join(self.query.written) + " "]
        words = list(dict.fromkeys(self.query.written))
        return " AND ".join([find] * len(words)), [f" {w} " for w in words]

    def _sqlite_select(self, condition: dict, exact: int, limit: int, guard: str) -> tuple[str, list]:
        """SQLite: one branch, from FTS5. SQLite has no planner statistics for FTS5, so ``_common`` picks
        the plan from FTS5's word counts.

        A common condition walks the date index newest first and keeps the rows among the FTS5 matches,
        read once into a list (``+`` keeps SQLite from driving the loop from that list). A ``MATCH`` per
        row, as before, cost ~30 µs a row, a whole prefix merge a row for a word being typed, and
        seconds when the condition was rarer than estimated; the list costs one reading of the matches.

        A rare condition is read from FTS5 and its matches sorted, each match's date read from the
        ``(page_ptr_id, search_date)`` index (migration ``portal 0009``; the table's row has it past the
        long text columns). The words as typed are then checked on the sorted matches, newest first, and
        only until ``limit`` have them: each check reads the page's long ``search_words``."""
        text = fulltext.fts5_query(**condition)
        table = fulltext.FTS_TABLE
        exact_sql, exact_params = self.exact(exact) if exact else ("", [])
        # The guard in ``LIMIT``, which SQLite computes before reading anything (``LIMIT 0`` reads
        # nothing); in ``WHERE`` it was checked on every row read.
        limit_sql = f"CASE WHEN {guard} THEN {int(limit)} ELSE 0 END" if guard else str(int(limit))
        params = [text, *self.scope_params]
        if self._common(condition["words"], phrase=condition["phrase"], title=condition["title"],
                        prefix_last=condition.get("prefix_last", False)):  # fmt: skip
            sql = ("SELECT c.page_ptr_id, c.search_date FROM portal_contentpage c "
                   "JOIN wagtailcore_page p ON p.id = c.page_ptr_id "
                   f"WHERE +c.page_ptr_id IN (SELECT rowid FROM {table} WHERE {table} MATCH %s) "
                   f"AND {self.scope_sql}")  # fmt: skip
            if exact:
                sql += f" AND {exact_sql}"
            return f"{sql} ORDER BY {self.order} LIMIT {limit_sql}", [*params, *exact_params]
        matches = (f"SELECT c.page_ptr_id, c.search_date FROM {table} f CROSS JOIN wagtailcore_page p "
                   f"CROSS JOIN portal_contentpage c INDEXED BY {fulltext.SQLITE_DATE_INDEX} "
                   f"WHERE f.{table} MATCH %s AND p.id = f.rowid AND c.page_ptr_id = f.rowid "
                   f"AND {self.scope_sql} ORDER BY {self.order}")  # fmt: skip
        if not exact:
            return f"{matches} LIMIT {limit_sql}", params
        # ``LIMIT -1`` (none) keeps the sorted matches' order for the outer loop (SQLite ≥ 3.41 drops
        # the ORDER BY of a subquery without a LIMIT that a join reads).
        return (
            f"SELECT m.page_ptr_id, m.search_date FROM ({matches} LIMIT -1) AS m "
            f"CROSS JOIN portal_contentpage c ON c.page_ptr_id = m.page_ptr_id "
            f"WHERE {exact_sql} LIMIT {limit_sql}",
            [*params, *exact_params],
        )

    def select(self, condition: dict, exact: int, limit: int, guard: str = "") -> tuple[str, list]:
        """One branch: the newest ``limit`` pages meeting ``condition`` (and the words as typed, ``exact``).
        ``guard`` (SQLite): a condition on earlier branches that skips this one when false."""
        if self.vendor != "postgresql":
            return self._sqlite_select(condition, exact, limit, guard)
        self.limit = limit
        match_sql, params = self.match(**condition, exact=exact)
        sql = (
            "SELECT c.page_ptr_id, c.search_date FROM portal_contentpage c "
            "JOIN wagtailcore_page p ON p.id = c.page_ptr_id "
            f"WHERE {self.scope_sql} AND {match_sql}"
        )
        params = [*self.scope_params, *params]
        if (
            exact
            and match_sql.startswith("c.search_vector @@ ")
            and (condition["phrase"] or condition["title"])
        ):
            # A phrase or the title's words read through the GIN index (rare by the statistics), with the
            # words as typed: the matches are sorted by date first, then the page's long ``search_words``
            # is read for the ``strpos`` checks only until ``limit`` have them, as on SQLite. Checked
            # on every match before the sort, «xã Nậm Ét»'s 760 titles cost 26 ms at 1,000,000 pages.
            exact_sql, exact_params = self.exact(exact)
            return (
                f"SELECT m.page_ptr_id, m.search_date FROM ({sql} ORDER BY {self.order} OFFSET 0) AS m "
                f"JOIN portal_contentpage c ON c.page_ptr_id = m.page_ptr_id WHERE {exact_sql} "
                f"ORDER BY m.search_date DESC NULLS LAST, m.page_ptr_id DESC LIMIT {int(limit)}",
                [*params, *exact_params],
            )
        if exact:
            exact_sql, exact_params = self.exact(exact)
            sql += f" AND {exact_sql}"
            params += exact_params
        order = self.order
        if self._words_rare(condition):
            # A word the statistics call rare, or do not know (no page has it: "chinh sa" — «sa» is in no
            # page as a word), is read through the GIN index and its few matches sorted. PostgreSQL's
            # estimate for a word missing from its statistics can be hundreds of rows; it then walked the
            # date index looking for them and read all 1,000,000 pages (6 s). Ordering by an expression
            # of the date (same order) leaves it no index to walk.
            order = "c.search_date + interval '0 seconds' DESC NULLS LAST, c.page_ptr_id DESC"
        return f"{sql} ORDER BY {order} LIMIT {int(limit)}", params

    def _words_rare(self, condition: dict) -> bool:
        """PostgreSQL: the "every word" branches (not a phrase, not the title) whose rarest whole word is
        in fewer than RARE_SHARE of the pages by the statistics (0 when it is not among them)."""
        if condition.get("phrase") or condition.get("title"):
            return False
        words = condition["words"]
        whole = words[:-1] if condition.get("prefix_last") else words
        if not whole:
            return False
        if self._pairs is None:
            self._pairs = _pair_frequencies(self.query.phrase)
        return min(self._pairs.get(word, 0.0) for word in whole) < RARE_SHARE

    def count(self, cap: int) -> tuple[str, list]:
        """The number of matches, counted up to ``cap`` only (a common word's hundreds of thousands of
        matches are never counted one by one)."""
        condition = {"words": self.query.terms, "phrase": False, "prefix_last": True}
        if self.vendor != "postgresql":
            # FTS5 drives the loop and stops at the cap (``IN (SELECT rowid …)`` read every match first).
            table = fulltext.FTS_TABLE
            return (
                f"SELECT COUNT(*) FROM (SELECT 1 FROM {table} f CROSS JOIN wagtailcore_page p "
                f"CROSS JOIN portal_contentpage c WHERE f.{table} MATCH %s AND p.id = f.rowid "
                f"AND c.page_ptr_id = f.rowid AND {self.scope_sql} LIMIT {int(cap)}) AS capped",
                [fulltext.fts5_query(**condition), *self.scope_params],
            )
        self.limit = cap
        # Counted in stages, each a subset of the next, the last the matches themselves (every word whole
        # but the last, which may begin a word): a stage that reaches the cap proves the matches do, and
        # the later ones are not run at all (PostgreSQL runs the initplan of a ``CASE`` branch only when
        # the branch is reached). The last word as a prefix ("so:*": «so», «song», «soạn»… and every pair
        # lexeme beginning "so ") made the GIN index build a bitmap of most of the pages before the
        # ``LIMIT`` could stop anything: «chuyển đổi số» 150–300 ms at 1,000,000 pages. Every word whole
        # reads three posting lists instead; every syllable pair of the query (the pages with them all
        # have every word whole) reads lists as long as the phrase is common, not the words, and
        # needs no recheck.
        stages = []  # (match SQL, its parameters, walked: how many of the newest pages, or 0: the index)
        pairs = list(
            dict.fromkeys(f"{a} {b}" for a, b in zip(self.query.phrase, self.query.phrase[1:], strict=False))
        )
        walk = self._count_walk(cap)
        if pairs and all(part.isalnum() for pair in pairs for part in pair.split(" ")):
            text = " & ".join(f"'{pair}'" for pair in pairs)  # lexemes as they are: no parser, no quote
            if self._pairs is None:
                self._pairs = _pair_frequencies(self.query.phrase)
            if walk and min(self._pairs.get(pair, 0.0) for pair in pairs) >= walk[0]:
                stages.append(("ts_match_vq(c.search_vector, %s::tsquery)", [text], walk[1]))
            else:
                stages.append(("c.search_vector @@ %s::tsquery", [text], 0))
        whole_sql, whole_params = self.match(words=self.query.terms, phrase=False)
        if walk and len(self.query.terms) > 1:
            if self._pairs is None:
                self._pairs = _pair_frequencies(self.query.phrase)
            if min(self._pairs.get(word, 0.0) for word in self.query.terms) >= walk[0]:
                text = fulltext.tsquery(self.query.terms, phrase=False)
                stages.append(
                    ("ts_match_vq(c.search_vector, to_tsquery('simple'::regconfig, %s))", [text], walk[1])
                )
        stages.append((whole_sql, whole_params, 0))
        stages.append((*self.match(**condition), 0))
        sql, params = "", []
        for match_sql, match_params, walked in reversed(stages):
            pages = "portal_contentpage c"
            if walked:  # a bounded walk: it proves the cap when it finds it, else the next stage counts
                pages = (f"(SELECT c.page_ptr_id, c.search_vector FROM portal_contentpage c "
                         f"ORDER BY c.page_ptr_id DESC LIMIT {int(walked)}) AS c")  # fmt: skip
            counted = (
                f"SELECT COUNT(*) FROM (SELECT 1 FROM {pages} "
                "JOIN wagtailcore_page p ON p.id = c.page_ptr_id "
                f"WHERE {self.scope_sql} AND {match_sql} LIMIT {int(cap)}) AS capped"
            )
            counted_params = [*self.scope_params, *match_params]
            if not sql:
                sql, params = counted, counted_params
            else:
                sql = f"SELECT CASE WHEN ({counted}) >= {int(cap)} THEN {int(cap)} ELSE ({sql}) END"
                params = [*counted_params, *params]
        return sql, params

    def _count_walk(self, cap: int) -> tuple[float, int] | None:
        """PostgreSQL: (share, rows) — a count stage whose condition is in at least ``share`` of the pages
        (by the statistics of its rarest pair or word) counts by walking at most ``rows`` of the newest
        pages instead of the GIN index. The index builds a bitmap of every match (~0.35 µs a match at
        1,000,000 pages: 31 ms for the 88,710 pages with «chuyen doi» and «doi so»); the walk reads
        ~cap / share pages (~7 µs each, detoasting the vector): they cost the same at share
        √(20 × cap / pages) — 4.5 % of 1,000,000 pages for a count to 101. The walk is bounded (twice the
        pages it should need), so words common alone but rare together cost at most that before the
        index counts them. None: no statistics yet."""
        pages = _page_total()
        if not pages:
            return None
        share = math.sqrt(COUNT_WALK_TO_READ * cap / pages)
        if share >= 1:
            return None
        return share, int(2 * cap / share) + 1


def pages_cap(limit: int) -> int:
    """Up to how many the pages' matches are counted for a page that needs the best ``limit`` hits: one
    more than it shows as a number (``COUNTED``, or ``limit`` beyond it), so "more than" is known."""
    return max(COUNTED, min(limit, MAX_RESULTS)) + 1


def _page_parts(query: SearchQuery, root_page, limit: int, fetch: bool) -> tuple[list[str], list]:
    """The pages' part of the search statement: rows (kind -1, tier, exact, pk, date, 0) and one count row
    (kind -2, …, count). For each tier in order and each of its exact-diacritics variants, the best
    ``limit`` rows (``ORDER BY`` date ``LIMIT limit`` — on the date index for a common word, on the
    full-text index for a rare one); the number of matches counted up to a cap. With ``fetch`` off
    (another kind is shown) only the count."""
    statements = _PageSQL(query, root_page)
    count_sql, params = statements.count(pages_cap(limit))
    parts = [f"SELECT -2, -1, 0, 0, NULL, ({count_sql})"]
    if fetch:
        branches_sql, branches_params = _guarded_branches(statements, query, limit)
        parts.append(branches_sql)
        params += branches_params
    return parts, params


def _guarded_branches(statements: _PageSQL, query: SearchQuery, limit: int) -> tuple[str, list]:
    """The branches as one part, each a materialized ``WITH`` table that is not read at all once
    an earlier branch has filled ``limit`` rows. A branch's rows all rank at or above its own (tier,
    exact) and every later branch's new rows below it, so the first full branch ends the search: "thu
    tuc" is answered by the title's phrase, and the prefix branch over every word beginning with the
    last one is read only when the better tiers have fewer than a page of hits.

    SQLite puts the guard in the branch's ``LIMIT``, computed before anything is read. PostgreSQL puts it
    around the branch (``WHERE`` on the limited subquery), a one-time filter that skips the branch; in
    its ``LIMIT`` the planner would not know the limit and could choose another plan. At 1,000,000 pages
    «xã Nậm Ét» ran eleven branches of ~6–18 ms each although its first filled the page."""
    ctes, arms, params = [], [], []
    # Only each tier's branch of any diacritics is a guard (a tier whose words as typed fill the page
    # fills it without them too): SQLite expands a WITH table again for every reference, through the
    # tables it references, so each guard on every earlier branch made the statement 2ⁿ to prepare
    # (~30 ms for ten branches, on every request).
    tiers_full: list[str] = []
    for tier, variants in _page_branches(query):
        guard = " AND ".join(f"(SELECT COUNT(*) FROM {name}) < {int(limit)}" for name in tiers_full)
        for exact, condition in variants:
            if statements.vendor == "postgresql":
                sql, sql_params = statements.select(condition, exact, limit)
                # PostgreSQL skips a branch once any earlier one is full, also the tier's branch of any
                # diacritics after its branch of the words as typed (those rank first within the tier):
                # «xã Nậm Ét» read its 760 titles twice.
                tier_guard = " AND ".join(
                    f"(SELECT COUNT(*) FROM b{n}) < {int(limit)}" for n in range(len(arms))
                )
                if tier_guard:
                    sql = f"SELECT * FROM ({sql}) AS guarded WHERE {tier_guard}"
            else:
                sql, sql_params = statements.select(condition, exact, limit, guard=guard)
            name = f"b{len(arms)}"
            ctes.append(f"{name} AS MATERIALIZED ({sql})")
            arms.append(f"SELECT -1, {int(tier)}, {int(exact)}, page_ptr_id, search_date, 0 FROM {name}")
            params += sql_params
        tiers_full.append(name)  # the last variant: any diacritics
    return f"SELECT * FROM (WITH {', '.join(ctes)} {' UNION ALL '.join(arms)}) AS branches", params


def _register_sql(query: SearchQuery, entry: PublicRegister, limit: int) -> tuple[str, list]:
    """One register's part of the search statement: its matches with hit_pk, tier, exact, ranked_on and
    matches (the count of all), best first, written here around the SQL of the register's ``public_items``
    narrowed to three columns (and whether the item is the document whose number is the query). Building
    the same as Django expressions (``CASE``, a window, ``Q`` objects) cost ~1–2 ms a register on every
    search for each of the ~16 registers: more than the statement took to run. The items' own query (a
    subquery without ``ORDER BY``) is merged into this one by both databases. ``test_search_scale.py``
    checks the rows against the same ranking written with Django's expressions."""
    number = entry.number_match(query.text) if entry.number_match else None
    base_sql, params = _register_items_sql(entry, number)
    # As Django writes ``__contains`` (PostgreSQL: ``::text``, which the trigram index matches as it did).
    like = connection.operators["contains"] % "%s"
    searched = connection.ops.lookup_cast("contains", "TextField") % "r.cong_words"

    postgresql = connection.vendor == "postgresql"

    def has(text: str, *, ranking: bool = False) -> tuple[str, list]:
        if ranking and postgresql:
            # The tiers' checks on rows already found: ``strpos`` (the same test for a text of words,
            # without wildcards) costs less than ``LIKE``, and every match is checked (all 20,000
            # documents for "tinh").
            return "strpos(r.cong_words, %s) > 0", [text]
        return f"{searched} {like}", [f"%{connection.ops.prep_for_like_query(text)}%"]

    def has_all(words: list[str], *, ranking: bool = False) -> tuple[str, list]:
        checks = [has(f" {word} ", ranking=ranking) for word in words]
        return " AND ".join(sql for sql, _ in checks), [p for _, ps in checks for p in ps]

    *whole, last = query.terms
    matching, matching_params = has_all(whole) if whole else ("", [])
    last_sql, last_params = has(f" {last}")
    matching = f"{matching} AND {last_sql}" if matching else last_sql
    matching_params += last_params
    if number is not None:
        matching = f"({matching}) OR r.cong_is_number"
    whens, when_params = [], []
    if number is not None:
        whens.append(f"WHEN r.cong_is_number THEN {NUMBER}")
    phrase_sql, phrase_params = has(" " + " ".join(query.phrase) + " ", ranking=True)
    words_sql, words_params = has_all(query.terms, ranking=True)
    whens += [f"WHEN {phrase_sql} THEN {PHRASE}", f"WHEN {words_sql} THEN {WORDS}"]
    when_params += phrase_params + words_params
    tier = f"CASE {' '.join(whens)} ELSE {PREFIX} END"
    exact, exact_params = "0", []
    if query.exact:
        typed_sql, typed_params = has(" " + " ".join(query.written) + " ", ranking=True)
        every_sql, every_params = has_all(query.written, ranking=True)
        exact = f"CASE WHEN {typed_sql} THEN 2 WHEN {every_sql} THEN 1 ELSE 0 END"
        exact_params = typed_params + every_params
    # The tiers are computed under the window (PostgreSQL: ``OFFSET 0`` keeps the subquery), so the
    # window's ``COUNT(*) OVER ()`` keeps four narrow columns of every match, not the long text it was
    # computed from: 20,000 documents' texts overflowed ``work_mem`` to disk (~15 ms).
    fence = " OFFSET 0" if postgresql else ""
    sql = (
        "SELECT hit_pk, tier, exact, ranked_on, COUNT(*) OVER () AS matches FROM ("
        f"SELECT r.cong_pk AS hit_pk, {tier} AS tier, {exact} AS exact, r.cong_date AS ranked_on "
        f"FROM ({base_sql}) AS r WHERE {matching}{fence}) AS t "
        f"ORDER BY 2, 3 DESC, 4 DESC NULLS LAST, 1 DESC LIMIT {int(limit)}"
    )
    return sql, [*when_params, *exact_params, *params, *matching_params]


def _register_items_sql(entry: PublicRegister, number) -> tuple[str, list]:
    """The SQL of the register's public items narrowed to the columns the search reads (its pk, its words,
    its date and, for ``number``, whether it is the document with that number). Without a number it is
    the same statement on every search (``public_items`` reads no clock and no request: see
    ``PublicRegister``), so it is compiled once a process and database, not on every search: Django took
    ~0.2 ms a register to build and compile it, ~3 ms of each search's 16 registers."""
    compiled = entry.__dict__.setdefault("_cong_search_sql", {}) if number is None else {}
    found = compiled.get(connection.alias)
    if found is None:
        items = entry.public_items().order_by()
        fields = {
            "cong_pk": F("pk"),
            "cong_words": F(entry.search_column),
            "cong_date": F(entry.date_field or entry.lastmod_field),
        }
        if number is not None:
            items = items.annotate(cong_number=ExpressionWrapper(number, output_field=BooleanField()))
            fields["cong_is_number"] = F("cong_number")
        sql, params = items.values(**fields).query.sql_with_params()
        found = compiled[connection.alias] = (sql, tuple(params))
    return found[0], list(found[1])


def _register_parts(query: SearchQuery, entries: list[PublicRegister], limit: int) -> tuple[list[str], list]:
    """The registers' part: each register's ranked rows (``_register_sql``) as a subquery, rows (index of
    the register, tier, exact, pk, date, number of matches)."""
    parts, params = [], []
    for index, entry in enumerate(entries):
        sql, sql_params = _register_sql(query, entry, limit)
        # SQLite: as text (``_as_datetime``), not through the converter of the first part's declared type
        # ("date" for the documents' ``issued_on`` read a question's datetime as None).
        ranked_on = "CAST(r.ranked_on AS timestamp with time zone)" if connection.vendor == "postgresql" \
            else "CAST(r.ranked_on AS TEXT)"  # fmt: skip
        parts.append(f"SELECT {index}, r.tier, r.exact, r.hit_pk, {ranked_on}, r.matches FROM ({sql}) AS r")
        params += sql_params
    return parts, params


def _run_search(
    query: SearchQuery,
    root_page,
    entries: list[PublicRegister],
    limit: int,
    *,
    pages: bool = True,
    fetch_pages: bool = True,
) -> tuple[tuple[list[Row], int], dict[str, tuple[list[Row], int]]]:
    """The whole search in **one** statement (``UNION ALL`` of the pages' part and every register's):
    ((page rows, pages' count), {register code: (rows, count)}). The number of queries grows neither with
    the content nor with the number of registers."""
    parts, params = _page_parts(query, root_page, limit, fetch_pages) if pages else ([], [])
    register_parts, register_params = _register_parts(query, entries, limit)
    parts += register_parts
    params += register_params
    best: dict[int, tuple[int, int, Any]] = {}
    total = 0
    found: dict[str, tuple[list[Row], int]] = {entry.code: ([], 0) for entry in entries}
    if parts:
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(parts), params)
            fetched = cursor.fetchall()
    else:
        fetched = []
    for kind, tier, exact, pk, date, count in fetched:
        if kind == -2:
            total = count
        elif kind == -1:
            if pk not in best or (tier, -exact) < best[pk][:2]:
                best[pk] = (tier, -exact, date)
        else:
            entry = entries[kind]
            rows, _ = found[entry.code]
            rows.append(Row(tier, -exact, -_timestamp(_as_datetime(date)), entry.order, -pk, entry.code, pk))
            found[entry.code] = (rows, count)
    page_rows_ = sorted(
        Row(tier, inexact, -_timestamp(_as_datetime(date)), 0, -pk, PAGES, pk)
        for pk, (tier, inexact, date) in best.items()
    )[:limit]
    registers = {code: (sorted(rows), count) for code, (rows, count) in found.items()}
    return (page_rows_, max(total, len(page_rows_))), registers


def page_rows(
    query: SearchQuery, root_page, limit: int = MAX_RESULTS, *, fetch: bool = True
) -> tuple[list[Row], int]:
    """Live public pages under ``root_page`` matching the query, best first: (rows, number of matches,
    counted up to ``pages_cap(limit)``). ``root_page`` None: every page of the tree."""
    return _run_search(query, root_page, [], limit, fetch_pages=fetch)[0]


def _as_datetime(value):
    """A date or datetime read raw from the database (SQLite gives text)."""
    if isinstance(value, str):
        parsed = datetime.datetime.fromisoformat(value)
        return parsed if len(value) > 10 else parsed.date()
    return value


def register_rows(
    query: SearchQuery, entry: PublicRegister, limit: int = MAX_RESULTS
) -> tuple[list[Row], int]:
    """Public items of one register matching the query, best first: (rows, number of matches)."""
    return registers_rows(query, [entry], limit)[entry.code]


def registers_rows(
    query: SearchQuery, entries: list[PublicRegister], limit: int = MAX_RESULTS
) -> dict[str, tuple[list[Row], int]]:
    """Every register's best ``limit`` matches and its number of matches, in one statement."""
    return _run_search(query, None, entries, limit, pages=False)[1]


def load_hits(rows: list[Row], registers: dict[str, PublicRegister]) -> list[Hit]:
    """The items of ``rows`` in their order: one query for the pages, one for every register present
    (``_register_items``), whatever the number of register kinds among them."""
    by_kind: dict[str, list] = {}
    for row in rows:
        by_kind.setdefault(row.kind, []).append(row.pk)
    loaded: dict[tuple[str, Any], Hit] = {}
    pks = by_kind.pop(PAGES, None)
    if pks:
        pages = ContentPage.objects.filter(pk__in=pks).only(
            "id", "path", "title", "search_text", "url_path", "content_type_id", "search_date"
        )
        for page in pages:
            loaded[PAGES, page.pk] = Hit(PAGES, page, page.title, page.search_text)
    for kind, item in _register_items([(registers[kind], pks) for kind, pks in by_kind.items()]):
        described = registers[kind].describe(item)
        loaded[kind, item.pk] = Hit(kind, item, described.title, described.text, register=registers[kind])
    hits = []
    for row in rows:
        hit = loaded.get((row.kind, row.pk))
        if hit is not None:  # withdrawn between the two queries
            hit.tier, hit.exact = row.tier, -row.inexact
            hits.append(hit)
    return hits


# PostgreSQL: how a column read as text (``_register_items``) becomes the value the driver gives for its
# type, by the field's internal type; a type not here is loaded by its own query.
_FROM_TEXT = {
    **dict.fromkeys(
        ["AutoField", "BigAutoField", "SmallAutoField", "IntegerField", "BigIntegerField", "SmallIntegerField",
         "PositiveIntegerField", "PositiveBigIntegerField", "PositiveSmallIntegerField"], int
    ),
    **dict.fromkeys(
        ["CharField", "TextField", "SlugField", "EmailField", "URLField", "FileField", "ImageField",
         "FilePathField", "GenericIPAddressField", "JSONField"], str
    ),  # JSON and inet: Django has psycopg give them as text too
    "BooleanField": lambda text: text in ("t", "true"),
    "DecimalField": decimal.Decimal,
    "FloatField": float,
    "DateTimeField": parse_datetime,
    "DateField": datetime.date.fromisoformat,
    "TimeField": parse_time,
    "UUIDField": uuid.UUID,
}  # fmt: skip


def _column_reader(expression):
    """PostgreSQL: the function turning one selected column, read as text, into the driver's value;
    None when its type is not one of ``_FROM_TEXT``."""
    target = getattr(expression, "output_field", None)
    while target is not None and target.is_relation:
        target = target.target_field
    return _FROM_TEXT.get(target.get_internal_type()) if target is not None else None


def _register_items(wanted: list[tuple[PublicRegister, list]]) -> list[tuple[str, Any]]:
    """(code, item) of each register's items with these primary keys, as its ``public_items`` (and
    ``search_only``) load them — in **one** statement for every register: each register's own SQL, as
    Django compiles it, in a ``WITH`` table of its own, its columns read as one array each row (text on
    PostgreSQL, JSON on SQLite: the tables' columns differ) and turned back into the values the driver
    gives; Django then builds the items from those rows as if it had run that register's query (its
    converters, ``select_related``, deferred fields). A page of ten hits from ten registers costs one
    query, not ten (issue 17: ≤ 15 queries a public page). A register whose query cannot be read so
    (``prefetch_related``, a column type not in ``_FROM_TEXT``) is loaded by its own query."""
    found: list[tuple[str, Any]] = []
    combined = []  # (entry, queryset, compiler, readers, its SQL, its parameters)
    for entry, pks in wanted:
        items = entry.public_items().filter(pk__in=pks)
        if entry.search_only:
            items = items.only(*entry.search_only)
        compiler = items.query.get_compiler(using=items.db)
        readers = None
        if (
            len(wanted) > 1
            and items.db == connection.alias
            and items._iterable_class is ModelIterable
            and not items._prefetch_related_lookups
        ):
            sql, params = compiler.as_sql()
            readers = [_column_reader(column[0]) for column in compiler.select]
            if connection.vendor == "postgresql" and not all(readers):
                readers = None
        if readers is None:
            found += [(entry.code, item) for item in items]
        else:
            combined.append((entry, items, compiler, readers, sql, params))
    if not combined:
        return found
    ctes, arms, params = [], [], []
    for index, (_entry, _items, _compiler, readers, sql, sql_params) in enumerate(combined):
        names = [f"c{n}" for n in range(len(readers))]
        ctes.append(f"k{index} ({', '.join(names)}) AS ({sql})")
        if connection.vendor == "postgresql":
            values = f"ARRAY[{', '.join(f'{name}::text' for name in names)}]"
        else:
            values = f"json_array({', '.join(names)})"
        arms.append(f"SELECT {index}, {values} FROM k{index}")
        params += sql_params
    rows: list[list] = [[] for _ in combined]
    with connection.cursor() as cursor:
        cursor.execute(f"WITH {', '.join(ctes)} {' UNION ALL '.join(arms)}", params)
        for index, values in cursor.fetchall():
            if connection.vendor == "postgresql":
                readers = combined[index][3]
                values = [None if v is None else read(v) for read, v in zip(readers, values, strict=True)]
            else:
                values = json.loads(values)
            rows[index].append(tuple(values))
    for (entry, items, compiler, _readers, _sql, _params), fetched in zip(combined, rows, strict=True):
        # Django's own iterator builds the items, from these rows instead of running the query again.
        compiler.execute_sql = lambda *args, fetched=fetched, **kwargs: iter([fetched])
        items.query.get_compiler = lambda *args, compiler=compiler, **kwargs: compiler
        found += [(entry.code, item) for item in items]
    return found


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
    counts: dict[str, int]  # matches of each kind, for the kind filter (pages: counted up to ``pages_cap``)
    exact_up_to: dict[str, int] = field(default_factory=dict)  # a count above this reads «hơn N»

    def counts_total(self) -> int:
        return sum(self.counts.values())

    def up_to(self, kind: str) -> int:
        return self.exact_up_to.get(kind, MAX_RESULTS)

    def more_than(self, kind: str | None = None) -> int | None:
        """None when the number of matches (of ``kind``, or of all) is known; else the number there are
        more than: «hơn 100» — every kind's count up to what was counted exactly."""
        kinds = [kind] if kind is not None else list(self.counts)
        if not any(self.counts.get(k, 0) > self.up_to(k) for k in kinds):
            return None
        return sum(min(self.counts.get(k, 0), self.up_to(k)) for k in kinds)


def search_everything(
    query: SearchQuery,
    site: Site,
    *,
    kind: str = "",
    portal: Site | None = None,
    limit: int = MAX_RESULTS,
    entries: list[PublicRegister] | None = None,
) -> Results:
    """Search ``site``'s pages (every portal's from the provincial portal, or only ``portal``'s) and the
    public registers (not when narrowed to a member portal). Every kind is counted so the filter can
    show how many hits each has; ``kind`` then keeps one of them. ``limit``: how many of the best hits
    the page shown needs (its number × the page size); more are counted, not fetched. ``entries``: the
    listed registers, when the caller has them already (``listed_registers`` asks the profile and the
    database). A fixed number of queries whatever the number of registers and items: the pages' count
    and tiers (``page_rows``), one statement for every register (``registers_rows``)."""
    limit = max(1, min(limit, MAX_RESULTS))
    if not site.is_default_site:
        portal = None  # a member portal searches only itself (and the province's registers)
    if portal is not None:
        root = portal.root_page
    else:
        root = None if site.is_default_site else site.root_page  # the provincial portal: every page
    if portal is None or portal.is_default_site:
        entries = listed_registers() if entries is None else entries
    else:
        entries = []
    (rows, total), found = _run_search(query, root, entries, limit, fetch_pages=kind in ("", PAGES))
    by_kind: dict[str, list[Row]] = {PAGES: rows}
    counts = {PAGES: total}
    registers = {entry.code: entry for entry in entries}
    for code, (kind_rows, count) in found.items():
        by_kind[code], counts[code] = kind_rows, count
    if kind:
        chosen, total = by_kind.get(kind, []), min(counts.get(kind, 0), MAX_RESULTS)
    else:
        chosen = sorted(row for rows in by_kind.values() for row in rows)
        total = sum(min(count, MAX_RESULTS) for count in counts.values())
    exact_up_to = {PAGES: pages_cap(limit) - 1}
    return Results(hits=RankedHits(chosen, total, registers), counts=counts, exact_up_to=exact_up_to)


def search_root(site: Site) -> Page:
    """The provincial portal (the default site) searches every member portal too; a member portal
    searches itself."""
    return Page.get_first_root_node() if site.is_default_site else site.root_page


def portal_names(paths, sites=None) -> dict[str, str]:
    """Map each page path to the name of the portal (site) it belongs to — one query for all sites, none
    when ``sites`` (every site, with its root page's path) are given."""
    if sites is None:
        sites = Site.objects.select_related("root_page").only("site_name", "hostname", "root_page__path")
    sites = sorted(sites, key=lambda s: -len(s.root_page.path))
    names = {}
    for path in paths:
        for site in sites:
            if path.startswith(site.root_page.path):
                names[path] = site.site_name or site.hostname
                break
    return names


# --- Near matches: «Có phải bạn muốn tìm …» ------------------------------------------------------------

# Candidates for a mistyped word: known words at least this close (pg_trgm ``similarity``; on SQLite the
# same measure computed here), at most MAX_CANDIDATES of them; then the one fewest edits away wins
# (Damerau–Levenshtein: "dihn" → «dinh», a transposition, before «dien», a wrong letter), on a tie the one of the same length
# ("tinj" → «tinh», not «tin»), then the more similar.
NEAR_THRESHOLD = 0.2
MAX_CANDIDATES = 20
MAX_EDITS = 2


def _trigrams(word: str) -> set[str]:
    """pg_trgm's trigrams of one word: padded with two spaces before and one after."""
    padded = f"  {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def _similarity(a: str, b: str) -> float:
    ta, tb = _trigrams(a), _trigrams(b)
    return len(ta & tb) / len(ta | tb)


def _edits(a: str, b: str) -> float:
    """Damerau–Levenshtein distance; two swapped letters, the commonest slip of the fingers, cost a
    little less than a wrong letter ("dihn" is nearer «dinh» than «dien»)."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 0.9)
        rows.append(row)
    return rows[-1][-1]


def _candidates(unknown: list[str]) -> dict[str, list[tuple[str, float]]]:
    """For each unknown folded word, the known words near it with their similarity — one query."""
    from .models import SearchWord

    found: dict[str, list[tuple[str, float]]] = {word: [] for word in unknown}
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT u.w, near.word, near.score FROM unnest(%s::text[]) AS u(w) CROSS JOIN LATERAL ("
                "SELECT s.word, similarity(s.word, u.w) AS score FROM portal_searchword s "
                "WHERE similarity(s.word, u.w) >= %s ORDER BY score DESC, s.word LIMIT %s) AS near",
                [unknown, NEAR_THRESHOLD, MAX_CANDIDATES],
            )
            for word, near, score in cursor.fetchall():
                found[word].append((near, score))
        return found
    # SQLite: the vocabulary (a few thousand syllables and names) is read once and measured here.
    for near in SearchWord.objects.values_list("word", flat=True):
        for word in unknown:
            if abs(len(near) - len(word)) <= MAX_EDITS:
                score = _similarity(near, word)
                if score >= NEAR_THRESHOLD:
                    found[word].append((near, score))
    return found


def _nearest_words(typed: list[str]) -> dict[str, str]:
    """The nearest known word of each typed word that is not itself known — one query."""
    chosen = {}
    for word, candidates in _candidates(typed).items():
        if any(near == word for near, _score in candidates):
            continue  # a known word: left as typed
        ranked = sorted(
            (_edits(word, near), abs(len(near) - len(word)), -score, near) for near, score in candidates
        )
        if ranked and ranked[0][0] <= MAX_EDITS:
            chosen[word] = ranked[0][3]
    return chosen


def suggest(query: SearchQuery) -> SearchQuery | None:
    """The query with its mistyped words replaced by the nearest known words ("thu tuc hanh chinj" →
    "thu tuc hanh chinh", "quyet dihn" → "quyet dinh"), or None when every word is known or none has a
    near one. One query."""
    typed = [w for w in dict.fromkeys(query.phrase) if len(w) > 1 and not w.isdigit() and len(w) <= 64]
    if not typed:
        return None
    nearest = _nearest_words(typed)
    if not nearest:
        return None
    return SearchQuery.parse(" ".join(nearest.get(fold(w), w) for w in query.written))
