"""The demo's agencies (data/agencies.toml), shared by the editorial chain and Hỏi – Đáp."""

from __future__ import annotations

from cong.agencies.models import Agency

from .factories import AgencyFactory
from .files import read_toml

AGENCIES: list[dict] = read_toml("agencies.toml")["agencies"]
DETAILS = ("name", "kind", "head", "address", "phone", "email")


def demo_agency(code: str) -> Agency:
    """The agency ``code``, created with its details the first time."""
    spec = next(spec for spec in AGENCIES if spec["code"] == code)
    return AgencyFactory(code=code, **{key: spec[key] for key in DETAILS})
