"""The database's own full-text index for the pages' site search (issue 17): PostgreSQL ``tsvector`` with a
GIN index, SQLite FTS5. Both index only the folded words (the first half of ``index_words``), so "thu tuc"
and "thủ tục" find the same items; the words as written (second half) are checked with ``LIKE`` on the
few rows that need it (the exact-diacritics order within a tier).

A condition says: the query's words as a **phrase** (adjacent, in order) or all of them in any order,
optionally in the **title** only, optionally with the last word as a **prefix** (still being typed).

PostgreSQL: ``portal_contentpage.search_vector`` (migrations ``portal 0006``, ``0008`` and ``0010``) holds the
title's words with weight A, then a separator token, then title and text with weight D; ``'thu':A <->
'tuc':A`` is the phrase in the title, ``'thu' <-> 'tuc'`` anywhere. Since ``0008`` it also holds every
pair of adjacent syllables as one lexeme with a space inside (``'thu tuc'``; the title's pairs marked,
``'^thu tuc'``, and weighted A), which no single word can equal. A phrase condition is then the phrase of single
words **and** each of its pair lexemes (``cong_phrase_tsquery``): a phrase of common words that is itself
rare ("hanh chinh thu") has rare pairs, so the planner reads it from the GIN index instead of walking
the pages newest first, and the index returns the few pages with every pair, where ``<->`` is checked.
The pairs are made from ``to_tsvector``'s own positions, in SQL, for the pages and the query alike, so
they are always the pairs of what ``<->`` compares. Since ``0010`` the title's single words are lexemes
of their own too (``'^nguyen'``, no position): "every word in the title" is ``'^nguyen' & '^van'``
(``cong_marked_tsquery``), which the index returns exactly and the planner can estimate. SQLite: the
FTS5 table ``portal_contentpage_fts`` (columns ``title`` and ``body``, rowid = page id), kept by triggers
on ``portal_contentpage``, and the index ``SQLITE_DATE_INDEX`` (``portal 0009``) that gives the date of
each page FTS5 matched.
"""

from __future__ import annotations

# The generated column (PostgreSQL). The separator token keeps a phrase from running from the end of
# the title into the start of the text; it is never searched (queries are folded words of the reader's).
SEPARATOR_TOKEN = "zzsep"
# Single words only: the column of migration ``portal 0006`` (and of ``0008`` migrated backwards).
VECTOR_SQL_WORDS = (
    "setweight(to_tsvector('simple'::regconfig, split_part(search_title_words, '|', 1)), 'A') || "
    f"to_tsvector('simple'::regconfig, '{SEPARATOR_TOKEN} ' || split_part(search_words, '|', 1))"
)
# The mark before a title's pair lexemes ('^thu tuc'). The title's pairs are lexemes of their own, not
# only weighted A: PostgreSQL's estimate of a tsquery ignores weights, and would judge a phrase that no
# title has ("hanh chinh thu") as common as in the texts, then walk the pages newest first to the end.
TITLE_PAIR_MARK = "^"
# Since ``portal 0008``: the same single words at the same positions, then the title's syllable pairs
# (marked, weight A) and the title and text's pairs after them (``||`` shifts their positions past the
# words'; no query reads them). No pair crosses from the title into the text.
VECTOR_SQL_PAIRS = (
    f"{VECTOR_SQL_WORDS} || "
    f"setweight(cong_pair_vector(split_part(search_title_words, '|', 1), '{TITLE_PAIR_MARK}'), 'A') || "
    "cong_pair_vector(split_part(search_words, '|', 1), '')"
)
# Since ``portal 0010``: also the title's single words as marked lexemes without positions ('^nguyen'),
# for the same reason as the title's pairs: "every word in the title" is then an AND of lexemes the
# planner has statistics for (words weighted A are estimated as if anywhere in the text).
VECTOR_SQL = (
    f"{VECTOR_SQL_PAIRS} || cong_marked_words(split_part(search_title_words, '|', 1), '{TITLE_PAIR_MARK}')"
)

