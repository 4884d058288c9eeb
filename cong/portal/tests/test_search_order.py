"""The pages' search returns exactly the order its tiers define (``cong/portal/search.py``), whichever way
the database reads each branch (issue 17): checked against the same rule computed here in Python over the
stored words, on generated articles where folded syllables collide and on pages made for the prefix,
title and exact-diacritics cases. On SQLite, each branch is read either by walking the dates or from FTS5
(``_PageSQL._common``), and a branch is skipped once an earlier one has filled the page; neither may
change the results."""

import collections
import datetime

import pytest
from django.core.cache import cache
from django.db import connection

from benchmarks.corpus import Corpus
from cong.core.search import SearchQuery
from cong.portal import search as site_search
from cong.portal.models import ContentPage

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 6, 1, 8, 0, tzinfo=datetime.UTC)

QUERIES = [
    "thu tuc",
    "thủ tục hành chính",
    "chuyển đổi số",
    "hanh chinh thu",
    "chinh sa",  # the last word being typed
    "thu tuc hanh chin",
    "dat",
    "đất đai",
    "tinh",
    "Nguyễn Văn Hùng",
    "xã Nậm Ét",
    "giai phong mat bang",
    "thu",
    "so",
]


@pytest.fixture
def pages(portal):
    Corpus(seed=11, now=NOW).build(articles=80, documents=0, questions=0, sections=2)
    section = portal.section("Tra cứu")
    made = [
        ("Sách chính sách mới", "Chính sách hỗ trợ sản xuất."),  # "chinh sa": only a prefix
        ("Thủ tục", "Hành chính thu phí."),  # every word in the text, the phrase across title and text
        ("Thu tục hành chính", "Không dấu đúng."),  # the phrase folded, not as typed
        ("Chuyển đổi số cấp xã", "Số hóa hồ sơ."),
        ("Chuyen doi so", "Khong dau."),
        ("Thông báo", "Chuyển đổi số và thủ tục hành chính ở xã Nậm Ét."),
    ]
    for n, (title, lead) in enumerate(made):
        portal.article(section, title=title, lead=lead, days_ago=n, revision=False)
    cache.clear()  # the word counts that steer SQLite's plans


def _tokens(column: str) -> list[str]:
    return column.split("|")[0].split()


def _has(tokens: list[str], words: list[str], *, phrase: bool, prefix_last: bool = False) -> bool:
    if phrase:
        n = len(words)
        return any(tokens[i : i + n] == words for i in range(len(tokens) - n + 1))
    *whole, last = words
    present = set(tokens)
    if not all(word in present for word in whole):
        return False
    if prefix_last:
        return any(token.startswith(last) for token in tokens)
    return last in present


def _expected(query: SearchQuery, limit: int) -> list[tuple[int, int, int]]:
    """(pk, tier, exact) of the best ``limit`` pages by the tiers' rule, computed from the stored words."""
    ranked = []
    for page in ContentPage.objects.live().public():
        body, title = _tokens(page.search_words), _tokens(page.search_title_words)
        as_typed = page.search_words
        best = None
        for tier, variants in site_search._page_branches(query):
            for exact, condition in variants:
                tokens = title if condition["title"] else body
                if not _has(tokens, condition["words"], phrase=condition["phrase"],
                            prefix_last=condition.get("prefix_last", False)):  # fmt: skip
                    continue
                if exact == 2 and " " + " ".join(query.written) + " " not in as_typed:
                    continue
                if exact == 1 and not all(f" {w} " in as_typed for w in query.written):
                    continue
                if best is None or (tier, -exact) < best:
                    best = (tier, -exact)
        if best is not None:
            undated = page.search_date is None  # last, as NULL sorts in both databases
            date = float("inf") if undated else -page.search_date.timestamp()
            ranked.append((best[0], best[1], date, -page.pk))
    ranked.sort()
    return [(-pk, tier, -inexact) for tier, inexact, _date, pk in ranked[:limit]]


def _found(query: SearchQuery, limit: int) -> list[tuple[int, int, int]]:
    rows, _total = site_search.page_rows(query, None, limit)
    return [(row.pk, row.tier, -row.inexact) for row in rows]


