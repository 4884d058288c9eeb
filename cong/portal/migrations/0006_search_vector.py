"""The pages' full-text index for the site search at scale (issue 17): PostgreSQL ``tsvector``, SQLite FTS5.

``search_vector`` is a stored generated column — the folded words of the title with weight A, then (after
a separator token, so no phrase crosses from the title into the text) the folded words of title and text
with weight D — under a GIN index, and ``(search_date DESC, page_ptr_id DESC)`` is indexed so a common
word's newest matches are read in order without sorting every match (``cong/portal/search.py``). The
trigram index on ``search_words`` (0003) is no longer used by the pages' search and is dropped: it was the
biggest index of the table and slowed every save. SQLite: the FTS5 table ``portal_contentpage_fts`` and its
triggers (``cong.core.fulltext``), filled from the existing rows.
"""

from django.db import migrations

from cong.core.fulltext import FTS_TABLE, VECTOR_SQL_WORDS, sqlite_fts_statements

# Wagtail reads a parent's children with ``path LIKE 'parent%' AND depth = n`` (the main menu on every page,
# the root node): neither database uses the path index for that LIKE, so at 100,000 pages each read every
# row; with (depth, path) they read the few pages of that depth.
DEPTH_INDEX = 'CREATE INDEX IF NOT EXISTS "cong_page_depth_path" ON "wagtailcore_page" ("depth", "path")'


def forward(apps, schema_editor):
    schema_editor.execute(DEPTH_INDEX)
    if schema_editor.connection.vendor == "sqlite":
        for statement in sqlite_fts_statements():
            schema_editor.execute(statement)
        schema_editor.execute(
            'CREATE INDEX IF NOT EXISTS "portal_contentpage_search_date" ON "portal_contentpage" '
            '("search_date", "page_ptr_id")'
        )
        return
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute('DROP INDEX IF EXISTS "portal_contentpage_search_words_trgm"')
    schema_editor.execute(
        f"ALTER TABLE portal_contentpage ADD COLUMN IF NOT EXISTS search_vector tsvector "
        f"GENERATED ALWAYS AS ({VECTOR_SQL_WORDS}) STORED"
    )
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS portal_contentpage_search_vector ON portal_contentpage "
        "USING gin (search_vector)"
    )
    schema_editor.execute("ALTER TABLE portal_contentpage ALTER COLUMN search_vector SET STATISTICS 1000")
    schema_editor.execute(
        'CREATE INDEX IF NOT EXISTS "portal_contentpage_search_date" ON "portal_contentpage" '
        '("search_date" DESC NULLS LAST, "page_ptr_id" DESC)'
    )


def backward(apps, schema_editor):
    schema_editor.execute('DROP INDEX IF EXISTS "cong_page_depth_path"')
    schema_editor.execute('DROP INDEX IF EXISTS "portal_contentpage_search_date"')
    if schema_editor.connection.vendor == "sqlite":
        for suffix in ("ai", "au", "ad"):
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {FTS_TABLE}_{suffix}")
        schema_editor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}_vocab")
        schema_editor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    elif schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE portal_contentpage DROP COLUMN IF EXISTS search_vector")


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0005_content_locales"),
    ]

    operations = [
        migrations.RunPython(forward, backward, elidable=False),
    ]
