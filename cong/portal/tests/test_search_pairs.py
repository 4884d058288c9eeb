"""Syllable pairs in the pages' full-text index (issue 17): on PostgreSQL a phrase is its ``<->`` phrase
AND its pair lexemes, so a rare phrase of common words is read through its rare pairs; the tiers found
stay the same on both databases."""

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from cong.core.search import SearchQuery
from cong.portal import search as site_search
from cong.portal.models import ContentPage

pytestmark = pytest.mark.django_db

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the tsvector column exists on PostgreSQL only"
)


@pytest.fixture
def pages(portal):
    section = portal.section("Cải cách hành chính")
    return {
        "title": portal.article(
            section, title="Thủ tục hành chính", lead="Công bố danh mục mới.", revision=False
        ),
        "text": portal.article(
            section, title="Thông báo", lead="Phí hành chính thu theo quy định của tỉnh.", revision=False
        ),
        "scattered": portal.article(
            section, title="Thu ngân sách", lead="Cải cách hành chính năm nay.", revision=False
        ),
    }


def _tiers(q: str) -> dict[int, int]:
    rows, _total = site_search.page_rows(SearchQuery.parse(q), None, limit=20)
    return {row.pk: row.tier for row in rows}


def test_a_phrase_is_found_by_its_pairs_in_its_tier(pages):
    tiers = _tiers("hanh chinh thu")
    assert tiers[pages["text"].pk] == site_search.PHRASE
    assert tiers[pages["scattered"].pk] == site_search.WORDS  # every word, not next to each other
    tiers = _tiers("thủ tục hành chính")
    assert tiers[pages["title"].pk] == site_search.PHRASE_TITLE


def test_a_phrase_across_the_title_and_text_separator_is_not_a_phrase(pages):
    """The title's words (weight A) and the text's (after the separator token) make no pair together:
    «… hành chính» ends the title, and the text part starts again with «thủ tục»; "chinh thu" occurs
    nowhere as a phrase in that page, so it has only every word in its title."""
    tiers = _tiers("chinh thu")
    assert tiers[pages["title"].pk] == site_search.WORDS_TITLE
    assert tiers[pages["text"].pk] == site_search.PHRASE  # «hành chính thu» in its text


@postgresql_only
def test_the_tsquery_of_a_phrase_is_its_phrase_and_its_pairs():
    sql, params = site_search.fulltext.phrase_tsquery_sql(["hanh", "chinh", "thu"])
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT ({sql})::text", params)
        assert cursor.fetchone()[0] == "'hanh' <-> 'chinh' <-> 'thu' & 'chinh thu' & 'hanh chinh'"
        sql, params = site_search.fulltext.phrase_tsquery_sql(["thu", "tuc"], title=True)
        cursor.execute(f"SELECT ({sql})::text", params)
        assert cursor.fetchone()[0] == "'thu':A <-> 'tuc':A & '^thu tuc'"


@postgresql_only
def test_the_search_statement_asks_for_the_pairs(pages):
    with CaptureQueriesContext(connection) as captured:
        site_search.page_rows(SearchQuery.parse("hanh chinh thu"), None, limit=5)
    (statement,) = [q["sql"] for q in captured.captured_queries if "portal_contentpage c" in q["sql"]]
    assert statement.count("cong_phrase_tsquery(") == 2  # the phrase in the title, the phrase anywhere
    assert "'hanh chinh thu', '^'" in statement and "'hanh chinh thu', ''" in statement


@postgresql_only
def test_the_column_holds_the_pairs_but_none_across_the_separator(pages):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT search_vector::text FROM portal_contentpage WHERE page_ptr_id = %s", [pages["title"].pk]
        )
        vector = cursor.fetchone()[0]
    assert "'thu tuc':" in vector and "'hanh chinh':" in vector  # anywhere
    assert "'^thu tuc':" in vector and "'^hanh chinh':" in vector and "'^danh muc'" not in vector  # title
    assert "'chinh thu'" not in vector and "zzsep" in vector  # no pair from the title into the text
    with connection.cursor() as cursor:  # the title's pairs are weighted A, those of the text D
        cursor.execute(
            "SELECT search_vector @@ '''^thu tuc'':A'::tsquery, search_vector @@ '''danh muc'':A'::tsquery, "
            "search_vector @@ '''danh muc'''::tsquery FROM portal_contentpage WHERE page_ptr_id = %s",
            [pages["title"].pk],
        )
        assert cursor.fetchone() == (True, False, True)
    assert ContentPage.objects.filter(pk=pages["title"].pk).exists()


@postgresql_only
def test_a_common_phrase_walks_the_dates_and_finds_the_same(pages, monkeypatch):
    """By the statistics, a phrase in ≥ 2 % of the pages is checked while walking the pages newest first
    (``ts_match_vq``, which the GIN index does not serve); a rarer one is read through its pairs. Either
    way the same pages in the same tiers."""
    rare = _tiers("hanh chinh thu")
    monkeypatch.setattr(
        site_search, "_pair_frequencies", lambda phrase: {"hanh chinh": 0.5, "chinh thu": 0.3}
    )
    with CaptureQueriesContext(connection) as captured:
        common = _tiers("hanh chinh thu")
    (statement,) = [q["sql"] for q in captured.captured_queries if "portal_contentpage c" in q["sql"]]
    assert "ts_match_vq(c.search_vector, cong_phrase_tsquery(" in statement  # the phrase anywhere
    assert "c.search_vector @@ cong_phrase_tsquery(" in statement  # the title's pairs: no statistics, rare
    assert common == rare


