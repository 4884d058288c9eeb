"""Vietnamese personal names (họ tên): họ + tên đệm + tên, in that order, everywhere.

Accounts keep Django's two fields the way the Vietnamese admin labels them: ``last_name`` ("Họ") holds
the family and middle names (họ và tên đệm, "Nguyễn Văn"), ``first_name`` ("Tên") the given name ("Cập").
Django's own ``get_full_name`` puts the first name first ("Cập Nguyễn Văn"); ``CoreConfig.ready`` replaces
it with :func:`full_name`, so the Wagtail admin, the audit log, feeds, the API and PDF signature blocks —
which all ask ``user.get_full_name()`` — show "Nguyễn Văn Cập".
"""

from __future__ import annotations


def full_name(first_name: str, last_name: str) -> str:
    """Họ tên: family and middle names, then the given name ("Nguyễn Văn" + "Cập")."""
    return " ".join(part for part in ((last_name or "").strip(), (first_name or "").strip()) if part)


def split_full_name(name: str) -> tuple[str, str]:
    """("Cập", "Nguyễn Văn") for "Nguyễn Văn Cập": (first_name, last_name) as the account stores them."""
    family, _space, given = " ".join(name.split()).rpartition(" ")
    return given, family


def user_full_name(user) -> str:
    """``get_full_name`` of every account (installed on the user model by ``CoreConfig.ready``)."""
    return full_name(user.first_name, user.last_name)
