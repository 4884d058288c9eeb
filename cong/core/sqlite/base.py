"""Django's SQLite backend, with the writers queued by the operating system instead of SQLite's busy handler.

SQLite has one writer at a time. A transaction that finds the write lock taken does not wait for it: its
busy handler sleeps 1, 2, 5, 10, 15, 20, 25… ms and tries again, so the lock is often free for most of a
sleep while the next writer still sleeps. With two gunicorn workers receiving citizens' forms, the workers
spent ~13 % of their time in those sleeps (issue 17, sampled during benchmarks/submissions.py). Here each
transaction (``atomic``, BEGIN IMMEDIATE) first takes an exclusive ``flock`` on a file beside the database
and releases it after its COMMIT or ROLLBACK: a waiting writer is woken by the kernel the moment the lock
is released, and a killed process's lock is released with it. The wait is bounded like SQLite's own, by
the connection's ``timeout``: a writer that hangs inside its transaction makes the others fail with
"database is locked" after it, not wait for ever. Readers take nothing (WAL); a statement outside any
transaction still waits in SQLite's busy handler (``timeout``).
"""

from __future__ import annotations

import fcntl
import os
import time

from django.db.backends.sqlite3 import base
from django.db.utils import OperationalError

# While another transaction holds the lock, how often it is tried again: the next writer starts at most
# this long after the previous one commits (SQLite's busy handler waited 1, 2, 5, 10 … ms).
RETRY_SECONDS = 0.0005


class DatabaseWrapper(base.DatabaseWrapper):
    _writer_lock: int | None = None  # the open lock file while this connection exists
    _writing = False  # the lock is held: a transaction is open

    def get_new_connection(self, conn_params):
        connection = super().get_new_connection(conn_params)
        if not self.is_in_memory_db():
            self._writer_lock = os.open(
                f"{self.settings_dict['NAME']}-writers.lock", os.O_RDWR | os.O_CREAT, 0o600
            )
        return connection

    def _start_transaction_under_autocommit(self):
        if self._writer_lock is not None:
            self._take_writers_lock()
            self._writing = True
        try:
            super()._start_transaction_under_autocommit()
        except BaseException:
            self._release_writers()
            raise

    def _take_writers_lock(self):
        deadline = None
        while True:
            try:
                fcntl.flock(self._writer_lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                now = time.monotonic()
                if deadline is None:
                    deadline = now + float(self.settings_dict["OPTIONS"].get("timeout", 5))
                elif now >= deadline:
                    raise OperationalError(
                        "database is locked (another writer's transaction did not end)"
                    ) from None
                time.sleep(RETRY_SECONDS)

    def _release_writers(self):
        if self._writing:
            self._writing = False
            fcntl.flock(self._writer_lock, fcntl.LOCK_UN)

    def _commit(self):
        try:
            super()._commit()
        finally:
            self._release_writers()

    def _rollback(self):
        try:
            super()._rollback()
        finally:
            self._release_writers()

    def _close(self):
        try:
            super()._close()
        finally:
            self._release_writers()
            if self._writer_lock is not None:
                os.close(self._writer_lock)
                self._writer_lock = None
