"""Read replica (bản sao chỉ đọc): when ``DATABASE_REPLICA_URL`` names a replica of the primary database
(PostgreSQL streaming replication), the read-only public requests — an anonymous visitor's GET or HEAD of
a public page — read from it; everything else reads and writes on the primary. See docs/deploy.md.

- ``ReplicaReadMiddleware`` marks such a request (a context variable, so threads and async tasks of other
  requests are not touched); ``ReplicaRouter`` sends that request's reads to the ``replica`` alias and every
  write, every read of any other request and every read inside a transaction to ``default``; migrations run
  on ``default`` only (the replica receives them by replication).
- A visitor with a session (signed in, a form in progress, a message to show), an ``Authorization`` header,
  any other method, the back office, sign-on and the health check: the primary.
- Replication lag: right after a publication the replica may not have it yet, and a page rendered from it
  would be kept by the page cache under the new generation. So for ``CONG_REPLICA_LAG_SECONDS`` (default 5)
  after this process first sees a new page-cache generation (a purge anywhere), every request reads from
  the primary.
- A replica this process cannot connect to is left alone for 30 s: the primary serves meanwhile.
"""

from __future__ import annotations

import contextvars
import logging
import time

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

logger = logging.getLogger(__name__)
REPLICA = "replica"
# Never from the replica: the back office (it reads what it has just written), sign-on, the health check
# (it must report the primary).
PRIMARY_PREFIXES = ("/quan-tri/", "/django-admin/", "/oidc/", "/suc-khoe/")

_use_replica: contextvars.ContextVar[bool] = contextvars.ContextVar("cong_use_replica", default=False)
_generation_seen: dict[str, float | str | None] = {"value": None, "changed_at": float("-inf")}


def configured() -> bool:
    return REPLICA in connections.settings


def reading_from_replica() -> bool:
    """Is the current request one whose reads go to the replica?"""
    return _use_replica.get()


def _in_transaction() -> bool:
    """Inside a transaction the request opened (it may have written): read what it wrote, on the primary.
    The test case's own transaction around a test does not count (Django marks it, as for on_commit)."""
    primary = connections[DEFAULT_DB_ALIAS]
    return any(not getattr(block, "_from_testcase", False) for block in primary.atomic_blocks)


class ReplicaRouter:
    """Reads of a request marked by ``ReplicaReadMiddleware`` from the replica; everything else on the
    primary."""

    def db_for_read(self, model, **hints):
        if _use_replica.get() and not _in_transaction():
            return REPLICA
        return DEFAULT_DB_ALIAS

    def db_for_write(self, model, **hints):
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        # the same rows on both: an object read from the replica may point to one read from the primary
        return {obj1._state.db, obj2._state.db} <= {DEFAULT_DB_ALIAS, REPLICA, None}

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == DEFAULT_DB_ALIAS


def read_only_public(request) -> bool:
    """An anonymous visitor's GET or HEAD outside the back office: nothing it reads was just written."""
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith(PRIMARY_PREFIXES):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return False
    return "HTTP_AUTHORIZATION" not in request.META


def _recently_purged() -> bool:
    """Has this process seen the page-cache generation change in the last CONG_REPLICA_LAG_SECONDS?"""
    from . import pagecache

    if not pagecache.enabled():
        return False
    try:
        value = pagecache.generation()
    except Exception:  # the cache is down: the primary, to be safe
        return True
    now = time.monotonic()
    if _generation_seen["value"] is None:
        _generation_seen["value"] = value  # the first look: nothing changed yet
    elif value != _generation_seen["value"]:
        _generation_seen.update(value=value, changed_at=now)
    return now - _generation_seen["changed_at"] < getattr(settings, "CONG_REPLICA_LAG_SECONDS", 5)


_replica_down_until = {"at": float("-inf")}
RETRY_SECONDS = 30


def replica_available() -> bool:
    """Can this process reach the replica? When it cannot (stopped, promoted, network), the primary serves
    for RETRY_SECONDS before the replica is tried again: visitors see pages, not errors."""
    now = time.monotonic()
    if now < _replica_down_until["at"]:
        return False
    try:
        connections[REPLICA].ensure_connection()
    except Exception:  # noqa: BLE001 - any failure to connect means "read the primary"
        logger.warning("read replica unreachable; reading the primary for %s s", RETRY_SECONDS, exc_info=True)
        _replica_down_until["at"] = now + RETRY_SECONDS
        return False
    return True


class ReplicaReadMiddleware:
    """Mark the read-only public requests whose reads may come from the replica (after the page cache: a
    hit needs no database at all)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not configured() or not read_only_public(request) or _recently_purged():
            return self.get_response(request)
        if not replica_available():
            return self.get_response(request)
        token = _use_replica.set(True)
        try:
            return self.get_response(request)
        finally:
            _use_replica.reset(token)
