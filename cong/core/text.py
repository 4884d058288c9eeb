"""Vietnamese text done right: Unicode NFC (TCVN 6909:2001), legacy encodings, folding, slugs, sorting.

Provisions: BK-4.1, KT-9.2, ST-10.5, HG-4.2 (Unicode TCVN 6909:2001 — bộ mã ký tự chữ Việt), ND43-7.

``fold`` maps every character of NFC text to exactly one character, so a position found in the folded
text is the same position in the original — the search highlighter relies on it.

Legacy encodings (bảng mã cũ) still arrive by copy and paste from old Word files and in imported
documents:

* **TCVN3** (ABC, TCVN 5712:1993 VN3, fonts ``.VnTime``/``.VnTimeH``): one byte a letter. Read as
  Windows-1252 / Latin-1 it shows as "Céng hßa x· héi chñ nghÜa ViÖt Nam". Capital letters with a tone
  have no code of their own: the ``.VnTimeH`` fonts draw the lower-case codes as capitals, so the
  converter restores capitals only when the rest of the word is in capitals.
* **VNI** (VNI-Windows, fonts ``VNI-Times``): a base letter followed by one mark byte, shown as
  "Thuû tuïc haønh chính".
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from django.utils.text import slugify as _ascii_slugify
from django.utils.translation import gettext as _

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
    if lowered == "đ":  # i18n: data
        return "d"
    base = unicodedata.normalize("NFD", lowered)[0]
    # A combining mark left over after NFC (nothing to attach to) would re-attach to the folded letter
    # before it; a word joiner keeps the 1:1 mapping and makes folding idempotent.
    return "\u2060" if unicodedata.combining(base) else base


class _FoldTable(dict):
    """``fold_char`` of each code point, for ``str.translate``: computed the first time a character is seen
    (``__missing__``), then looked up in C — the search page folds every hit's whole text to mark it."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str | None) -> str:
    """Lower-case ``text`` and strip Vietnamese diacritics ("Thủ tục Đất đai" → "thu tuc dat dai")."""
    return nfc(text).translate(_FOLD_TABLE)


def has_diacritics(text: str) -> bool:
    """True when folding changes more than letter case (the user typed accents or đ)."""
    normalised = nfc(text)
    return fold(normalised) != normalised.lower()


def words(text: str) -> list[str]:
    """Split text into words (letters and digits), keeping Vietnamese letters whole."""
    return _WORD_RE.findall(nfc(text))


def slugify(text: str | None, max_length: int = 0) -> str:
    """Vietnamese-aware slug (đường dẫn): "Thủ tục hành chính" → "thu-tuc-hanh-chinh", "Đất đai" → "dat-dai".

    Django's own ``slugify`` drops "đ" ("Đất đai" → "at-ai"); folding first keeps it as "d".
    """
    slug = _ascii_slugify(fold(text))
    if max_length and len(slug) > max_length:
        slug = slug[:max_length].rstrip("-")
    return slug


# --- Letters, tones and the Vietnamese sort order -------------------------------------------------

# Tone marks (dấu thanh) as combining characters, in dictionary order: ngang, huyền, hỏi, ngã, sắc, nặng.
TONE_MARKS = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
TONE_NAMES = ("ngang", "huyền", "hỏi", "ngã", "sắc", "nặng")  # i18n: data
_TONE_INDEX = {mark: index for index, mark in enumerate(TONE_MARKS) if mark}

# Vowels with their shape marks (ă â ê ô ơ ư), the letters that take a tone.
VOWELS = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")  # i18n: data

# The Vietnamese alphabet (bảng chữ cái) with f, j, w, z for foreign words, in dictionary order.
ALPHABET = (  # i18n: data
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
    "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
)  # fmt: skip
_LETTER_CODE = {letter: f"{index + 12:02d}" for index, letter in enumerate(ALPHABET)}


def vietnamese_letters() -> list[str]:
    """Every Vietnamese letter that carries a mark, in all six tones, lower then upper case (146 in all).

    Built from Unicode composition, independent of any conversion table, so tests can check the tables.
    """
    lower = [nfc(vowel + tone) for vowel in VOWELS for tone in TONE_MARKS] + ["đ"]  # i18n: data
    lower = [letter for letter in lower if not letter.isascii()]
    return lower + [letter.upper() for letter in lower]


@lru_cache(maxsize=4096)
def split_letter(char: str) -> tuple[str, int]:
    """Split a letter into its base with shape marks and its tone: "ậ" → ("â", 5), "Ớ" → ("Ơ", 4)."""
    decomposed = unicodedata.normalize("NFD", char)
    tone = 0
    kept = []
    for part in decomposed:
        if part in _TONE_INDEX:
            tone = _TONE_INDEX[part]
        else:
            kept.append(part)
    return unicodedata.normalize("NFC", "".join(kept)), tone


