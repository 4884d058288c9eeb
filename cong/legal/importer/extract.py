"""Read the fields of a Vietnamese legal or administrative document from its text (trích xuất văn bản).

General rules over the layout that Decree 30/2020/NĐ-CP (and Circular 01/2011/TT-BNV before it) gives
every official document, not rules for particular files:

* header: issuing body in capitals top left, national motto top right, "Số: 17/2018/QĐ-UBND", then
  "<place>, ngày 31 tháng 7 năm 2018";
* kind line in capitals ("QUYẾT ĐỊNH"), the summary (trích yếu) right under it, then the enacting
  authority in capitals ("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN");
* the grounds, one "Căn cứ …;" each, then the enacting word ("QUYẾT ĐỊNH:") and the articles, one of
  which says when the document takes effect and which documents it replaces;
* "Nơi nhận:" and the signature block: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", the name.

Whatever is not found is ``None`` (or an empty list), never guessed. See docs/features/legal-import.md.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field

from django.utils.translation import gettext as _

from cong.core.text import fold, is_vietnamese_syllable, nfc

from .kinds import KINDS_LONGEST_FIRST, code_for, kind_from_number

# --- Patterns ---------------------------------------------------------------------------------

_UPPER = "A-ZĐÀ-ỸÂĂÊÔƠƯ"  # i18n: data
# A number/symbol (số, ký hiệu): 17/2018/QĐ-UBND, 1347 /QĐ-UBND, 105/TTr- VPUBND, 43/2008/TTLT-BTC-BTTTT.
NUMBER_RE = re.compile(  # i18n: data
    r"(?<![\w/])(\d{1,6}[a-zA-Z]?)\s*/\s*(?:((?:19|20)\d{2})\s*/\s*)?"
    r"([A-ZĐ][\wĐđ&.]*(?:\s*[-–]\s*[A-ZĐ0-9][\wĐđ&.]*)*)"
)
_DATE_WORDS = r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"  # i18n: data
_DATE_NUMERIC = r"ngày\s+(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})"  # i18n: data
DATE_RE = re.compile(rf"(?:{_DATE_WORDS}|{_DATE_NUMERIC})", re.IGNORECASE)
_MOTTO_RE = re.compile(  # i18n: data
    r"C[ỘO]NG\s+H[ÒOÓ]A\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM|"
    r"Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc",
    re.IGNORECASE,
)
_NUMBER_LINE_RE = re.compile(r"^Số\s*(?:hiệu|ký hiệu)?\s*[:.]?\s*(.*)$")  # i18n: data
_ENACTING_RE = re.compile(r"^(QUYẾT ĐỊNH|QUYẾT NGHỊ|CHỈ THỊ|BAN HÀNH|NGHỊ QUYẾT)\s*:")  # i18n: data
_PREAMBLE_END_RE = re.compile(  # i18n: data
    r"^(Theo đề nghị|Xét đề nghị|Theo đề xuất|Xét Tờ trình|Theo Tờ trình|Xét đề xuất|QUYẾT ĐỊNH\s*:|"
    r"QUYẾT NGHỊ\s*:|Điều\s+1\b)",
    re.IGNORECASE,
)
_GROUND_RE = re.compile(r"(?:^|(?<=[\s;.]))Căn\s+cứ\s+(?:vào\s+)?", re.IGNORECASE)  # i18n: data
_ARTICLE_RE = re.compile(r"^Điều\s+\d+\s*[.:]")  # i18n: data
_RECIPIENTS_RE = re.compile(r"^Nơi\s+nhận\s*:?", re.IGNORECASE)  # i18n: data
# A signing capacity: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL. BỘ TRƯỞNG", "Q. GIÁM ĐỐC".
_ON_BEHALF_RE = re.compile(r"^(TM|KT|TL|TUQ|Q|QUYỀN)\s*\.\s*[" + _UPPER + r"]")  # i18n: data
_POSITION_HEADS = (  # i18n: data
    "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
    "BỘ TRƯỞNG", "THỨ TRƯỞNG", "THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "TRƯỞNG BAN",
    "PHÓ TRƯỞNG BAN", "CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "TỔNG CỤC TRƯỞNG", "VỤ TRƯỞNG", "CHÁNH ÁN",
    "VIỆN TRƯỞNG", "THỐNG ĐỐC", "TỔNG KIỂM TOÁN", "TỔNG THANH TRA", "CHÁNH THANH TRA", "TRƯỞNG PHÒNG",
    "BÍ THƯ", "TỔNG GIÁM ĐỐC", "HIỆU TRƯỞNG", "CHỦ TỊCH NƯỚC", "TRƯỞNG ĐOÀN",
)  # fmt: skip
_SIGNATURE_NOISE_RE = re.compile(r"^\(?\s*(đã ký|ký tên|ký,|\[?daky\]?|signed)", re.IGNORECASE)  # i18n: data
_PLACE_WORDS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường")  # i18n: data
_ABBREVIATIONS = {"UBND": "ỦY BAN NHÂN DÂN", "HĐND": "HỘI ĐỒNG NHÂN DÂN", "TP.": "THÀNH PHỐ"}  # i18n: data
# National bodies whose names are fixed; matched folded, written as here.
KNOWN_BODIES = (  # i18n: data
    "Quốc hội", "Ủy ban Thường vụ Quốc hội", "Chủ tịch nước", "Chính phủ", "Thủ tướng Chính phủ",
    "Văn phòng Chính phủ", "Thanh tra Chính phủ", "Ngân hàng Nhà nước Việt Nam", "Kiểm toán nhà nước",
    "Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tối cao", "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
    "Ủy ban Dân tộc", "Bộ Quốc phòng", "Bộ Công an", "Bộ Ngoại giao", "Bộ Nội vụ", "Bộ Tư pháp",
    "Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", "Bộ Công Thương", "Bộ Nông nghiệp và Phát triển nông thôn",
    "Bộ Nông nghiệp và Môi trường", "Bộ Giao thông vận tải", "Bộ Xây dựng", "Bộ Tài nguyên và Môi trường",
    "Bộ Thông tin và Truyền thông", "Bộ Lao động - Thương binh và Xã hội", "Bộ Văn hóa, Thể thao và Du lịch",
    "Bộ Khoa học và Công nghệ", "Bộ Giáo dục và Đào tạo", "Bộ Y tế", "Bộ Dân tộc và Tôn giáo",
    "Bảo hiểm xã hội Việt Nam", "Thông tấn xã Việt Nam", "Đài Tiếng nói Việt Nam", "Đài Truyền hình Việt Nam",
)  # fmt: skip
_KNOWN_BY_FOLD = {fold(name): name for name in KNOWN_BODIES}
_HEADS_NEXT_CAPITAL = {"bộ", "sở", "cục", "vụ", "ban", "viện", "đài", "báo", "trung tâm", "học viện",  # i18n: data
                       "văn phòng", "tổng cục", "chi cục", "ngân hàng", "kho bạc", "thanh tra", "công an"}  # fmt: skip
_CENTRAL_HINTS = ("quoc hoi", "chinh phu", "bo ", "chu tich nuoc", "toa an nhan dan toi cao",
                  "vien kiem sat nhan dan toi cao", "ngan hang nha nuoc", "kiem toan nha nuoc", "uy ban dan toc")  # fmt: skip
_NUMBER_WORDS = {  # i18n: data
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
    "mười lăm": 15, "hai mươi": 20, "ba mươi": 30, "bốn mươi lăm": 45, "sáu mươi": 60,
}  # fmt: skip


class NotALegalDocument(ValueError):
    """The text has none of the marks of an official document; the message says what is missing."""


@dataclass
class Citation:
    """One document cited in a ground ("Căn cứ …"): kind, number, date, issuer and subject as written."""

    text: str
    kind: str | None = None
    number: str | None = None
    issued_on: str | None = None
    issuer: str | None = None
    title: str | None = None


@dataclass
class Signer:
    name: str | None
    capacity: str | None  # the capacity lines as written, joined by " / "
    position: str | None  # the last capacity line: the signer's own position


@dataclass
class Extraction:
    """Fields read from one document. Dates are ISO strings; what is not found is ``None``."""

    number: str | None = None
    kind: str | None = None
    kind_code: str | None = None
    issuer: str | None = None
    issuer_level: str | None = None
    place: str | None = None
    issued_on: str | None = None
    title: str | None = None
    signer: Signer | None = None
    effective_on: str | None = None
    effective_rule: str | None = None
    replaces: list[str] = field(default_factory=list)
    repeals: list[str] = field(default_factory=list)
    amends: list[str] = field(default_factory=list)
    based_on: list[Citation] = field(default_factory=list)
    encoding: str = "unicode"
    full_text: str = ""

    def as_json(self, with_text: bool = False) -> dict:
        data = asdict(self)
        if not with_text:
            data.pop("full_text")
        return data


# --- Helpers ----------------------------------------------------------------------------------


def clean_document_text(text: str) -> str:
    """NFC, no markdown emphasis or struck-out text, no-break spaces as spaces, one space between words."""
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    text = re.sub(r"~~[^~\n]*~~", "", text)  # struck-out text is not part of the document
    text = re.sub(r"(\*\*|__|\*)", "", text)
    lines = []
    for line in text.split("\n"):
        cells = [" ".join(cell.split()) for cell in re.split(r"\t| {3,}", line)]
        lines.append("\t".join(cell for cell in cells if cell))
    return "\n".join(lines)


def normalise_number(raw: str) -> str | None:
    """The number/symbol exactly as written, without the spaces of layout: "1347 /QĐ-UBND" → "1347/QĐ-UBND"."""
    match = NUMBER_RE.search(raw)
    if not match:
        return None
    number, year, symbol = match.groups()
    symbol = re.sub(r"\s*[-–]\s*", "-", symbol).rstrip(".")
    return "/".join(part for part in (number, year, symbol) if part)


def parse_date(match: re.Match) -> dt.date | None:
    groups = [g for g in match.groups() if g is not None]
    try:
        day, month, year = (int(g) for g in groups[:3])
        return dt.date(year, month, day)
    except (ValueError, TypeError):
        return None


def first_date(text: str) -> dt.date | None:
    for match in DATE_RE.finditer(text):
        found = parse_date(match)
        if found:
            return found
    return None


def is_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


def institution_case(caps: str) -> str:
    """Write an institution's name from capitals as Vietnamese official style does.

    "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN" → "Ủy ban nhân dân tỉnh Bắc Kạn", "BỘ THÔNG TIN VÀ TRUYỀN THÔNG" →
    "Bộ Thông tin và Truyền thông": the first word and the first word of each named unit are capitals,
    every word of a place name is.
    """
    words_ = []
    for word in " ".join(caps.split()).split(" "):
        words_.extend(_ABBREVIATIONS.get(word.upper(), word).split(" "))
    text = " ".join(words_)
    known = _KNOWN_BY_FOLD.get(fold(text))
    if known:
        return known
    lowered = text.lower().replace("uỷ", "ủy")  # i18n: data
    tokens = lowered.split(" ")
    out: list[str] = []
    place = False
    capital_next = True
    i = 0
    while i < len(tokens):
        token = tokens[i]
        pair = " ".join(tokens[i : i + 2])
        if place:
            out.append(_capitalise(token))
            i += 1
            continue
        if pair in _PLACE_WORDS or token in _PLACE_WORDS:
            step = 2 if pair in _PLACE_WORDS else 1
            out.extend(tokens[i : i + step])
            i += step
            place = True
            continue
        for name in KNOWN_BODIES:  # "chính phủ", "quốc hội" inside a longer name keep their capitals
            size = len(name.split(" "))
            if fold(" ".join(tokens[i : i + size])) == fold(name) and size > 0:
                out.extend(name.split(" "))
                i += size
                break
        else:
            if pair in ("ủy ban", "hội đồng"):  # i18n: data
                out.extend([_capitalise(tokens[i]), tokens[i + 1]])
                i += 2
                capital_next = tokens[i : i + 2] != ["nhân", "dân"]  # i18n: data
                continue
            out.append(_capitalise(token) if capital_next else token)
            capital_next = (  # i18n: data
                token in _HEADS_NEXT_CAPITAL or pair in _HEADS_NEXT_CAPITAL or token in ("và", "-", "–")
            )
            if token.endswith(","):
                capital_next = True
            if pair in _HEADS_NEXT_CAPITAL and i + 1 < len(tokens):
                out.append(tokens[i + 1])
                i += 2
                capital_next = True
                continue
            i += 1
            continue
        capital_next = False
    return " ".join(out)


def position_case(caps: str) -> str:
    """A position from capitals: "PHÓ CHỦ TỊCH" → "Phó Chủ tịch", "CHÁNH VĂN PHÒNG" → "Chánh Văn phòng"."""
    words_ = " ".join(caps.split()).lower().split(" ")
    out = []
    for index, word in enumerate(words_):
        previous = words_[index - 1] if index else ""
        capital = (
            index == 0 or previous in ("phó", "chánh") or (word, previous) == ("văn", "chánh")  # i18n: data
        )
        out.append(_capitalise(word) if capital else word)
    return " ".join(out)


def issuer_level(issuer: str | None) -> str | None:
    """central (trung ương), provincial (tỉnh) or district (huyện, xã) from the issuer's name."""
    if not issuer:
        return None
    folded = fold(issuer)
    if any(word in folded for word in (" huyen ", " quan ", " thi xa ", " xa ", " phuong ", " thi tran ")):
        return "district"
    if " tinh " in f" {folded} " or " thanh pho " in f" {folded} ":
        return "provincial"
    if any(folded.startswith(hint) or f" {hint}" in folded for hint in _CENTRAL_HINTS):
        return "central"
    return None


