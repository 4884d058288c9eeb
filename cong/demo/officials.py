"""Demo content of the officials app (data in cong/demo/data/officials/), loaded through its actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable


def load(now: dt.datetime, say: Callable[[str], object]) -> None:
    """Nothing yet."""
