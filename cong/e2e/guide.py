"""Screenshots for the editors' guide (docs/huong-dan/bien-tap.md, shown at /quan-tri/huong-dan/): the
journeys take them at the step the guide describes, so the pictures show the admin as it is.

Each run writes them under var/huong-dan/anh/; with CONG_GUIDE_SCREENSHOTS=1 (`make guide-screenshots`)
it writes them over the guide's own pictures (cong/editorial/static/editorial/huong-dan/anh/), to commit."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUIDE_PICTURES = ROOT / "cong" / "editorial" / "static" / "editorial" / "huong-dan" / "anh"


def folder() -> Path:
    if os.environ.get("CONG_GUIDE_SCREENSHOTS") == "1":
        return GUIDE_PICTURES
    return ROOT / "var" / "huong-dan" / "anh"


def guide_shot(page, name: str) -> Path:
    """Save the visible part of ``page`` as ``name``.png for the guide; returns the file."""
    target = folder() / f"{name}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 1280, "height": 800})
    # finished transitions: a menu just opened is shown open, not fading in
    page.screenshot(path=str(target), full_page=False, animations="disabled")
    return target
