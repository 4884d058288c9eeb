"""Anti-abuse of the public forms without third-party services: rate limits per address, a honeypot,
and a self-hosted ALTCHA proof-of-work that only flagged requests must solve.

A person sending a normal question never sees a puzzle: the proof-of-work is asked for only once the
address has sent more than ``CONG_CITIZENS_SOFT_LIMIT`` forms within the window or filled the honeypot.
Past ``CONG_CITIZENS_HARD_LIMIT`` the address is refused until the window ends. Counters are the
portal's one rate-limit store (``cong.core.ratelimit``: the database, or Redis when configured), so every
worker process shares them and a solved puzzle cannot be replayed on another worker.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from altcha import create_challenge_v1, verify_solution_v1
from django.conf import settings
from django.utils import timezone

from cong.core import ratelimit
from cong.core.client import client_address

ALGORITHM = "SHA-256"


class Guard:
    """Counters of one address for one form (``scope``). Addresses are stored hashed by the store."""

    def __init__(self, request, scope: str):
        self.address = client_address(request) or "unknown"
        self.scope = scope
        self.window = settings.CONG_CITIZENS_RATE_WINDOW
        # What this request already learnt from the store, so that a form costs one write and one read.
        self._count: int | None = None
        self._flagged: bool | None = None

    def _bucket(self, kind: str) -> str:
        return f"citizens-{self.scope}-{kind}"

    def attempts(self) -> int:
        return ratelimit.count(self._bucket("count"), self.address)

    def record_attempt(self) -> int:
        self._count = ratelimit.hit(self._bucket("count"), self.address, window=self.window)
        if self._count > settings.CONG_CITIZENS_SOFT_LIMIT:
            self.flag()
        return self._count

    def too_many(self) -> bool:
        count = self._count if self._count is not None else self.attempts()
        return count > settings.CONG_CITIZENS_HARD_LIMIT

    def flag(self) -> None:
        if not self.flagged():
            ratelimit.hit(self._bucket("flag"), self.address, window=self.window)
            self._flagged = True

    def flagged(self) -> bool:
        if self._flagged is None:
            self._flagged = ratelimit.count(self._bucket("flag"), self.address) > 0
        return self._flagged


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
    # One solution, one submission: a replayed payload is refused, on whichever worker it arrives.
    return ratelimit.first_time("citizens-altcha", payload, window=60 * 60)
