"""The test database, migrated once: applying the 236 migrations takes about a minute per pytest-xdist
worker, so the first worker to finish keeps a copy of the migrated SQLite database under
var/test-cache/, named by a hash of every migration file (and the Django and SQLite versions). A later
worker or run restores that copy and still runs `migrate`, which then applies nothing but sends the
post-migrate signals (content types, permissions, Wagtail's handlers) as a fresh database gets them.

A change to any migration changes the name, so a stale copy is never used; older copies are removed when a
new one is written. PostgreSQL (CI) migrates as before."""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import django
from django.conf import settings


def migrations_key() -> str:
    """A hash of every migration file of the installed apps, with the Django and SQLite versions."""
    from django.apps import apps
    from django.db.migrations.loader import MigrationLoader

    digest = hashlib.sha256(f"{django.__version__} {sqlite3.sqlite_version}".encode())
    for app in sorted(apps.get_app_configs(), key=lambda app: app.label):
        module, _ = MigrationLoader.migrations_module(app.label)
        if module is None:
            continue
        try:
            spec = importlib.util.find_spec(module)
        except ModuleNotFoundError:
            continue
        if spec is None or not spec.submodule_search_locations:
            continue
        for folder in spec.submodule_search_locations:
            for path in sorted(Path(folder).glob("*.py")):
                digest.update(f"{app.label}/{path.name}\0".encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    return Path(settings.VAR_DIR) / "test-cache"


def migrated_copy() -> Path | None:
    """The migrated copy for the current migrations, if a test run has written it."""
    path = cache_dir() / f"migrated-{migrations_key()}.sqlite3"
    return path if path.exists() else None


def seed_migrated(var_dir: Path) -> None:
    """Before a subprocess runs `cong migrate` on a fresh var/ (smoke tests): start its SQLite database from
    the migrated copy when there is one, so that `migrate` only checks it is up to date instead of
    applying every migration again (about 15 s of CPU each time). The tests of `migrate` itself on an
    empty database (cong/core/tests/test_commands.py, the end-to-end `make demo`) do not use it."""
    copy = migrated_copy()
    if copy is not None:
        Path(var_dir).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(copy, Path(var_dir) / "cong.sqlite3")


def _save(connection, target: Path) -> None:
    """Write the migrated database to ``target`` atomically (another worker may be writing it too)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
    os.close(fd)
    copy = sqlite3.connect(temporary)
    try:
        connection.connection.backup(copy)
    finally:
        copy.close()
    os.replace(temporary, target)
    for old in target.parent.glob("migrated-*.sqlite3"):
        if old != target:
            old.unlink(missing_ok=True)


def _restore(source: Path, connection) -> None:
    connection.ensure_connection()
    template = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        template.backup(connection.connection)
    finally:
        template.close()


@contextlib.contextmanager
def migrated_once():
    """While the test databases are created: for an SQLite database in memory, restore the migrated copy
    before `migrate` runs (or keep one after it ran)."""
    from django.core import management
    from django.db import connections

    call_command = management.call_command

    def call(name, *args, **options):
        connection = connections[options.get("database", "default")]
        if name != "migrate" or connection.vendor != "sqlite" or not connection.is_in_memory_db():
            return call_command(name, *args, **options)
        template = migrated_copy()
        if template is not None:
            _restore(template, connection)
            return call_command(name, *args, **options)  # applies nothing; sends post_migrate
        result = call_command(name, *args, **options)
        _save(connection, cache_dir() / f"migrated-{migrations_key()}.sqlite3")
        return result

    management.call_command = call
    try:
        yield
    finally:
        management.call_command = call_command
