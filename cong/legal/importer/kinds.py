"""Kinds of documents (hình thức văn bản) and the abbreviations their numbers carry.

Names follow the Law on Promulgation of Legal Documents (Luật Ban hành văn bản quy phạm pháp luật) for
legal documents and Decree 30/2020/NĐ-CP, appendix III, for administrative documents (văn bản hành chính).
"""

from __future__ import annotations

from cong.core.text import fold, slugify

# (name as written in running text, abbreviation in the number/symbol or "" when none is used)
KIND_NAMES: tuple[tuple[str, str], ...] = (  # i18n: data
    ("Hiến pháp", ""),
    ("Bộ luật", ""),
    ("Luật", ""),
    ("Pháp lệnh", ""),
    ("Lệnh", "L"),
    ("Nghị quyết liên tịch", "NQLT"),
    ("Nghị quyết", "NQ"),
    ("Nghị định", "NĐ"),
    ("Quyết định", "QĐ"),
    ("Thông tư liên tịch", "TTLT"),
    ("Thông tư", "TT"),
    ("Chỉ thị", "CT"),
    ("Công văn", ""),
    ("Công điện", "CĐ"),
    ("Kế hoạch", "KH"),
    ("Chương trình", "CTr"),
    ("Quy chế", "QC"),
    ("Quy định", "QyĐ"),
    ("Thông báo", "TB"),
    ("Hướng dẫn", "HD"),
    ("Đề án", "ĐA"),
    ("Phương án", "PA"),
    ("Báo cáo", "BC"),
    ("Tờ trình", "TTr"),
    ("Biên bản", "BB"),
    ("Giấy mời", "GM"),
    ("Văn bản hợp nhất", "VBHN"),
)

KIND_CHOICES = [(slugify(name), name) for name, _ in KIND_NAMES] + [("khac", "Văn bản khác")]  # i18n: data
NAME_BY_CODE = dict(KIND_CHOICES)
CODE_BY_FOLDED_NAME = {fold(name): slugify(name) for name, _ in KIND_NAMES}
_NAME_BY_ABBREVIATION = {abbr: name for name, abbr in KIND_NAMES if abbr}
# Longest first so that "Thông tư liên tịch" wins over "Thông tư".
KINDS_LONGEST_FIRST = sorted((name for name, _ in KIND_NAMES), key=len, reverse=True)

# Kinds that are legal documents (văn bản quy phạm pháp luật) when issued with a year in the number.
NORMATIVE = {"hien-phap", "bo-luat", "luat", "phap-lenh", "lenh", "nghi-quyet", "nghi-quyet-lien-tich",
             "nghi-dinh", "quyet-dinh", "thong-tu", "thong-tu-lien-tich", "chi-thi"}  # fmt: skip


def code_for(name: str | None) -> str:
    """Kind code of a kind name written in any case ("QUYẾT ĐỊNH" → "quyet-dinh"); "khac" when unknown."""
    if not name:
        return "khac"
    return CODE_BY_FOLDED_NAME.get(fold(" ".join(name.split())), "khac")


def kind_from_number(number: str | None) -> str | None:
    """Kind named by the abbreviation of a number/symbol: "17/2018/QĐ-UBND" → "Quyết định".

    A number whose symbol starts with the issuer's abbreviation ("702/UBND-KTTH") is a letter (Công văn,
    Decree 30/2020/NĐ-CP appendix III); a law's number ends in the National Assembly's code ("QH13").
    """
    if not number:
        return None
    parts = number.split("/")
    symbol = parts[-1]
    first = symbol.split("-")[0]
    if first in _NAME_BY_ABBREVIATION:
        return _NAME_BY_ABBREVIATION[first]
    if len(parts) == 3 and first.startswith("QH") and first[2:].isdigit():
        return "Luật"  # i18n: data
    if len(parts) == 3 and first.startswith("UBTVQH"):
        return "Pháp lệnh"  # i18n: data
    if len(parts) == 2 and "-" in symbol:
        return "Công văn"  # i18n: data
    return None