# The pairs of adjacent syllables of ``words`` (folded words), as a tsvector of lexemes ``mark`` "a b" (a
# space inside, so never equal to a single word), each at the position of its first syllable. Made from
# ``to_tsvector('simple', …)``'s own positions, so a pair is exactly two lexemes that ``<->`` finds
# adjacent (a word the parser splits gives the pairs of its parts, for the pages and the query alike).
# Quotes and backslashes are doubled for the tsvector syntax (the parser never keeps them in a lexeme).
PAIR_VECTOR_FUNCTION = r"""
CREATE OR REPLACE FUNCTION cong_pair_vector(words text, mark text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(string_agg(
        '''' || replace(replace(mark || w.lexeme || ' ' || w.next, '\', '\\'), '''', '''''') || ''':'
        || w.pos, ' ')::tsvector, ''::tsvector)
    FROM (
        SELECT t.lexeme, t.pos, lead(t.lexeme) OVER (ORDER BY t.pos) AS next,
               lead(t.pos) OVER (ORDER BY t.pos) AS next_pos
        FROM (SELECT v.lexeme, unnest(v.positions) AS pos
              FROM unnest(to_tsvector('simple'::regconfig, words)) AS v) AS t
    ) AS w
    WHERE w.next_pos = w.pos + 1
$$
"""
# A phrase query: ``phrase`` (the tsquery of the single words with ``<->``) AND every pair lexeme of
# ``words`` after ``mark`` (``TITLE_PAIR_MARK``: the title's pairs; '': anywhere). The GIN index reads the
# pairs; ``<->`` is then checked on the few pages that have them all.
PHRASE_QUERY_FUNCTION = r"""
CREATE OR REPLACE FUNCTION cong_phrase_tsquery(phrase tsquery, words text, mark text) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE WHEN count(*) = 0 THEN phrase ELSE phrase && string_agg(
        '''' || replace(replace(p.lexeme, '\', '\\'), '''', '''''') || '''', ' & ')::tsquery END
    FROM unnest(cong_pair_vector(words, mark)) AS p
$$
"""
PAIR_FUNCTIONS = [PAIR_VECTOR_FUNCTION, PHRASE_QUERY_FUNCTION]
DROP_PAIR_FUNCTIONS = [
    "DROP FUNCTION IF EXISTS cong_phrase_tsquery(tsquery, text, text)",
    "DROP FUNCTION IF EXISTS cong_pair_vector(text, text)",
]
# The single words of ``words`` (``to_tsvector('simple', …)``'s lexemes, as ``@@`` compares them) after
# ``mark``, without positions (no phrase reads them): the title's words in the column (``portal 0010``).
MARKED_WORDS_FUNCTION = r"""
CREATE OR REPLACE FUNCTION cong_marked_words(words text, mark text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT array_to_tsvector(coalesce(array_agg(mark || v.lexeme), '{}'::text[]))
    FROM unnest(to_tsvector('simple'::regconfig, words)) AS v
$$
"""
# "Every one of ``words`` in the title": the AND of their marked lexemes, made by the same parser as the
# column's; ``plain`` (the words weighted A) when the parser finds no word in them.
MARKED_QUERY_FUNCTION = r"""
CREATE OR REPLACE FUNCTION cong_marked_tsquery(plain tsquery, words text, mark text) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE WHEN count(*) = 0 THEN plain ELSE string_agg(
        '''' || replace(replace(p.lexeme, '\', '\\'), '''', '''''') || '''', ' & ')::tsquery END
    FROM unnest(cong_marked_words(words, mark)) AS p
$$
"""
MARKED_FUNCTIONS = [MARKED_WORDS_FUNCTION, MARKED_QUERY_FUNCTION]
DROP_MARKED_FUNCTIONS = [
    "DROP FUNCTION IF EXISTS cong_marked_tsquery(tsquery, text, text)",
    "DROP FUNCTION IF EXISTS cong_marked_words(text, text)",
]