def _person_name(line: str) -> str | None:
    """A line that is a person's name: 2 to 6 capitalised Vietnamese syllables ("Lê Văn Cần")."""
    line = line.strip().strip(".").strip()
    parts = line.split(" ")
    if not 2 <= len(parts) <= 6:
        return None
    for part in parts:
        if not part or not part[0].isupper() or (len(part) > 1 and not part[1:].islower()):
            return None
        if not is_vietnamese_syllable(part):
            return None
    return line


def _is_capacity(line: str) -> bool:
    if _ON_BEHALF_RE.match(line):
        return True
    if not is_caps(line) or len(line.split()) > 8:
        return False
    return any(line == head or line.startswith(head + " ") for head in _POSITION_HEADS)


# --- The extractor ------------------------------------------------------------------------------


class Extractor:
    def __init__(self, text: str):
        self.text = clean_document_text(text)
        self.lines = [line.strip() for line in self.text.split("\n")]
        self.flat = [line.replace("\t", " ") for line in self.lines]

    # Regions of the document -----------------------------------------------------------------

    def _index(self, predicate, start: int = 0, stop: int | None = None) -> int | None:
        for i in range(start, len(self.lines) if stop is None else min(stop, len(self.lines))):
            if predicate(self.flat[i]):
                return i
        return None

    def first_ground(self) -> int | None:
        return self._index(lambda line: bool(re.match(r"^Căn\s+cứ\b", line, re.IGNORECASE)))  # i18n: data

    def header_end(self) -> int:
        """End of the header: the first ground, enacting word or article, or 60 lines in."""
        ends = [
            i
            for i in (
                self.first_ground(),
                self._index(lambda line: bool(_ENACTING_RE.match(line))),
                self._index(lambda line: bool(_ARTICLE_RE.match(line))),
            )
            if i is not None
        ]
        return min(ends) if ends else min(len(self.lines), 60)

    def kind_line(self) -> tuple[int, str] | None:
        """The line in capitals naming the kind ("QUYẾT ĐỊNH"), with what follows it on the line."""
        for i in range(self.header_end()):
            line = self.flat[i]
            if not is_caps(line) or line.endswith(":"):
                continue
            for name in KINDS_LONGEST_FIRST:
                upper = name.upper()
                if line == upper or line.startswith(upper + " "):
                    rest = line[len(upper) :].strip()
                    # "LUẬT CÔNG NGHỆ THÔNG TIN" names a law; "QUY CHẾ …" under a decision is an annex.
                    if rest and name not in ("Luật", "Bộ luật", "Pháp lệnh"):  # i18n: data
                        continue
                    return i, name
        return None

    def decision_part(self) -> tuple[int, int]:
        """Lines of the enacting part: from the enacting word (or article 1) to "Nơi nhận" or the signature."""
        start = self._index(lambda line: bool(_ENACTING_RE.match(line))) or self._index(
            lambda line: bool(_ARTICLE_RE.match(line))
        )
        start = start if start is not None else self.header_end()
        end = self._index(lambda line: bool(_RECIPIENTS_RE.match(line)) or _is_capacity(line), start)
        return start, end if end is not None else len(self.lines)

    # Fields ---------------------------------------------------------------------------------

    def number(self) -> str | None:
        for i in range(self.header_end()):
            for cell in self.lines[i].split("\t"):
                match = _NUMBER_LINE_RE.match(cell)
                if match and (number := normalise_number(match.group(1))):
                    return number
        return None

    def annex_reference(self) -> dict | None:
        """ "(Ban hành kèm theo Quyết định số 65/QĐ-CVP ngày 15/9/2011 của …)": the annex names its decision."""
        joined = " ".join(self.flat)
        pattern = re.compile(  # i18n: data
            r"\(\s*(?:Ban hành\s+)?kèm theo\s+(?P<kind>[^\d()]{3,30}?)\s+số\s*:?\s*(?P<rest>[^()]{0,300})\)",
            re.IGNORECASE,
        )
        for match in pattern.finditer(joined):
            rest = match.group("rest")
            number = normalise_number(rest)
            if not number:
                continue
            date = first_date(rest)
            issuer = None
            of = re.search(r"\bcủa\s+(.+?)\s*$", rest)  # i18n: data
            if of:
                issuer = of.group(1).strip(" .,;")
            return {"kind": match.group("kind").strip(), "number": number, "date": date, "issuer": issuer}
        return None

    def place_and_date(self) -> tuple[str | None, dt.date | None]:
        for i in range(min(len(self.lines), max(self.header_end(), 1) + 5)):
            for cell in self.lines[i].split("\t"):
                match = re.search(r",\s*" + DATE_RE.pattern, cell, re.IGNORECASE)
                if not match:
                    continue
                date = parse_date(match)
                if not date:
                    continue
                before = cell[: match.start()]
                number = NUMBER_RE.search(before)
                if number:
                    before = before[number.end() :]
                before = before.strip(" .,:;-")
                place = None
                if (
                    before
                    and before[0].isupper()
                    and len(before.split()) <= 6
                    and not any(c.isdigit() for c in before)
                ):
                    place = before
                return place, date
        return None, None

    def _caps_issuer_lines(self) -> list[str]:
        """Capital lines of the header's left column, before the number, the kind or the motto."""
        found: list[str] = []
        kind = self.kind_line()
        stop = min(x for x in (kind[0] if kind else None, self.header_end()) if x is not None)
        for i in range(stop):
            for cell in self.lines[i].split("\t"):
                cell = _MOTTO_RE.sub("", cell).strip(" -–_*=")
                if not cell:
                    if found:
                        continue
                    continue
                if _NUMBER_LINE_RE.match(cell) or DATE_RE.search(cell):
                    if found:
                        return found
                    continue
                if is_caps(cell) and len(cell.split()) <= 12:
                    found.append(cell)
                elif found:
                    return found
        return found

    def header_issuer(self) -> str | None:
        lines = self._caps_issuer_lines()
        if not lines:
            return None
        # A second line that starts with a place continues the name ("ỦY BAN NHÂN DÂN" / "TỈNH BẮC KẠN");
        # otherwise it is the issuing unit under the body above ("UBND TỈNH KON TUM" / "VĂN PHÒNG").
        name = lines[0]
        for line in lines[1:3]:
            folded = fold(line)
            if any(folded.startswith(fold(word) + " ") for word in _PLACE_WORDS) or folded.startswith("tp"):
                name = f"{name} {line}"
                continue
            parent = name
            if fold(line) in ("van phong",):
                name = f"{line} {parent}"
            else:
                place = re.search(r"\b(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)\b.*$", parent)  # i18n: data
                name = f"{line} {place.group(0)}" if place and not fold(line).startswith("uy ban") else line
        return institution_case(name)

    def enacting_authority(self) -> str | None:
        """The authority in capitals under the summary ("CHÁNH VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH KON TUM")."""
        kind = self.kind_line()
        start = kind[0] + 1 if kind else 0
        for i in range(start, self.header_end()):
            line = self.flat[i]
            if is_caps(line) and len(line.split()) >= 2 and not _MOTTO_RE.search(line):
                return line
        return None

    def issuer(self) -> str | None:
        header = self.header_issuer()
        if header:
            return header
        authority = self.enacting_authority()
        if authority:
            for head, body in (("CHÁNH VĂN PHÒNG ", "VĂN PHÒNG "), ("GIÁM ĐỐC ", ""), ("BỘ TRƯỞNG ", ""),  # i18n: data
                               ("CHỦ TỊCH ỦY BAN", "ỦY BAN"), ("CHỦ TỊCH UBND", "UBND")):  # fmt: skip
                if authority.startswith(head):
                    authority = body + authority[len(head) :]
                    break
            return institution_case(authority)
        annex = self.annex_reference()
        if annex and annex["issuer"]:
            issuer = annex["issuer"]
            if issuer.startswith("Chánh Văn phòng "):  # i18n: data
                issuer = issuer[len("Chánh ") :]  # i18n: data
                issuer = _capitalise(issuer)
            return institution_case(issuer.upper()) if is_caps(issuer) else issuer
        return None

    def title(self) -> str | None:
        kind = self.kind_line()
        if kind:
            start = kind[0] + 1
            rest = self.flat[kind[0]][len(kind[1]) :].strip()
            if rest:  # "LUẬT CÔNG NGHỆ THÔNG TIN"
                return rest
        else:
            match = self._index(  # i18n: data
                lambda line: bool(re.match(r"^(V/v|Về việc)\s", line)), 0, self.header_end()
            )
            if match is None:
                return None
            start = match
        collected: list[str] = []
        for i in range(start, min(start + 12, len(self.flat))):
            # In a two-column header the place and date share the line with the summary: drop them.
            cells = [  # i18n: data
                c
                for c in self.lines[i].split("\t")
                if not re.search(r",\s*ngày\b", c) and not _MOTTO_RE.search(c)
            ]
            line = " ".join(cells).strip(" -_")
            if not line:
                if collected:
                    break
                continue
            if (  # i18n: data
                re.match(r"^Căn\s+cứ\b", line, re.IGNORECASE)
                or _ENACTING_RE.match(line)
                or _ARTICLE_RE.match(line)
            ):
                break
            # The enacting authority follows the summary; a summary in capitals is a single paragraph.
            if collected and is_caps(line) and not is_caps(collected[-1]):
                break
            if not collected and _MOTTO_RE.search(line):
                continue
            collected.append(line)
        title = " ".join(collected).strip()
        title = re.sub(  # i18n: data
            r"^(V/v|Về việc)\s*:?\s*", lambda m: "Về việc " if m.group(1) == "V/v" else m.group(0), title
        )
        return title or None

    def signer(self) -> Signer | None:
        """The signature block after "Nơi nhận" of the enacting part, else at the very end of the text."""
        start, end = self.decision_part()
        found = self._signature_in(end, min(len(self.lines), end + 45), stop_at_heading=True)
        return found or self._signature_in(
            max(0, len(self.lines) - 25), len(self.lines), stop_at_heading=False
        )

    def _signature_in(self, first: int, last: int, stop_at_heading: bool) -> Signer | None:
        capacity: list[str] = []
        cells = [
            (i, cell.strip())
            for i in range(first, last)
            for cell in self.lines[i].split("\t")
            # Recipients ("- Như Điều 3;") share the lines of the signature in a two-column layout.
            if cell.strip() and cell.strip()[0] not in "-+•"
        ]
        for i, line in cells:
            if _is_capacity(line):
                capacity.append(line)
                continue
            if capacity and is_caps(line) and len(capacity) < 4 and _ON_BEHALF_RE.match(capacity[-1]):
                capacity.append(line)  # "TM. ỦY BAN NHÂN DÂN" wrapped onto a second line
                continue
            if _SIGNATURE_NOISE_RE.match(line):
                continue
            name = _person_name(line)
            if name:
                return self._signer(capacity, name)
            if capacity:
                # A capacity block with no name under it (signature image lost in conversion).
                if is_caps(line) or line.startswith("-") or len(line) > 60:
                    return self._signer(capacity, None)
                continue
            # Before any capacity: a heading in capitals (an annex) ends the search.
            if stop_at_heading and is_caps(line) and len(line.split()) <= 4 and i > first + 2:
                return None
        return self._signer(capacity, None) if capacity else None

    @staticmethod
    def _signer(capacity: list[str], name: str | None) -> Signer:
        position = position_case(capacity[-1]) if capacity else None
        if position and _ON_BEHALF_RE.match(capacity[-1]):
            position = None
        return Signer(name=name, capacity=" / ".join(capacity) or None, position=position)

    def effective(self, issued_on: dt.date | None) -> tuple[str | None, dt.date | None]:
        part = self._part_text()
        candidates = list(re.finditer(r"[^.;]*?\bcó hiệu lực\b[^;]*?(?=\.\s|\./|;|$)", part))  # i18n: data
        if not candidates:
            return None, None
        own = [m for m in candidates if re.search(r"\bnày\s+có hiệu lực", m.group(0))]  # i18n: data
        clause = (own or candidates)[0].group(0).strip()
        clause = re.sub(r"^(Điều\s+\d+\s*[.:]\s*)", "", clause)  # i18n: data
        clause = re.split(r",?\s+(?:và\s+)?(?:thay thế|bãi bỏ)\b", clause)[0].strip(" ,./")  # i18n: data
        folded = fold(clause)
        date_match = DATE_RE.search(clause)
        after = re.search(  # i18n: data
            r"sau\s+(\d+|[a-zà-ỹđ ]+?)\s*(?:\(\d+\)\s*)?ngày\s+(?:kể\s+)?từ\s+ngày\s+(ký|ban hành|thông qua)",
            clause,
        )
        if after:
            raw = after.group(1).strip()
            days = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw)
            effective = issued_on + dt.timedelta(days=days) if (issued_on and days is not None) else None
            return clause, effective
        if re.search(r"(ke )?tu ngay (ky|ban hanh|thong qua)\b", folded):
            return clause, issued_on
        if date_match:
            return clause, parse_date(date_match)
        return clause, None

    def _part_text(self) -> str:
        """The enacting part as one string; an article heading without a full stop gets one."""
        start, end = self.decision_part()
        lines = []
        for line in self.flat[start:end]:
            if not line:
                continue
            if _ARTICLE_RE.match(line) and not line.endswith((".", ";", ":")) and len(line) < 100:
                line += "."
            lines.append(line)
        return " ".join(lines)

    def _numbers_after(self, verb: str) -> list[str]:
        part = self._part_text()
        numbers: list[str] = []
        for match in re.finditer(  # i18n: data
            rf"(?<!được )(?<!bị ){verb}\b(.*?)(?:\.\s|\./|$)", part, re.IGNORECASE
        ):  # i18n: data
            for number in NUMBER_RE.finditer(match.group(1)):
                value = normalise_number(number.group(0))
                if value and value not in numbers:
                    numbers.append(value)
        return numbers

    def _numbers_ending(self) -> list[str]:
        """Documents the enacting part says end: "Nghị định số 43/2011/NĐ-CP … hết hiệu lực kể từ …"."""
        numbers: list[str] = []
        for sentence in re.split(r"(?<=[.;])\s", self._part_text()):
            if "hết hiệu lực" in sentence:  # i18n: data
                for number in NUMBER_RE.finditer(sentence.split("hết hiệu lực")[0]):  # i18n: data
                    value = normalise_number(number.group(0))
                    if value and value not in numbers:
                        numbers.append(value)
        return numbers

    def based_on(self) -> list[Citation]:
        first = self.first_ground()
        if first is None:
            return []
        end = self._index(lambda line: bool(_PREAMBLE_END_RE.match(line)), first + 1) or len(self.flat)
        preamble = " ".join(line for line in self.flat[first:end] if line)
        citations: list[Citation] = []
        for ground in _GROUND_RE.split(preamble):
            ground = ground.strip(" ;,.")
            if not ground:
                continue
            # One ground may cite several documents: "Luật A ngày …; Luật B ngày …".
            pieces = re.split(r";\s*(?=(?:" + "|".join(map(re.escape, KINDS_LONGEST_FIRST)) + r")\b)", ground)
            for piece in pieces:
                citation = parse_citation(piece.strip(" ;,."))
                if citation:
                    citations.append(citation)
        return citations

    def extract(self) -> Extraction:
        result = Extraction(full_text=self.text.replace("\t", "  "))
        kind = self.kind_line()
        annex = self.annex_reference()
        result.number = self.number()
        if result.number is None and annex:
            result.number = annex["number"]
        result.kind = kind[1] if kind else kind_from_number(result.number)
        if result.kind is None and annex and code_for(annex["kind"]) != "khac":
            result.kind = _capitalise(annex["kind"].lower())
        result.kind_code = code_for(result.kind) if result.kind else None
        place, issued = self.place_and_date()
        if issued is None and annex and annex["number"] == result.number:
            issued = annex["date"]
        result.place = place
        result.issued_on = issued.isoformat() if issued else None
        result.issuer = self.issuer()
        result.issuer_level = issuer_level(result.issuer)
        result.title = self.title()
        result.signer = self.signer()
        rule, effective = self.effective(issued)
        result.effective_rule = rule
        result.effective_on = effective.isoformat() if effective else None
        result.replaces = [n for n in self._numbers_after("thay thế") if n != result.number]  # i18n: data
        repeals = self._numbers_after("bãi bỏ") + self._numbers_ending()  # i18n: data
        result.repeals = [n for n in dict.fromkeys(repeals) if n != result.number]
        amended = self._numbers_after("sửa đổi, bổ sung")  # i18n: data
        result.amends = [n for n in amended if n != result.number]
        result.based_on = self.based_on()
        if not result.number and not result.kind:
            raise NotALegalDocument(
                _(
                    "Không nhận ra văn bản: không thấy số, ký hiệu (“Số: …”) và không thấy tên loại văn bản "
                    "(QUYẾT ĐỊNH, NGHỊ QUYẾT, THÔNG TƯ…) ở phần đầu."
                )
            )
        if not result.issued_on and not result.number:
            raise NotALegalDocument(
                _(
                    "Không nhận ra văn bản: không thấy số, ký hiệu và ngày ban hành (“…, ngày … tháng … năm …”)."
                )
            )
        return result


