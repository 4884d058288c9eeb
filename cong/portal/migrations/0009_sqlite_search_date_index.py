"""SQLite: an index of each page's search date by its id, for the site search (issue 17).

A rare condition of the pages' search is read from FTS5 and its matches sorted by date; each match's
``search_date`` comes from this index (``INDEXED BY`` in ``cong/portal/search.py``) instead of the table's
row, where it lies after the long ``search_text`` and was reached through the row's overflow pages
(~0.2 s for 70,000 matches at 100,000 articles). PostgreSQL: nothing.
"""

from django.db import migrations

from cong.core.fulltext import SQLITE_DATE_INDEX


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{SQLITE_DATE_INDEX}" ON "portal_contentpage" '
            '("page_ptr_id", "search_date")'
        )


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(f'DROP INDEX IF EXISTS "{SQLITE_DATE_INDEX}"')


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0008_search_pairs"),
    ]

    operations = [
        migrations.RunPython(forward, backward, elidable=False),
    ]
