"""The database's own full-text index for the pages' site search (issue 17): PostgreSQL ``tsvector`` with a
GIN index, SQLite FTS5. Both index only the folded words (the first half of ``index_words``), so "thu tuc"
and "thủ tục" find the same items; the words as written (second half) are checked with ``LIKE`` on the
few rows that need it (the exact-diacritics order within a tier).

A condition says: the query's words as a **phrase** (adjacent, in order) or all of them in any order,
optionally in the **title** only, optionally with the last word as a **prefix** (still being typed).

PostgreSQL: ``portal_contentpage.search_vector`` (migration ``portal 0006``) holds the title's words with
weight A, then a separator token, then title and text with weight D; ``'thu':A <-> 'tuc':A`` is the
phrase in the title, ``'thu' <-> 'tuc'`` anywhere. SQLite: the FTS5 table ``portal_contentpage_fts``
(columns ``title`` and ``body``, rowid = page id), kept by triggers on ``portal_contentpage``.
"""

from __future__ import annotations

# The generated column (PostgreSQL). The separator token keeps a phrase from running from the end of
# the title into the start of the text; it is never searched (queries are folded words of the reader's).
SEPARATOR_TOKEN = "zzsep"
VECTOR_SQL = (
    "setweight(to_tsvector('simple'::regconfig, split_part(search_title_words, '|', 1)), 'A') || "
    f"to_tsvector('simple'::regconfig, '{SEPARATOR_TOKEN} ' || split_part(search_words, '|', 1))"
)

FTS_TABLE = "portal_contentpage_fts"
FTS_VOCABULARY = "portal_contentpage_fts_vocab"  # fts5vocab: in how many pages each word is


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
