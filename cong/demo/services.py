"""Demo content of the services app (data in cong/demo/data/services/), loaded through its actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable


def load(now: dt.datetime, say: Callable[[str], object]) -> None:
    """Nothing yet."""