def sort_key(text: str | None) -> str:
    """Key for Vietnamese sort order (thứ tự từ điển): a ă â b c d đ e ê … with tones after base letters.

    Three levels, as in a dictionary: letters first ("anh" < "ăn" < "ba"), then tones in the order
    ngang, huyền, hỏi, ngã, sắc, nặng ("ma" < "mà" < "mả" < "mã" < "má" < "mạ"), then lower before upper
    case. The key is made of digits only, so it sorts the same in Python and in a database column under
    any collation; store it beside a name to order listings in SQL.
    """
    primary: list[str] = []
    tones: list[str] = []
    cases: list[str] = []
    for char in nfc(text):
        base, tone = split_letter(char)
        lower = base.lower()
        if lower in _LETTER_CODE:
            primary.append(_LETTER_CODE[lower])
            tones.append(str(tone))
            cases.append("1" if base != lower else "0")
        elif char.isdigit() and char.isascii():
            primary.append(f"{int(char) + 2:02d}")
        elif char.isalpha():
            primary.append("99")  # letters of other scripts after ours
        else:
            primary.append("01")  # spaces and punctuation separate words, before any letter
    # "00" ends each level, so a word sorts before any longer word it begins ("an" < "anh").
    return "".join(primary) + "00" + "".join(tones) + "0" + "".join(cases)


def vi_sorted(items, key=None, reverse: bool = False) -> list:
    """``sorted`` in Vietnamese order; ``key`` picks the text of each item (default: the item)."""
    pick = key or (lambda item: item)
    return sorted(items, key=lambda item: sort_key(pick(item)), reverse=reverse)


# --- Vietnamese syllables, used to recognise legacy text ------------------------------------------

_INITIALS = "ngh ch gh gi kh ng nh ph qu th tr b c d đ g h k l m n p r s t v x".split()  # i18n: data
_NUCLEI = (  # i18n: data
    "iêu oai oay oao oeo uây uôi ươi ươu uya uyê uyu yêu "
    "ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ ưa ươ ưi ưu uy yê "
    "a ă â e ê i o ô ơ u ư y"
).split()
_FINALS = "ch ng nh c m n p t".split()
_SYLLABLE_RE = re.compile(
    "^(?:{})?(?:{})(?:{})?$".format(
        "|".join(sorted(_INITIALS, key=len, reverse=True)),
        "|".join(sorted(_NUCLEI, key=len, reverse=True)),
        "|".join(sorted(_FINALS, key=len, reverse=True)),
    )
)


def is_vietnamese_syllable(word: str) -> bool:
    """True when ``word`` is spelled like one Vietnamese syllable (âm tiết): "nghiêng", "Thủ", not "café".

    Checks the shape (initial consonant, vowel nucleus, final consonant) and that at most one tone mark
    is present; it does not check that the syllable is a real word.
    """
    toneless = []
    tones = 0
    for char in nfc(word).lower():
        base, tone = split_letter(char)
        tones += tone > 0
        toneless.append(base)
    return tones <= 1 and bool(_SYLLABLE_RE.match("".join(toneless)))


# --- Legacy encodings: TCVN3 (ABC) and VNI --------------------------------------------------------

# TCVN3: legacy character (the byte read as Latin-1) → Unicode letter.
TCVN3_TO_UNICODE: dict[str, str] = dict(  # i18n: data
    zip(
        "µ¸¶·¹" "¨»¾¼½Æ" "©ÇÊÈÉË" "®" "ÌÐÎÏÑ" "ªÒÕÓÔÖ" "×ÝØÜÞ" "ßãáâä" "«åèæçé" "¬êíëìî" "ïóñòô"
        "\xadõøö÷ù" "úýûüþ" "¡¢§£¤¥¦",
        "àáảãạ" "ăằắẳẵặ" "âầấẩẫậ" "đ" "èéẻẽẹ" "êềếểễệ" "ìíỉĩị" "òóỏõọ" "ôồốổỗộ" "ơờớởỡợ" "ùúủũụ"
        "ưừứửữự" "ỳýỷỹỵ" "ĂÂĐÊÔƠƯ",
        strict=True,
    )
)  # fmt: skip
_UNICODE_TO_TCVN3 = {letter: code for code, letter in TCVN3_TO_UNICODE.items()}
_TCVN3_CAPITAL_CODES = frozenset(code for code, letter in TCVN3_TO_UNICODE.items() if letter.isupper())

# VNI marks after a base letter: tone (sắc, huyền, hỏi, ngã, nặng) alone, with a circumflex, with a breve.
_VNI_TONES = {"": "", "ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}  # i18n: data
_VNI_CIRCUMFLEX = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}  # i18n: data  # fmt: skip
_VNI_BREVE = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}  # i18n: data  # fmt: skip
# VNI writes i and ỵ as one precomposed byte, and ơ ư đ as a byte of their own.
_VNI_SINGLE = {"í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ", "ô": "ơ", "ö": "ư", "ñ": "đ"}  # i18n: data  # fmt: skip


