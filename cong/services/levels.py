"""Online service levels (mức độ dịch vụ công trực tuyến) on the scheme the profile names.

``public_services.scheme``:

* ``nd43`` — Nghị định 43/2011/NĐ-CP Art. 3.4 (ND43-3.4): levels 1–4 (1 information; 2 + forms to
  download; 3 + online submission and processing; 4 + online payment and result). Sóc Trăng's ST-14.1.b–c
  still writes "tối thiểu mức độ 2".
* ``nd42`` — Nghị định 42/2022/NĐ-CP, which replaced ND43 from 15/8/2022: **toàn trình** (the whole
  procedure online, ND43 level 4) and **một phần** (part of it online, ND43 level 3); levels 1–2 are not an
  online public service under it, only information about the procedure.

A procedure stores one number (``Procedure.online_level``: 0 none, 1–4 as ND43), so that an import in
either vocabulary keeps its meaning and a province switching scheme needs no migration; this module turns
the number into the words and filter options of the active scheme.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cong.core.profiles import get_profile
from cong.core.text import fold

NONE, LEVEL_1, LEVEL_2, PARTIAL, FULL = 0, 1, 2, 3, 4


@dataclass(frozen=True)
class LevelOption:
    """One value of the service-level filter: its address value, its words, the stored levels it covers."""

    slug: str
    label: str
    levels: tuple[int, ...]


ND43 = (
    LevelOption("muc-1", _("Mức độ 1"), (LEVEL_1,)),
    LevelOption("muc-2", _("Mức độ 2"), (LEVEL_2,)),
    LevelOption("muc-3", _("Mức độ 3"), (PARTIAL,)),
    LevelOption("muc-4", _("Mức độ 4"), (FULL,)),
)
ND42 = (
    LevelOption("toan-trinh", _("Dịch vụ công trực tuyến toàn trình"), (FULL,)),
    LevelOption("mot-phan", _("Dịch vụ công trực tuyến một phần"), (PARTIAL,)),
    LevelOption("thong-tin", _("Chỉ cung cấp thông tin"), (NONE, LEVEL_1, LEVEL_2)),
)


def scheme() -> str:
    """``nd42`` or ``nd43`` (profile ``public_services.scheme``)."""
    return get_profile()["public_services.scheme"]


def options() -> tuple[LevelOption, ...]:
    """The service levels the active scheme offers, highest first for ND42, in order for ND43."""
    return ND43 if scheme() == "nd43" else ND42


def option(slug: str) -> LevelOption | None:
    return next((o for o in options() if o.slug == slug), None)


def label(level: int) -> str:
    """The words of a stored level on the active scheme."""
    if scheme() == "nd43":
        return (
            gettext("Mức độ %(level)s") % {"level": level} if level else gettext("Chưa cung cấp trực tuyến")
        )
    return {FULL: gettext("Toàn trình"), PARTIAL: gettext("Một phần")}.get(
        level, gettext("Chưa cung cấp trực tuyến")
    )


def is_online(level: int) -> bool:
    """An online public service on the active scheme (ND42: toàn trình or một phần; ND43: level ≥ 1)."""
    return level >= (PARTIAL if scheme() == "nd42" else LEVEL_1)


# What the national database and provincial exports write in the «Mức độ» column, folded.
_WORDS = {
    "": NONE,
    "khong": NONE,
    "chua": NONE,
    "chua cung cap truc tuyen": NONE,
    "thong tin": NONE,
    "toan trinh": FULL,
    "dich vu cong truc tuyen toan trinh": FULL,
    "dvc truc tuyen toan trinh": FULL,
    "dvctt toan trinh": FULL,
    "mot phan": PARTIAL,
    "dich vu cong truc tuyen mot phan": PARTIAL,
    "dvc truc tuyen mot phan": PARTIAL,
    "dvctt mot phan": PARTIAL,
}
for _n in range(1, 5):
    for _form in (f"{_n}", f"muc {_n}", f"muc do {_n}", f"dvc muc do {_n}", f"dich vu cong muc do {_n}"):
        _WORDS[_form] = _n


def parse(text: str) -> int | None:
    """The stored level for a cell of an import file, or None when it is not a level of either scheme."""
    key = " ".join(fold(text or "").replace(".", " ").replace(":", " ").split())
    return _WORDS.get(key)
