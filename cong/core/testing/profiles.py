"""Run part of a test under another regulation profile (hồ sơ quy định)."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from django.core.cache import cache

from cong.core.profiles import clear_profile_cache


def switch_profile(settings, name_or_text: str, tmp_path: Path | None = None) -> None:
    """Make ``name_or_text`` the active profile: a name in profiles/, or — with ``tmp_path`` — TOML text
    written to a temporary file (``'parent = "national"\\n[qa]\\nintake = …'``). pytest-django's
    ``settings`` fixture puts CONG_PROFILE back after the test."""
    if tmp_path is not None:
        path = Path(tmp_path, "thu-nghiem.toml")
        path.write_text(name_or_text, encoding="utf-8")
        name_or_text = str(path)
    settings.CONG_PROFILE = name_or_text
    clear_profile_cache()
    cache.clear()  # pages cached under the old profile show its values


@contextmanager
def profile(settings, name_or_text: str, tmp_path: Path | None = None):
    """``with profile(settings, "lai-chau"): …`` — the profile for the block only, then national again."""
    switch_profile(settings, name_or_text, tmp_path)
    try:
        yield
    finally:
        settings.CONG_PROFILE = "national"
        clear_profile_cache()


def override(settings, tmp_path: Path, group: str, lines: str, parent: str = "national") -> None:
    """Run on ``parent`` with some keys of ``[group]`` replaced in a temporary profile file."""
    switch_profile(settings, f'parent = "{parent}"\n[{group}]\n{lines}\n', tmp_path)