@pytest.mark.parametrize("limit", [1, 3, 12, 200])
def test_the_order_is_the_tiers_rule(pages, limit):
    for q in QUERIES:
        query = SearchQuery.parse(q)
        assert _found(query, limit) == _expected(query, limit), q


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's choice between its two plans")
@pytest.mark.parametrize("common", [True, False])
def test_walking_the_dates_or_reading_fts5_finds_the_same(pages, monkeypatch, common):
    """Every branch read by walking the dates (``common``) or every branch read from FTS5 and sorted: the
    same rows in the same order, prefixes and the words as typed included."""
    monkeypatch.setattr(site_search._PageSQL, "_common", lambda self, words, **kwargs: common)
    for q in QUERIES:
        query = SearchQuery.parse(q)
        for limit in (2, 12):
            assert _found(query, limit) == _expected(query, limit), (q, limit)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's choice between its two plans")
@pytest.mark.parametrize("common", [True, False])
def test_postgresql_walking_the_dates_or_reading_the_index_finds_the_same(pages, monkeypatch, common):
    """Every phrase, title and every-word branch checked on the pages walked newest first (``common``: the
    title's by ``strpos`` on its own words, the others by the full-text vector) or read through the GIN
    index: the same rows in the same order."""
    for name in ("_pairs_common", "_title_words_common", "_words_common"):
        monkeypatch.setattr(site_search._PageSQL, name, lambda self, *args, **kwargs: common)
    for q in QUERIES:
        query = SearchQuery.parse(q)
        for limit in (2, 12):
            assert _found(query, limit) == _expected(query, limit), (q, limit)


def test_the_count_counts_every_match_up_to_the_cap(pages, monkeypatch):
    for q in ("thu tuc", "chinh sa", "xã Nậm Ét", "zzz"):
        query = SearchQuery.parse(q)
        expected = len(_expected(query, 10_000))
        assert site_search.page_rows(query, None, 5)[1] == max(expected, 0), q
    monkeypatch.setattr(site_search, "COUNTED", 3)
    query = SearchQuery.parse("thu tuc")
    assert len(_expected(query, 10_000)) > 4
    assert site_search.page_rows(query, None, 2)[1] == 4  # counted up to the cap + 1


def test_the_count_in_stages_is_the_count_of_the_matches(pages, monkeypatch):
    """PostgreSQL counts the pages with every syllable pair of the query, then every word whole, then the
    matches, each only while the one before stays under the cap: whichever stage reaches it, the page
    is told the number of matches, or that there are more than the cap — never a wrong number."""
    for q in QUERIES:
        query = SearchQuery.parse(q)
        expected = len(_expected(query, 10_000))
        for cap in (1, 3, 8, 25, 60):
            monkeypatch.setattr(site_search, "COUNTED", cap)
            assert site_search.page_rows(query, None, 1)[1] == min(expected, cap + 1), (q, cap)
    # Every pair and word common by the statistics, among few pages: the stages walk a dozen of the newest
    # pages first, which finds the cap or leaves the count to the next stage.
    cache.clear()
    monkeypatch.setattr(site_search, "_page_total", lambda: 200)
    monkeypatch.setattr(site_search, "_pair_frequencies", lambda phrase: collections.defaultdict(lambda: 1.0))
    for q in QUERIES:
        query = SearchQuery.parse(q)
        expected = len(_expected(query, 10_000))
        for cap in (1, 3, 8):
            monkeypatch.setattr(site_search, "COUNTED", cap)
            assert site_search.page_rows(query, None, 1)[1] == min(expected, cap + 1), (q, cap, "walked")


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite skips the branches after a full one")
def test_a_branch_after_a_full_one_is_not_read(pages, monkeypatch):
    """The prefix branch (every word beginning with the last one) is not read at all once the title's
    phrase has filled the page: given an FTS5 expression that fails when read, the search still answers
    — and fails when the page needs that branch."""
    from django.db.utils import OperationalError

    from cong.core import fulltext

    original = fulltext.fts5_query

    def failing_prefix_branch(words, *, phrase, title=None, prefix_last=False):
        if prefix_last and title is not None:  # the branch; the count passes no title
            return '"unterminated'
        return original(words, phrase=phrase, title=bool(title), prefix_last=prefix_last)

    monkeypatch.setattr(fulltext, "fts5_query", failing_prefix_branch)
    query = SearchQuery.parse("thu tuc")
    assert len(site_search.page_rows(query, None, 1)[0]) == 1
    with pytest.raises(OperationalError):
        site_search.page_rows(query, None, 10_000)
