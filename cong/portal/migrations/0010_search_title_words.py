"""The title's single words as marked lexemes in the pages' full-text column (issue 17, PostgreSQL only).

``search_vector`` gets, besides the single words and the syllable pairs of ``0008``, each folded word of
the title after the mark of the title's pairs (``'^nguyen'``), made by the SQL function
``cong_marked_words`` (``cong.core.fulltext``). "Every word in the title" (the tier of the search after the
phrases) is then the AND of these lexemes (``cong_marked_tsquery``), which the planner's statistics know:
with the words only weighted A it estimated a title word as common as the word anywhere, and sorted or
walked far too many pages. As in ``0008`` the generated column (and its GIN index) is dropped and added
again, which computes it for every page, then the table is analysed. SQLite: nothing.
"""

from django.db import migrations

from cong.core.fulltext import DROP_MARKED_FUNCTIONS, MARKED_FUNCTIONS, VECTOR_SQL, VECTOR_SQL_PAIRS


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
    for statement in MARKED_FUNCTIONS:
        schema_editor.execute(statement)
    _vector_column(schema_editor, VECTOR_SQL)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    _vector_column(schema_editor, VECTOR_SQL_PAIRS)
    for statement in DROP_MARKED_FUNCTIONS:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    atomic = True

    dependencies = [
        ("portal", "0009_sqlite_search_date_index"),
    ]

    operations = [
        migrations.RunPython(forward, backward, elidable=False),
    ]