def _citation_issuer(text: str) -> tuple[str, int] | None:
    """The issuer after "của" and where its name ends in ``text``: a known national body, a provincial
    body with its place, or None."""
    match = re.search(r"\bcủa\s+(.*)$", text)  # i18n: data
    if not match:
        return None
    base = match.start(1)
    rest = match.group(1)
    folded_rest = fold(rest)
    head = re.match(r"(Bộ trưởng|Thủ trưởng|Chủ nhiệm|Tổng Giám đốc)\s+", rest)  # i18n: data
    offset = head.end() if head else 0
    for name in sorted(KNOWN_BODIES, key=len, reverse=True):
        if folded_rest[offset:].startswith(fold(name)) and (
            len(rest) == offset + len(name) or not rest[offset + len(name)].isalpha()
        ):
            names = [name]
            end = base + offset + len(name)
            # Joint documents: "của Bộ Tài chính và Bộ Thông tin và Truyền thông".
            joint = re.match(r"\s+và\s+", text[end:])  # i18n: data
            if joint:
                other = _citation_issuer("của " + text[end + joint.end() :])  # i18n: data
                if other and fold(other[0]) in _KNOWN_BY_FOLD:
                    names.append(other[0])
                    end = end + joint.end() + other[1] - len("của ")  # i18n: data
            return " và ".join(names), end  # i18n: data
    local = re.match(  # i18n: data
        r"((?:Chủ tịch\s+)?(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND)"
        r"(?:\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn))?)((?:\s+[" + _UPPER + r"][\w]*)*)",
        rest,
    )
    if local:
        body = local.group(1) + local.group(2)
        for short, long in (
            ("UBND", "Ủy ban nhân dân"),  # i18n: data
            ("HĐND", "Hội đồng nhân dân"),  # i18n: data
            ("Uỷ", "Ủy"),  # i18n: data
        ):  # i18n: data
            body = body.replace(short, long)
        return body.strip(), base + local.end()
    return None


