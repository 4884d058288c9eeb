"""Giới hạn tần suất: one counter store for every rate limit of the portal (sign-in attempts, anonymous
back-office requests, citizens' forms, one-time proofs of work).

A limit must hold for the whole server, not for each of its worker processes: with four gunicorn workers
and per-process memory counters, four times the limit got through. So counters live where every process
sees them — the shared cache when one is configured (Redis, Memcached), otherwise the database
(``RateCounter``, one row per bucket and client, deleted once expired: when a window opens, at most once a
minute per process).

    from cong.core import ratelimit

    if ratelimit.hit("login", client_address, window=60) > settings.CONG_LOGIN_RATE:
        ...  # refuse

A window opens at a client's first hit and lasts ``window`` seconds; clients are stored hashed with the
secret key, so that the counters never become a log of visitors' addresses.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib

from django.conf import settings
from django.core.cache import caches
from django.db import connections, router, transaction
from django.utils import timezone

# Cache backends that one process keeps to itself (or whose increment is not atomic across processes).
SHARED_CACHE_BACKENDS = (
    "django.core.cache.backends.redis.RedisCache",
    "django.core.cache.backends.memcached.PyMemcacheCache",
    "django.core.cache.backends.memcached.PyLibMCCache",
    "django_redis.cache.RedisCache",
)


def shared_cache_configured() -> bool:
    """True when the default cache is one server that every worker process shares (Redis, Memcached)."""
    return settings.CACHES.get("default", {}).get("BACKEND", "") in SHARED_CACHE_BACKENDS


def _digest(client: str) -> str:
    return hashlib.sha256(f"{settings.SECRET_KEY}:{client}".encode()).hexdigest()[:64]


def hit(bucket: str, client: str, *, window: int, now: dt.datetime | None = None) -> int:
    """Count one more ``bucket`` event of ``client``; return the count within the current window."""
    key = _digest(client)
    if shared_cache_configured():
        cache, cache_key = caches["default"], f"cong:rate:{bucket}:{key}"
        if cache.add(cache_key, 1, timeout=window):
            return 1
        try:
            return cache.incr(cache_key)
        except ValueError:  # expired between add and incr
            cache.set(cache_key, 1, timeout=window)
            return 1
    return _database_hit(bucket, key, window, now or timezone.now())


def count(bucket: str, client: str, *, now: dt.datetime | None = None) -> int:
    """The current count of ``client`` in ``bucket`` without adding to it (0 when its window ended)."""
    key = _digest(client)
    if shared_cache_configured():
        return caches["default"].get(f"cong:rate:{bucket}:{key}", 0)
    connection, table, (bucket_, key_, count_, expires_), prepare = _table()
    # Read where it is written (never a replica that may lag), in one plain statement: it runs on every
    # citizen's form, where the ORM's query building cost more than the read (issue 17).
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {count_} FROM {table} WHERE {bucket_} = %s AND {key_} = %s AND {expires_} > %s",
            [bucket, key, prepare(now or timezone.now())],
        )
        row = cursor.fetchone()
    return row[0] if row else 0


def first_time(bucket: str, client: str, *, window: int, now: dt.datetime | None = None) -> bool:
    """True only the first time ``client`` is seen in ``bucket`` within ``window`` — for one-time tokens
    (a solved puzzle cannot be replayed on another worker)."""
    return hit(bucket, client, window=window, now=now) == 1


def atomic():
    """A transaction on the counters' database, for a caller whose own writes go there too (a citizen's
    form and its question): the hits made inside it commit with those writes, one commit instead of two
    (on SQLite one write transaction fewer per form — issue 17). Nothing to join when the counters are in
    the shared cache."""
    if shared_cache_configured():
        return contextlib.nullcontext()
    from .models import RateCounter

    return transaction.atomic(using=router.db_for_write(RateCounter))


SWEEP_EVERY = dt.timedelta(seconds=60)
_swept_at: dict[str, dt.datetime] = {}  # per database: when this process last deleted the expired rows


def _table():
    """The counters' database connection, quoted table and column names (bucket, key, count, expires_at)
    and how a moment is passed to it."""
    from .models import RateCounter

    connection = connections[router.db_for_write(RateCounter)]
    table = connection.ops.quote_name(RateCounter._meta.db_table)
    columns = tuple(
        connection.ops.quote_name(RateCounter._meta.get_field(name).column)
        for name in ("bucket", "key", "count", "expires_at")
    )
    field = RateCounter._meta.get_field("expires_at")
    return connection, table, columns, lambda moment: field.get_db_prep_value(moment, connection)


def _database_hit(bucket: str, key: str, window: int, now: dt.datetime) -> int:
    connection, table, (bucket_, key_, count_, expires_), prepare = _table()
    using = connection.alias
    at, until = prepare(now), prepare(now + dt.timedelta(seconds=window))
    # One statement whatever the state, atomic under concurrent workers: no row opens a window, a live
    # window counts one more, an expired one starts again (SQLite ≥ 3.35 and PostgreSQL alike; the ORM has
    # no upsert with an expression). It was an update, a sweep, and an insert in a savepoint (issue 17).
    sql = (
        f"INSERT INTO {table} ({bucket_}, {key_}, {count_}, {expires_}) VALUES (%s, %s, 1, %s) "
        f"ON CONFLICT ({bucket_}, {key_}) DO UPDATE SET "
        f"{count_} = CASE WHEN {table}.{expires_} > %s THEN {table}.{count_} + 1 ELSE 1 END, "
        f"{expires_} = CASE WHEN {table}.{expires_} > %s THEN {table}.{expires_} ELSE excluded.{expires_} END "
        f"RETURNING {count_}"
    )
    if connection.vendor == "postgresql" and not connection.in_atomic_block:
        # A counter is no record anyone was promised: its commit need not wait for the disk (a flush of
        # ~3 ms on a small server, which a sync worker spends idle, once per citizen's form — issue 17).
        # Only this transaction's commit; a crash of PostgreSQL could forget the last fraction of a second
        # of counts. Inside a caller's transaction nothing changes: its commit is the caller's.
        with transaction.atomic(using=using), connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit TO OFF")
            cursor.execute(sql, [bucket, key, until, at, at])
            count = cursor.fetchone()[0]
    else:
        with connection.cursor() as cursor:
            cursor.execute(sql, [bucket, key, until, at, at])
            count = cursor.fetchone()[0]
    # A window opened: expired rows (everyone's) go, so the table holds live windows and at most a minute
    # of expired ones (which count for nothing: the statement above restarts them). Not at every window:
    # each citizen's first form opens one, and the sweep was a read and an empty write transaction on each
    # (issue 17). One statement, without Django's delete collector.
    last = _swept_at.get(using)
    if count == 1 and (last is None or abs(now - last) >= SWEEP_EVERY):
        _swept_at[using] = now
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {table} WHERE {expires_} <= %s", [at])
    return count