def _build_vni_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for single, letter in _VNI_SINGLE.items():
        table[single] = letter
        table[single.upper()] = letter.upper()
    for base in "aeouy":
        for mark, tone in _VNI_TONES.items():
            if mark and not (base == "y" and tone == "\u0323"):  # ỵ is the single byte "î"
                table[base + mark] = nfc(base + tone)
    for base, marks, shape in (("a", _VNI_CIRCUMFLEX, "\u0302"), ("e", _VNI_CIRCUMFLEX, "\u0302"),
                               ("o", _VNI_CIRCUMFLEX, "\u0302"), ("a", _VNI_BREVE, "\u0306")):  # fmt: skip
        for mark, tone in marks.items():
            table[base + mark] = nfc(base + shape + tone)
    # ơ and ư take the tone marks after their own byte
    for base, letter in (("ô", "ơ"), ("ö", "ư")):  # i18n: data
        for mark, tone in _VNI_TONES.items():
            if mark:
                table[base + mark] = nfc(letter + tone)
    for code, letter in list(table.items()):
        table.setdefault(code.upper(), letter.upper())
    return table


VNI_TO_UNICODE: dict[str, str] = _build_vni_table()
_UNICODE_TO_VNI = {letter: code for code, letter in VNI_TO_UNICODE.items()}
_VNI_RE = re.compile("|".join(sorted(map(re.escape, VNI_TO_UNICODE), key=len, reverse=True)))

# Letters that exist only in Vietnamese Unicode: their presence proves the text is already Unicode.
_UNICODE_ONLY_RE = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0"  # i18n: data
                              "\u1ea0-\u1ef9\u0300\u0301\u0303\u0309\u0323]")  # fmt: skip
# Legacy text splits into words at ASCII spaces and punctuation only: its letters include "¸" and "·".
_LEGACY_SPLIT_RE = re.compile(r"[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f\s]+")
_LEGACY_TOKEN_RE = re.compile(r"([\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f\s]+)")  # the same, kept by split

UNICODE = "unicode"
TCVN3 = "tcvn3"
VNI = "vni"
ENCODING_NAMES = {UNICODE: "Unicode", TCVN3: "TCVN3 (ABC)", VNI: "VNI"}


class LegacyTextError(ValueError):
    """Text whose encoding cannot be recognised; the caller keeps the original untouched."""


def tcvn3_to_unicode(text: str) -> str:
    """Convert TCVN3 (ABC) text, read as Latin-1, to Unicode NFC ("ViÖt Nam" → "Việt Nam").

    Capitals with a tone have no code: .VnTimeH draws the lower-case code as a capital. A word is put in
    capitals when its own ASCII letters say so (two or more, all capitals: "CHñ" → "CHỦ"); a word too short
    to tell ("Sè", "X·") follows the other legacy words of its line ("CéNG HßA X· HéI" → "XÃ"), and
    stays as typed when they do not ("Sè: 12/UBND-VX" → "Số": abbreviations are no evidence).
    """
    converted = []
    for line in text.splitlines(keepends=True):
        parts = _LEGACY_TOKEN_RE.split(line)
        # Only Vietnamese syllables vote: "H§ND" (HĐND) is an abbreviation, in capitals in any sentence.
        voters = [
            part
            for part in parts[0::2]
            if any(char in TCVN3_TO_UNICODE for char in part)
            and is_vietnamese_syllable("".join(TCVN3_TO_UNICODE.get(char, char) for char in part))
        ]
        known = [case for case in map(_tcvn3_case, voters) if case != _UNSURE]
        line_in_capitals = bool(known) and known.count(_CAPITALS) * 2 > len(known)
        for index in range(0, len(parts), 2):
            word = parts[index]
            new = "".join(TCVN3_TO_UNICODE.get(char, char) for char in word)
            if any(char in TCVN3_TO_UNICODE for char in word):  # "ý" is its own code: compare codes, not text
                case = _tcvn3_case(word)
                if case == _CAPITALS or (case == _UNSURE and line_in_capitals):
                    new = new.upper()
            parts[index] = new
        converted.append("".join(parts))
    return nfc("".join(converted))


_CAPITALS, _LOWER, _UNSURE = "capitals", "lower", "unsure"


def _tcvn3_case(word: str) -> str:
    """How a legacy word is typed, from its ASCII letters and its capital codes (§ = Đ, ¢ = Â …)."""
    letters = [char for char in word if (char.isascii() and char.isalpha()) or char in _TCVN3_CAPITAL_CODES]
    if any(char.islower() for char in letters if char.isascii()):
        return _LOWER
    return _CAPITALS if len(letters) >= 2 else _UNSURE


