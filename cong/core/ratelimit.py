"""Giới hạn tần suất: one counter store for every rate limit of the portal (sign-in attempts, anonymous
back-office requests, citizens' forms, one-time proofs of work).

A limit must hold for the whole server, not for each of its worker processes: with four gunicorn workers
and per-process memory counters, four times the limit got through. So counters live where every process
sees them — the shared cache when one is configured (Redis, Memcached), otherwise the database
(``RateCounter``, one row per bucket and client, deleted once expired).

    from cong.core import ratelimit

    if ratelimit.hit("login", client_address, window=60) > settings.CONG_LOGIN_RATE:
        ...  # refuse

A window opens at a client's first hit and lasts ``window`` seconds; clients are stored hashed with the
secret key, so that the counters never become a log of visitors' addresses.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from django.conf import settings
from django.core.cache import caches
from django.db import IntegrityError, transaction
from django.db.models import F
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
    from .models import RateCounter

    now = now or timezone.now()
    row = RateCounter.objects.filter(bucket=bucket, key=key, expires_at__gt=now).values_list(
        "count", flat=True
    )
    return row.first() or 0


def first_time(bucket: str, client: str, *, window: int, now: dt.datetime | None = None) -> bool:
    """True only the first time ``client`` is seen in ``bucket`` within ``window`` — for one-time tokens
    (a solved puzzle cannot be replayed on another worker)."""
    return hit(bucket, client, window=window, now=now) == 1


def _database_hit(bucket: str, key: str, window: int, now: dt.datetime) -> int:
    from .models import RateCounter

    live = RateCounter.objects.filter(bucket=bucket, key=key, expires_at__gt=now)
    with transaction.atomic():
        if live.update(count=F("count") + 1):
            return live.values_list("count", flat=True).first() or 1
        # No open window: this hit opens one. Expired rows (this client's and everyone's) go first.
        RateCounter.objects.filter(expires_at__lte=now).delete()
        try:
            with transaction.atomic():
                RateCounter.objects.create(
                    bucket=bucket, key=key, count=1, expires_at=now + dt.timedelta(seconds=window)
                )
            return 1
        except IntegrityError:  # another process opened the window at the same moment
            live.update(count=F("count") + 1)
            return live.values_list("count", flat=True).first() or 1
