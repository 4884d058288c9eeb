"""The scheduler runs once per installation, however many ``cong scheduler`` processes are started (one per
app node, or a second one left running by mistake): they share a **lease** row in the database.

The holder renews the lease at every heartbeat; the others wait as standby and try to take it at theirs. A
lease not renewed for ``seconds`` (its holder was killed, its machine lost power or its network) expires,
and the next standby to try takes it over. A holder that finds its lease taken (it was paused longer than
the lease) stops scheduling at once. Taking and renewing are one conditional ``UPDATE`` — the database
decides, so it works the same on SQLite and PostgreSQL and needs no lock held on a connection (a
PostgreSQL advisory lock would be lost silently with its connection, and SQLite has none).

The clocks of the nodes must agree to well within the lease (NTP does that); ``now`` is passed in by the
tests.
"""

from __future__ import annotations

import os
import secrets
import socket
from datetime import datetime, timedelta

from django.db import IntegrityError
from django.db.models import Q
from django.utils import timezone

from .models import SchedulerLease

SCHEDULER = "scheduler"
DEFAULT_SECONDS = 90


def holder_id() -> str:
    """This process, as the lease row shows it: machine, process id and a random part (a pid is reused)."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


def acquire(holder: str, *, seconds: int = DEFAULT_SECONDS, now: datetime | None = None,
            name: str = SCHEDULER) -> bool:  # fmt: skip
    """Take or renew the lease for ``seconds``; True when ``holder`` holds it afterwards."""
    now = now or timezone.now()
    try:
        SchedulerLease.objects.get_or_create(name=name)
    except IntegrityError:  # another scheduler created the row at the same moment
        pass
    lease = SchedulerLease.objects.filter(name=name)
    expires = now + timedelta(seconds=seconds)
    if lease.filter(holder=holder).update(renewed_at=now, expires_at=expires):
        return True
    free = Q(holder="") | Q(expires_at__isnull=True) | Q(expires_at__lte=now)
    return bool(lease.filter(free).update(holder=holder, acquired_at=now, renewed_at=now, expires_at=expires))


def release(holder: str, *, name: str = SCHEDULER) -> None:
    """Give the lease up (a scheduler stopping cleanly): a standby takes over at its next heartbeat."""
    SchedulerLease.objects.filter(name=name, holder=holder).update(holder="", expires_at=None)


def current(name: str = SCHEDULER) -> SchedulerLease | None:
    return SchedulerLease.objects.filter(name=name).first()
