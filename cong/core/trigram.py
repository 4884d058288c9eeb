"""Trigram indexes (pg_trgm) for the site search's ``LIKE '% thu tuc %'`` on PostgreSQL, none on SQLite.

The search runs the same SQL on both databases (``cong/portal/search.py``); on PostgreSQL a GIN index
with ``gin_trgm_ops`` on each searched column lets ``LIKE`` with a leading ``%`` use an index instead of
reading every row. A migration adds one with ``trigram_index(table, column)``; on SQLite it does nothing.
"""

from django.db import migrations


def trigram_index(table: str, column: str) -> migrations.RunPython:
    name = f"{table}_{column}_trgm"[:63]

    def forward(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" USING gin ("{column}" gin_trgm_ops)'
        )

    def backward(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')

    return migrations.RunPython(forward, backward, elidable=False)
