"""Loading the demo: its parts in order, each in its own transaction. Running it again adds nothing twice.

The order matters: the portal makes the provincial site the others hang from; the editorial part makes the
agencies and their member portals that the questions, petitions and legal documents name; the accounts
part runs last, to equip every registered demo account the others created with the shared authenticator."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from importlib import import_module

from django.db import transaction

from cong.core.addresses import point_sites_at_served_address

PARTS = (
    "portal",
    "english",
    "editorial",
    "citizens",
    "legal",
    "schedules",
    "officials",
    "projects",
    "statistics",
    "services",
    "accounts",
)


def load_demo(now: dt.datetime, say: Callable[[str], object]) -> None:
    """Every part of the demo as of ``now``; ``say`` prints one line for the reader.

    With CONG_BASE_URL set (``make demo`` sets it from HOST and PORT), the demo's Site records take that
    address after each part, so every link the demo mails or prints names the address it is served at."""
    for name in PARTS:
        part = import_module(f"{__package__}.{name}")
        with transaction.atomic():
            point_sites_at_served_address()
            part.load(now, say)
            point_sites_at_served_address()