def parse_citation(text: str) -> Citation | None:
    """A cited document from a ground: "Nghị định số 43/2011/NĐ-CP ngày 13/6/2011 của Chính phủ về …"."""
    text = " ".join(text.split())
    kind = None
    for name in KINDS_LONGEST_FIRST:
        if re.match(rf"{re.escape(name)}\b", text, re.IGNORECASE):
            kind = name
            break
    number_match = NUMBER_RE.search(text[:160])
    number = normalise_number(number_match.group(0)) if number_match else None
    if kind is None and number is None:
        return None
    date_match = DATE_RE.search(text)
    date = parse_date(date_match) if date_match else None
    found_issuer = _citation_issuer(text)
    issuer = found_issuer[0] if found_issuer else None
    # The subject: a law's own name, or what follows the issuer ("về …", "quy định …").
    title = None
    if kind in ("Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp"):  # i18n: data
        name = re.split(r"\s+(?:số\s*:?\s*(?=\d)|ngày\s+(?=\d))", text)[0].strip(" ,")  # i18n: data
        title = name if len(name) > len(kind) else None
    if title is None:
        tail = text
        if found_issuer:
            tail = text[found_issuer[1] :]
        elif date_match:
            tail = text[date_match.end() :]
        tail = tail.strip(" ,;.")
        title = tail or None
    return Citation(
        text=text,
        kind=kind,
        number=number,
        issued_on=date.isoformat() if date else None,
        issuer=issuer,
        title=title,
    )


def extract(text: str, encoding: str = "unicode") -> Extraction:
    """Extract the fields of one document's text; raises ``NotALegalDocument`` when it is not one."""
    if not text or not text.strip():
        raise NotALegalDocument(_("Tệp không có nội dung chữ."))
    result = Extractor(text).extract()
    result.encoding = encoding
    return result
