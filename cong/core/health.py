"""Checks that apps add to the health page (/suc-khoe/, ``cong.ops.views.health``) without ops importing them.

    from cong.core import health
    health.register("dossiers", lambda: {"ok": True, "last_success": "…"})   # in an app's ready()

Each check returns a dict with at least ``ok``; a check that raises counts as ``{"ok": False}``. Checks say
nothing that helps an attacker (no paths, versions or error texts).
"""

from __future__ import annotations

from collections.abc import Callable

_checks: dict[str, Callable[[], dict]] = {}


def register(name: str, check: Callable[[], dict]) -> None:
    _checks[name] = check


def run_checks() -> dict[str, dict]:
    results = {}
    for name, check in _checks.items():
        try:
            results[name] = dict(check())
        except Exception:  # noqa: BLE001 - a failing check is "not ok", never a 500 of the health page
            results[name] = {"ok": False}
        results[name]["ok"] = bool(results[name].get("ok"))
    return results
