"""Demo content of the statistics app (data in cong/demo/data/statistics/), loaded through its actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable


def load(now: dt.datetime, say: Callable[[str], object]) -> None:
    """Nothing yet."""
