"""The registry of demo accounts (``data/users.toml``): who they are, what role they hold, and the one
demo password and authenticator secret they share. Plain data, no Django: the end-to-end suite imports it
outside the project's settings."""

from __future__ import annotations

import base64
from dataclasses import dataclass

from .files import read_toml

_REGISTRY = read_toml("users.toml")

DEMO_PASSWORD: str = _REGISTRY["password"]
# The authenticator key as django-otp stores it (hex), and as an authenticator app takes it (base32).
DEMO_TOTP_KEY: str = _REGISTRY["totp_key"]
DEMO_TOTP_SECRET: str = base64.b32encode(bytes.fromhex(DEMO_TOTP_KEY)).decode()
DEMO_DEVICE_NAME = "Ứng dụng xác thực (dữ liệu mẫu)"  # i18n: data


@dataclass(frozen=True)
class DemoUser:
    username: str
    full_name: str
    role: str
    email: str
    label: str
    agency: str = ""
    position: str = ""


DEMO_USERS: tuple[DemoUser, ...] = tuple(DemoUser(**entry) for entry in _REGISTRY["users"])
ADMIN: DemoUser = next(user for user in DEMO_USERS if user.role == "administrator")


def demo_user(username: str) -> DemoUser:
    return next(user for user in DEMO_USERS if user.username == username)


def with_role(*roles: str, agency: str | None = None) -> list[DemoUser]:
    """The registered accounts of these roles (of this agency, when given), in registry order."""
    return [user for user in DEMO_USERS if user.role in roles and agency in (None, user.agency)]