@postgresql_only
def test_pair_frequencies_come_from_the_statistics(pages):
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE portal_contentpage")
    cache.clear()  # the shares are kept a while; earlier searches kept "none yet"
    frequencies = site_search._pair_frequencies(["hanh", "chinh", "thu"])
    assert set(frequencies) == {
        "hanh chinh",
        "chinh thu",
        "^hanh chinh",
        "^chinh thu",
        "hanh",
        "chinh",
        "thu",
        "^hanh",
        "^chinh",
        "^thu",
    }
    assert frequencies["hanh chinh"] > frequencies["^chinh thu"] == 0.0
    # The title's single words (portal 0010): «thu» in two titles of the three, «chinh» in one.
    assert frequencies["^thu"] > frequencies["^chinh"] > 0.0


@postgresql_only
def test_the_column_holds_the_titles_words_marked(pages):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT search_vector @@ %s::tsquery, search_vector @@ %s::tsquery, search_vector @@ %s::tsquery "
            "FROM portal_contentpage WHERE page_ptr_id = %s",
            ["'^thu' & '^tuc' & '^chinh'", "'^danh'", "'danh'", pages["title"].pk],
        )
        assert cursor.fetchone() == (True, False, True)  # «danh mục» is in the text, not the title
        sql, params = site_search.fulltext.title_words_tsquery_sql(["thu", "tuc"])
        cursor.execute(f"SELECT ({sql})::text", params)
        assert cursor.fetchone()[0] == "'^thu' & '^tuc'"


@postgresql_only
def test_the_title_words_walk_the_dates_when_common_and_find_the_same(pages, monkeypatch):
    """Every word in the title is read from the title's marked words; when the statistics make it common
    (each word in ≥ 2 % of the pages' titles), it is checked while walking the pages newest first — on the
    title's own words (``strpos`` on ``search_title_words``), not the page's whole vector. Either way the
    same pages in the same tiers."""
    with CaptureQueriesContext(connection) as captured:
        rare = _tiers("thu hanh chinh")
    (statement,) = [q["sql"] for q in captured.captured_queries if "portal_contentpage c" in q["sql"]]
    assert "c.search_vector @@ cong_marked_tsquery(" in statement
    assert "ts_match_vq(c.search_vector, cong_marked_tsquery(" not in statement
    monkeypatch.setattr(
        site_search, "_pair_frequencies", lambda phrase: {"^thu": 0.1, "^hanh": 0.3, "^chinh": 0.3}
    )
    with CaptureQueriesContext(connection) as captured:
        common = _tiers("thu hanh chinh")
    (statement,) = [q["sql"] for q in captured.captured_queries if "portal_contentpage c" in q["sql"]]
    assert "strpos(c.search_title_words, " in statement
    assert "ts_match_vq(c.search_vector, cong_marked_tsquery(" not in statement
    assert common == rare
    assert rare[pages["title"].pk] == site_search.WORDS_TITLE  # «Thủ tục hành chính»: no phrase


@postgresql_only
def test_a_phrase_walks_the_dates_from_a_smaller_share_the_more_pages_there_are(pages, monkeypatch):
    """Whether a phrase is common enough to walk the pages newest first depends on how many pages there
    are and how many hits are wanted: a phrase in 0.9 % of 1,000,000 pages («xã Nậm Ét»: 9,000 matches to
    read and sort) walks for a page of hits; the same share of 10,000 pages (90 matches) is read through
    the index. Either way the same pages in the same tiers."""
    monkeypatch.setattr(
        site_search, "_pair_frequencies", lambda phrase: {"hanh chinh": 0.009, "chinh thu": 0.009}
    )

    def statement_and_tiers(pages_in_portal):
        monkeypatch.setattr(site_search, "_page_total", lambda: pages_in_portal)
        with CaptureQueriesContext(connection) as captured:
            tiers = _tiers("hanh chinh thu")
        (statement,) = [q["sql"] for q in captured.captured_queries if "portal_contentpage c" in q["sql"]]
        return statement, tiers

    many, tiers_many = statement_and_tiers(1_000_000)
    few, tiers_few = statement_and_tiers(10_000)
    assert "ts_match_vq(c.search_vector, cong_phrase_tsquery(" in many
    assert "ts_match_vq(c.search_vector, cong_phrase_tsquery(" not in few
    assert tiers_many == tiers_few


@postgresql_only
def test_a_word_no_page_has_is_read_through_the_index_not_by_walking_every_page(pages):
    """«chinh sa»: no page has «sa» as a word. PostgreSQL guessed hundreds of pages with both words and
    walked the date index looking for them — every page of 1,000,000 (6 s). A word the statistics do not
    know is read through the GIN index, which knows at once that no page has it."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE portal_contentpage")
    cache.clear()
    statements = site_search._PageSQL(SearchQuery.parse("chinh sa"), None)
    sql, params = statements.select({"words": ["chinh", "sa"], "phrase": False}, exact=0, limit=12)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # the choice is the date index or the GIN index
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "portal_contentpage_search_date" not in plan
    rows, _total = site_search.page_rows(SearchQuery.parse("chinh sa"), None, limit=12)
    assert {row.tier for row in rows} <= {site_search.PREFIX}  # «sa» only begins a word («sáng», «sau»…)
