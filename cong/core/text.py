"""Vietnamese text done right: Unicode NFC (TCVN 6909:2001) and diacritic folding for search.

``fold`` maps every character of NFC text to exactly one character, so a position found in the folded
text is the same position in the original — the search highlighter relies on it.
"""

import re
import unicodedata
from functools import lru_cache

_WORD_RE = re.compile(r"\w+", re.UNICODE)


def nfc(text: str | None) -> str:
    """Return ``text`` in Unicode NFC, the form TCVN 6909:2001 and every stored string use."""
    if not text:
        return ""
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """Fold one character: lower case, diacritics removed, đ → d. Always one character out."""
    lowered = char.lower()
    if len(lowered) != 1:  # e.g. "İ".lower() is two code points; keep the 1:1 mapping
        lowered = char
    if lowered == "đ":
        return "d"
    return unicodedata.normalize("NFD", lowered)[0]


def fold(text: str | None) -> str:
    """Lower-case ``text`` and strip Vietnamese diacritics ("Thủ tục Đất đai" → "thu tuc dat dai")."""
    return "".join(fold_char(c) for c in nfc(text))


def has_diacritics(text: str) -> bool:
    """True when folding changes more than letter case (the user typed accents or đ)."""
    normalised = nfc(text)
    return fold(normalised) != normalised.lower()


def words(text: str) -> list[str]:
    """Split text into words (letters and digits), keeping Vietnamese letters whole."""
    return _WORD_RE.findall(nfc(text))
