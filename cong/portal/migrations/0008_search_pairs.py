"""Syllable pairs in the pages' full-text column (issue 17, PostgreSQL only).

``search_vector`` gets, besides the single folded words, every pair of adjacent syllables as one lexeme
(``'thu tuc'``; the title's with weight A, the title and text's with weight D), made by the SQL function
``cong_pair_vector`` (``cong.core.fulltext``). A phrase query is then its ``<->`` phrase AND its pairs
(``cong_phrase_tsquery``), and a phrase of common words that is itself rare ("hanh chinh thu") is read
from the GIN index through its rare pairs. PostgreSQL 15 cannot change a generated column's expression,
so the column (and its GIN index) is dropped and added again, which computes it for every page; then the
table is analysed so the planner knows the pairs' frequencies at once. SQLite: nothing (its FTS5 phrase
queries are unchanged).
"""

from django.db import migrations

from cong.core.fulltext import DROP_PAIR_FUNCTIONS, PAIR_FUNCTIONS, VECTOR_SQL_PAIRS, VECTOR_SQL_WORDS


def _vector_column(schema_editor, expression: str) -> None:
    schema_editor.execute("ALTER TABLE portal_contentpage DROP COLUMN IF EXISTS search_vector")
    schema_editor.execute(
        f"ALTER TABLE portal_contentpage ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({expression}) STORED"
    )
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS portal_contentpage_search_vector ON portal_contentpage "
        "USING gin (search_vector)"
    )
    schema_editor.execute("ALTER TABLE portal_contentpage ALTER COLUMN search_vector SET STATISTICS 1000")
    schema_editor.execute("ANALYZE portal_contentpage")


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in PAIR_FUNCTIONS:
        schema_editor.execute(statement)
    _vector_column(schema_editor, VECTOR_SQL_PAIRS)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    _vector_column(schema_editor, VECTOR_SQL_WORDS)
    for statement in DROP_PAIR_FUNCTIONS:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    atomic = True

    dependencies = [
        ("portal", "0007_search_word"),
    ]

    operations = [
        migrations.RunPython(forward, backward, elidable=False),
    ]
