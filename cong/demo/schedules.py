"""Demo content of the schedules app (data in cong/demo/data/schedules/), loaded through its actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable


def load(now: dt.datetime, say: Callable[[str], object]) -> None:
    """Nothing yet."""