def vni_to_unicode(text: str) -> str:
    """Convert VNI text, read as Latin-1, to Unicode NFC ("Thuû tuïc" → "Thủ tục")."""
    return nfc(_VNI_RE.sub(lambda match: VNI_TO_UNICODE[match.group(0)], text))


def unicode_to_legacy(text: str, encoding: str) -> str:
    """Write Unicode text in a legacy encoding (as Latin-1 characters); used to test the converters.

    TCVN3 has no capitals with a tone: they are written with the lower-case code, as ``.VnTimeH`` does.
    """
    if encoding == TCVN3:
        out = []
        for char in nfc(text):
            code = _UNICODE_TO_TCVN3.get(char) or _UNICODE_TO_TCVN3.get(char.lower())
            out.append(code if code else char)
        return "".join(out)
    if encoding == VNI:
        return "".join(_UNICODE_TO_VNI.get(char, char) for char in nfc(text))
    raise ValueError(_("Bảng mã không hỗ trợ: %(encoding)s") % {"encoding": encoding})


_CONVERTERS = {TCVN3: tcvn3_to_unicode, VNI: vni_to_unicode}


def _legacy_words(text: str) -> list[str]:
    """Words that carry a character beyond ASCII and at least one ASCII letter (a lone "·" is no evidence)."""
    return [
        word
        for word in _LEGACY_SPLIT_RE.split(text)
        if word and not word.isascii() and any(char.isascii() and char.isalpha() for char in word)
    ]


def _valid_count(candidates: list[str]) -> int:
    return sum(1 for word in candidates if is_vietnamese_syllable(word))


def detect_encoding(text: str) -> str:
    """Tell whether ``text`` is Unicode (or plain ASCII), TCVN3 or VNI read as Latin-1.

    Unicode wins unless a legacy reading turns clearly more words into Vietnamese syllables: text with a
    letter only Unicode has ("ư", "ộ", "đ" …) or with no letter beyond ASCII is never touched, nor are
    English or French words ("café") that no reading makes Vietnamese.
    """
    if text.isascii() or _UNICODE_ONLY_RE.search(text):
        return UNICODE
    candidates = _legacy_words(text)
    if not candidates:
        return UNICODE
    best, best_score = UNICODE, _valid_count(candidates)
    for encoding, convert in _CONVERTERS.items():
        converted = [convert(word) for word in candidates]
        score = _valid_count(converted)
        # A legacy reading must beat Unicode and explain most of the words that carry marks.
        if score > best_score and score * 10 >= len(candidates) * 6:
            best, best_score = encoding, score
    return best


@dataclass(frozen=True)
class FixedText:
    """Text converted to Unicode NFC and the encoding it was found in (``unicode``, ``tcvn3``, ``vni``)."""

    text: str
    encoding: str

    @property
    def converted(self) -> bool:
        return self.encoding != UNICODE


def fix_text(text: str | None) -> FixedText:
    """Detect TCVN3/VNI in ``text``, convert it, and return Unicode NFC with the encoding found."""
    if not text:
        return FixedText("", UNICODE)
    encoding = detect_encoding(text)
    if encoding == UNICODE:
        return FixedText(nfc(text), UNICODE)
    return FixedText(_CONVERTERS[encoding](text), encoding)


def clean_text(text: str | None) -> str:
    """The one normalisation for every text entering the system: legacy encodings fixed, then NFC, and no
    NUL character (PostgreSQL refuses it in a text column; SQLite would keep it)."""
    return fix_text(text).text.replace("\x00", "")


def decode_bytes(data: bytes) -> FixedText:
    """Decode an imported file: UTF-8 (with or without BOM), UTF-16 with BOM, or 8-bit TCVN3/VNI.

    Raises ``LegacyTextError`` with a Vietnamese message when the bytes are in none of these; the
    caller keeps the original bytes, nothing is altered silently.
    """
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if data.startswith(bom):
            try:
                return fix_text(data.decode("utf-8-sig" if codec == "utf-8" else codec))
            except UnicodeDecodeError as error:
                message = _("Tệp có dấu BOM %(codec)s nhưng nội dung hỏng ở byte %(byte)s.") % {
                    "codec": codec,
                    "byte": error.start,
                }
                raise LegacyTextError(message) from error
    try:
        return fix_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    # Legacy fonts put their letters in the upper half of one byte; Latin-1 maps every byte 1:1.
    text = data.decode("latin-1")
    encoding = detect_encoding(text)
    if encoding == UNICODE:
        raise LegacyTextError(
            _(
                "Không nhận ra bảng mã của văn bản: không phải UTF-8, TCVN3 (ABC) hay VNI. "
                "Hãy lưu lại tệp dưới dạng Unicode (UTF-8) rồi thử lại."
            )
        )
    return FixedText(_CONVERTERS[encoding](text), encoding)
