"""The migrated copy of the test database (cong/core/testing/database.py): named by the content of every
migration, so an edited migration never restores a stale schema; the database the tests run on is
migrated to the migrations on disk."""

import importlib.util
import shutil
from pathlib import Path

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from cong.core.testing import database


def test_the_copy_is_named_by_the_content_of_the_migrations(tmp_path, monkeypatch):
    real = importlib.util.find_spec("cong.core.migrations")
    folder = tmp_path / "migrations"
    shutil.copytree(Path(real.origin).parent, folder)
    find_spec = importlib.util.find_spec

    def core_migrations_in_tmp(name, *args):
        spec = find_spec(name, *args)
        if name == "cong.core.migrations":
            spec.submodule_search_locations = [str(folder)]
        return spec

    before = database.migrations_key()
    monkeypatch.setattr(database.importlib.util, "find_spec", core_migrations_in_tmp)
    assert database.migrations_key() == before  # the same files
    first = sorted(folder.glob("0*.py"))[0]
    first.write_text(first.read_text("utf-8") + "\n# changed\n", "utf-8")
    assert database.migrations_key() != before


@pytest.mark.django_db
def test_the_test_database_has_every_migration_on_disk_applied():
    executor = MigrationExecutor(connection)
    assert executor.migration_plan(executor.loader.graph.leaf_nodes()) == []
