"""Anti-abuse of the public forms without third-party services: rate limits per address, a honeypot,
and a self-hosted ALTCHA proof-of-work that only flagged requests must solve.

A person sending a normal question never sees a puzzle: the proof-of-work is asked for only once the
address has sent more than ``CONG_CITIZENS_SOFT_LIMIT`` forms within the window or filled the honeypot.
Past ``CONG_CITIZENS_HARD_LIMIT`` the address is refused until the window ends. Counters live in Django's
cache (Redis in production, so every worker process shares them).
"""

from __future__ import annotations

import datetime as dt
import hashlib

from altcha import create_challenge_v1, verify_solution_v1
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

ALGORITHM = "SHA-256"


def client_address(request) -> str:
    """The client's address; behind a reverse proxy, the header named by ``CONG_CLIENT_IP_HEADER``."""
    header = getattr(settings, "CONG_CLIENT_IP_HEADER", "")
    if header and request.META.get(header):
        return request.META[header].split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _key(scope: str, kind: str, address: str) -> str:
    # The address is hashed: the cache must not become a log of citizens' addresses.
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]
    return f"citizens:{scope}:{kind}:{digest}"


class Guard:
    """Counters of one address for one form (``scope``)."""

    def __init__(self, request, scope: str):
        self.address = client_address(request)
        self.scope = scope
        self.window = settings.CONG_CITIZENS_RATE_WINDOW

    def _incr(self, kind: str) -> int:
        key = _key(self.scope, kind, self.address)
        if cache.add(key, 1, self.window):
            return 1
        try:
            return cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, self.window)
            return 1

    def attempts(self) -> int:
        return cache.get(_key(self.scope, "count", self.address), 0)

    def record_attempt(self) -> int:
        count = self._incr("count")
        if count > settings.CONG_CITIZENS_SOFT_LIMIT:
            self.flag()
        return count

    def too_many(self) -> bool:
        return self.attempts() > settings.CONG_CITIZENS_HARD_LIMIT

    def flag(self) -> None:
        cache.set(_key(self.scope, "flag", self.address), True, self.window)

    def flagged(self) -> bool:
        return bool(cache.get(_key(self.scope, "flag", self.address)))


def _hmac_key() -> str:
    return hashlib.sha256(f"altcha:{settings.SECRET_KEY}".encode()).hexdigest()


def new_challenge() -> dict:
    """A signed challenge for the browser: find n ≤ maxnumber with SHA-256(salt + n) = challenge."""
    challenge = create_challenge_v1(
        algorithm=ALGORITHM,
        max_number=settings.CONG_CITIZENS_POW_MAX_NUMBER,
        hmac_key=_hmac_key(),
        expires=timezone.now() + dt.timedelta(minutes=20),
    )
    return challenge.to_dict()


def verify(payload: str) -> bool:
    """Check a solution server-side: signature, answer, expiry, and that it was not used before."""
    if not payload or len(payload) > 2000:
        return False
    try:
        ok, _error = verify_solution_v1(payload, _hmac_key(), check_expires=True)
    except Exception:  # noqa: BLE001 - malformed payloads are simply wrong answers
        return False
    if not ok:
        return False
    # One solution, one submission: a replayed payload is refused.
    return cache.add(f"citizens:altcha:{hashlib.sha256(payload.encode()).hexdigest()}", True, 60 * 60)
