"""What each access level may do on records outside the page tree (the registers' schedules, projects,
statistics…), told here by the apps that own those records when they start.

The editorial chain gives every group its level's permissions (``cong.editorial.roles.grant``), for the
provincial portal's groups and for every member portal's; it reads this table so that it need not know the
register apps (they sit above it). Levels are the ``agencies`` permissions of ``AccessLevel``:
``update_content`` (cập nhật), ``moderate_content`` (kiểm duyệt), ``administer_portal`` (quản trị).
"""

from __future__ import annotations

from collections import defaultdict

_by_level: dict[str, set[str]] = defaultdict(set)


def allow(access_level: str, *permissions: str) -> None:
    """Give ``access_level`` the ``"app_label.codename"`` permissions (called from an app's ``ready``)."""
    _by_level[access_level].update(permissions)


def permissions_of(access_level: str) -> set[str]:
    return set(_by_level.get(access_level, ()))


def all_record_permissions() -> set[str]:
    return set().union(*_by_level.values()) if _by_level else set()