FTS_TABLE = "portal_contentpage_fts"
FTS_VOCABULARY = "portal_contentpage_fts_vocab"  # fts5vocab: in how many pages each word is
# SQLite: each page's date by its id (migration ``portal 0009``). The table's own row has the date after
# the long search text, so reading it for thousands of FTS5 matches read every match's overflow pages.
SQLITE_DATE_INDEX = "portal_contentpage_id_date"


def folded_part_sqlite(column: str) -> str:
    """SQLite expression: the folded half of an ``index_words`` column (before the ``|``)."""
    return (
        f"substr({column}, 1, CASE WHEN instr({column}, '|') > 0 THEN instr({column}, '|') - 1 "
        f"ELSE length({column}) END)"
    )


def sqlite_fts_statements() -> list[str]:
    """The FTS5 table and the triggers that keep it equal to the pages' folded words."""
    title, body = folded_part_sqlite("new.search_title_words"), folded_part_sqlite("new.search_words")
    insert = f"INSERT INTO {FTS_TABLE}(rowid, title, body) VALUES (new.page_ptr_id, {title}, {body});"
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(title, body, tokenize='unicode61')",
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_VOCABULARY} USING fts5vocab({FTS_TABLE}, 'row')",
        f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_ai AFTER INSERT ON portal_contentpage BEGIN {insert} END",
        f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_au AFTER UPDATE OF search_words, search_title_words "
        f"ON portal_contentpage BEGIN DELETE FROM {FTS_TABLE} WHERE rowid = old.page_ptr_id; {insert} END",
        f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_ad AFTER DELETE ON portal_contentpage BEGIN "
        f"DELETE FROM {FTS_TABLE} WHERE rowid = old.page_ptr_id; END",
        f"INSERT INTO {FTS_TABLE}(rowid, title, body) SELECT page_ptr_id, "
        f"{folded_part_sqlite('search_title_words')}, {folded_part_sqlite('search_words')} "
        f"FROM portal_contentpage WHERE page_ptr_id NOT IN (SELECT rowid FROM {FTS_TABLE})",
    ]


def tsquery(words: list[str], *, phrase: bool, title: bool = False, prefix_last: bool = False) -> str:
    """The text of a PostgreSQL ``to_tsquery('simple', …)`` for folded ``words`` (letters and digits
    only, so quoting each is safe)."""
    weight = "A" if title else ""
    parts = []
    for i, word in enumerate(words):
        star = "*" if prefix_last and i == len(words) - 1 else ""
        suffix = f":{star}{weight}" if (star or weight) else ""
        parts.append(f"'{word}'{suffix}")
    return (" <-> " if phrase else " & ").join(parts)


def phrase_tsquery_sql(words: list[str], *, title: bool = False) -> tuple[str, list]:
    """PostgreSQL: the tsquery of a phrase of several folded ``words`` — the single words with ``<->``
    and every syllable pair (``cong_phrase_tsquery``) — as SQL and its parameters."""
    return (
        "cong_phrase_tsquery(to_tsquery('simple'::regconfig, %s), %s, %s)",
        [tsquery(words, phrase=True, title=title), " ".join(words), TITLE_PAIR_MARK if title else ""],
    )


def title_words_tsquery_sql(words: list[str]) -> tuple[str, list]:
    """PostgreSQL: "every one of the folded ``words`` in the title" — the AND of the title's marked single
    words (``cong_marked_tsquery``) — as SQL and its parameters."""
    return (
        "cong_marked_tsquery(to_tsquery('simple'::regconfig, %s), %s, %s)",
        [tsquery(words, phrase=False, title=True), " ".join(words), TITLE_PAIR_MARK],
    )


def fts5_query(words: list[str], *, phrase: bool, title: bool = False, prefix_last: bool = False) -> str:
    """An FTS5 MATCH expression for folded ``words``."""
    if phrase:
        expression = '"' + " ".join(words) + '"'
        if prefix_last:
            expression += " *"
    else:
        parts = [f'"{word}"' for word in words]
        if prefix_last:
            parts[-1] += " *"
        expression = " AND ".join(parts)
    return f"title : ({expression})" if title else expression
