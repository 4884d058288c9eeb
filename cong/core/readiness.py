"""Is the database ready for the long-running processes? (cơ sở dữ liệu đã được tạo và cập nhật chưa)

A web server or scheduler started on a database that `cong migrate` never built answers every request
with a 500 and dies on its first job ("no such table"). They check once at start and refuse to run, naming
the command that fixes it, instead."""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.utils.translation import gettext as _


def pending_migrations(using: str = DEFAULT_DB_ALIAS) -> list[str]:
    """The migrations not yet applied to the database, as ``app.name``, in the order they would run."""
    executor = MigrationExecutor(connections[using])
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [f"{migration.app_label}.{migration.name}" for migration, _backwards in plan]


class DatabaseNotReady(ImproperlyConfigured):
    pass


def require_migrated_database(process: str, using: str = DEFAULT_DB_ALIAS) -> None:
    """Raise DatabaseNotReady, in Vietnamese, when ``process`` would start on an unbuilt database."""
    pending = pending_migrations(using)
    if pending:
        raise DatabaseNotReady(
            _(
                "%(process)s không khởi động: cơ sở dữ liệu chưa được tạo hoặc chưa cập nhật (%(count)s bước chưa chạy, đầu tiên là %(pending)s). Chạy «cong migrate» (bản mẫu: «make demo») rồi khởi động lại."
            )
            % {"process": process, "count": len(pending), "pending": pending[0]}
        )
