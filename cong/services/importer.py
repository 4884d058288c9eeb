"""Reading an export of the national procedures database (Cơ sở dữ liệu quốc gia về thủ tục hành chính):
CSV, XLSX or JSON with the export's Vietnamese column names (docs/features/services.md has the mapping).

``read_procedures(path)`` returns the rows, checked, or raises ``ImportRefused`` naming the row and the
column of the first error — the file is refused whole, nothing is written. Text in TCVN3 or VNI (pasted from
old Word files) is repaired with ``cong.core.text``, like every other intake. The writing is
``actions.import_procedures``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

from cong.core.text import LegacyTextError, clean_text, decode_bytes, fold

from . import levels
from .models import GovernmentLevel

MAX_ROWS = 50_000

# Record attribute → the headers the export writes for it (folded, so case and diacritics do not matter).
COLUMNS: dict[str, tuple[str, ...]] = {  # i18n: data (the headers of the national export)
    "code": ("Mã thủ tục", "Mã TTHC", "Mã số"),
    "name": ("Tên thủ tục", "Tên TTHC", "Tên thủ tục hành chính"),
    "field": ("Lĩnh vực",),
    "government_level": ("Cấp thực hiện",),
    "agency_name": ("Cơ quan thực hiện",),
    "agency_code": ("Mã cơ quan",),
    "steps": ("Trình tự thực hiện",),
    "submission": ("Cách thức thực hiện",),
    "dossier_components": ("Thành phần hồ sơ",),
    "dossier_count": ("Số lượng hồ sơ", "Số bộ hồ sơ"),
    "processing_time": ("Thời hạn giải quyết",),
    "applicants": ("Đối tượng thực hiện",),
    "result": ("Kết quả thực hiện",),
    "fees": ("Phí, lệ phí", "Lệ phí", "Phí"),
    "forms_text": ("Mẫu đơn, mẫu tờ khai", "Mẫu đơn, tờ khai"),
    "requirements": ("Yêu cầu, điều kiện thực hiện", "Yêu cầu, điều kiện"),
    "legal_basis": ("Căn cứ pháp lý",),
    "online_level": ("Mức độ dịch vụ công", "Mức độ DVC", "Mức độ", "Dịch vụ công trực tuyến"),
    "portal_url": ("Đường dẫn dịch vụ công", "Địa chỉ thực hiện trực tuyến", "URL"),
    "announced_in": ("Quyết định công bố", "Số quyết định công bố"),
    "announced_on": ("Ngày ban hành quyết định công bố", "Ngày quyết định công bố", "Ngày công bố"),
}
REQUIRED = ("code", "name", "field", "government_level")
# Columns an export carries that the catalogue does not keep.
IGNORED = ("STT", "Số thứ tự", "Ghi chú")  # i18n: data

_HEADERS = {fold(h): attr for attr, names in COLUMNS.items() for h in names}
_IGNORED = {fold(h) for h in IGNORED}

_GOVERNMENT_LEVELS = {  # i18n: data (the level as the export writes it)
    fold(w): level
    for level, words in {
        GovernmentLevel.CENTRAL: ("Cấp Trung ương", "Trung ương", "Cấp Bộ", "Bộ"),
        GovernmentLevel.PROVINCE: ("Cấp Tỉnh", "Tỉnh", "Cấp tỉnh, thành phố"),
        GovernmentLevel.DISTRICT: ("Cấp Huyện", "Huyện", "Cấp huyện, thị xã, thành phố"),
        GovernmentLevel.COMMUNE: ("Cấp Xã", "Xã", "Cấp xã, phường, thị trấn"),
    }.items()
    for w in words
}


class ImportRefused(ValueError):
    """The file is refused whole; the message (Vietnamese) names the row and column of the first error."""

    def __init__(self, message: str, row: int | None = None, column: str = ""):
        if row is not None and column:
            text = _("dòng %(row)s, cột «%(column)s»: %(message)s") % {
                "row": row,
                "column": column,
                "message": message,
            }
        elif row is not None:
            text = _("dòng %(row)s: %(message)s") % {"row": row, "message": message}
        elif column:
            text = _("cột «%(column)s»: %(message)s") % {"column": column, "message": message}
        else:
            text = message
        super().__init__(text)
        self.row, self.column = row, column


@dataclass
class ProcedureRow:
    """One checked row: the record's attributes (text cleaned) and where it came from."""

    row: int
    values: dict[str, object] = field(default_factory=dict)


def _letter(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _cell(raw, row: int, column: str) -> str:
    if raw is None:
        return ""
    if isinstance(raw, dt.datetime | dt.date):  # an XLSX date cell
        return (raw.date() if isinstance(raw, dt.datetime) else raw).isoformat()
    text = raw if isinstance(raw, str) else str(raw)
    if "\ufffd" in text or any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        raise ImportRefused(
            _("chữ bị hỏng bảng mã (ký tự không đọc được); hãy xuất lại tệp dưới dạng Unicode (UTF-8)."),
            row,
            column,
        )
    text = clean_text(text)
    text = "".join(c for c in text if c in "\n\t" or ord(c) >= 32 and not 0x7F <= ord(c) <= 0x9F)
    return text.strip()


def _table_rows(path: Path) -> tuple[list[str], list[tuple[int, list]]]:
    """(headers, [(row number as the reader sees it, cells)]) of a CSV, XLSX or JSON file."""
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportRefused(
            _("không đọc được tệp %(name)s (%(error)s).") % {"name": path.name, "error": error.strerror}
        ) from error
    if suffix == ".xlsx":
        return _xlsx_rows(data)
    if suffix not in (".csv", ".json", ".txt"):
        raise ImportRefused(
            _("không nhận dạng tệp «%(name)s»: chỉ nhập tệp .csv, .xlsx hoặc .json.") % {"name": path.name}
        )
    try:
        text = decode_bytes(data).text
    except LegacyTextError as error:
        bad = _first_bad_line(data)
        raise ImportRefused(str(error), bad) from error
    if suffix == ".json":
        return _json_rows(text)
    return _csv_rows(text)


def _first_bad_line(data: bytes) -> int | None:
    """The row (as a spreadsheet numbers it, header = 1) holding the first byte that is not UTF-8."""
    text = data.decode("utf-8", errors="replace")
    for number, cells in enumerate(csv.reader(io.StringIO(text)), start=1):
        if any("\ufffd" in cell for cell in cells):
            return number
    return None


def _csv_rows(text: str) -> tuple[list[str], list[tuple[int, list]]]:
    # The separator is the one the header line uses most (cells further down hold commas in their text).
    header_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=header_line.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        headers = next(reader)
    except StopIteration as error:
        raise ImportRefused(_("tệp trống.")) from error
    rows = []
    for number, cells in enumerate(reader, start=2):  # rows as a spreadsheet numbers them
        if any(c.strip() for c in cells):
            rows.append((number, cells))
    return headers, rows


def _xlsx_rows(data: bytes) -> tuple[list[str], list[tuple[int, list]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - a damaged or renamed file
        raise ImportRefused(_("tệp .xlsx hỏng hoặc không phải bảng tính Excel.")) from error
    sheet = book.worksheets[0]
    rows_iter = sheet.iter_rows(values_only=True)
    headers = [str(h) if h is not None else "" for h in next(rows_iter, ())]
    rows = []
    for number, cells in enumerate(rows_iter, start=2):
        if any(c not in (None, "") for c in cells):
            rows.append((number, list(cells)))
    book.close()
    return headers, rows


def _json_rows(text: str) -> tuple[list[str], list[tuple[int, list]]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportRefused(
            _("JSON không hợp lệ (%(error)s).") % {"error": error.msg}, error.lineno
        ) from error
    if isinstance(data, dict):
        data = next((v for v in data.values() if isinstance(v, list)), None)
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise ImportRefused(_("tệp JSON phải là một danh sách thủ tục (mỗi thủ tục một đối tượng)."))
    headers: list[str] = []
    for item in data:
        headers.extend(k for k in item if k not in headers)
    rows = []
    for number, item in enumerate(data, start=1):
        cells = []
        for h in headers:
            value = item.get(h)
            cells.append("\n".join(map(str, value)) if isinstance(value, list) else value)
        rows.append((number, cells))
    return headers, rows


def read_procedures(path: str | Path) -> list[ProcedureRow]:
    """Every row of the file, checked; raises ``ImportRefused`` at the first error (the file is refused)."""
    path = Path(path)
    headers, rows = _table_rows(path)
    columns: dict[int, str] = {}
    for index, header in enumerate(headers):
        header = clean_text(str(header or "")).strip()
        key = fold(" ".join(header.split()))
        if not key or key in _IGNORED:
            continue
        attr = _HEADERS.get(key)
        if attr is None:
            raise ImportRefused(
                _(
                    "cột «%(header)s» không có trong danh mục cột của tệp xuất Cơ sở dữ liệu quốc gia về thủ tục "
                    "hành chính (xem docs/features/services.md)."
                )
                % {"header": header},
                1,
                header or _letter(index),
            )
        if attr in columns.values():
            raise ImportRefused(_("cột lặp lại."), 1, header)
        columns[index] = attr
    missing = [COLUMNS[a][0] for a in REQUIRED if a not in columns.values()]
    if missing:
        raise ImportRefused(
            _("thiếu cột bắt buộc: %(columns)s.") % {"columns": ", ".join(f"«{m}»" for m in missing)}, 1
        )
    if len(rows) > MAX_ROWS:
        raise ImportRefused(
            _("tệp có %(count)s dòng, quá %(max)s dòng một lần nhập.") % {"count": len(rows), "max": MAX_ROWS}
        )
    names = {index: clean_text(str(headers[index])).strip() for index in columns}
    seen: dict[str, int] = {}
    checked = []
    for number, cells in rows:
        values: dict[str, object] = {}
        for index, attr in columns.items():
            raw = cells[index] if index < len(cells) else None
            values[attr] = _cell(raw, number, names[index])
        for attr in REQUIRED:
            if not values[attr]:
                raise ImportRefused(_("ô bắt buộc đang trống."), number, COLUMNS[attr][0])
        code = str(values["code"])
        if len(code) > 40 or not all(c.isalnum() or c in ".-_/" for c in code):
            raise ImportRefused(
                _("mã thủ tục «%(code)s» không hợp lệ.") % {"code": code[:60]},
                number,
                names[_index(columns, "code")],
            )
        if code in seen:
            raise ImportRefused(
                _("mã thủ tục %(code)s trùng với dòng %(row)s.") % {"code": code, "row": seen[code]},
                number,
                names[_index(columns, "code")],
            )
        seen[code] = number
        level = _GOVERNMENT_LEVELS.get(fold(" ".join(str(values["government_level"]).split())))
        if level is None:
            raise ImportRefused(
                _("không nhận ra cấp thực hiện «%(level)s» (Cấp Tỉnh, Cấp Huyện, Cấp Xã, Cấp Trung ương).")
                % {"level": values["government_level"]},
                number,
                names[_index(columns, "government_level")],
            )
        values["government_level"] = level
        if "online_level" in values:
            online = levels.parse(str(values["online_level"]))
            if online is None:
                raise ImportRefused(
                    _(
                        "không nhận ra mức độ dịch vụ công «%(level)s» (Toàn trình, Một phần, hoặc Mức độ 1–4)."
                    )
                    % {"level": values["online_level"]},
                    number,
                    names[_index(columns, "online_level")],
                )
            values["online_level"] = online
        url = str(values.get("portal_url") or "")
        if url and not url.startswith(("https://", "http://")):
            raise ImportRefused(
                _("đường dẫn «%(url)s» phải bắt đầu bằng https://.") % {"url": url[:80]},
                number,
                names[_index(columns, "portal_url")],
            )
        if "announced_on" in values:  # the column is there: a date, or empty (none)
            raw = str(values["announced_on"])
            values["announced_on"] = (
                _date(raw, number, names[_index(columns, "announced_on")]) if raw else None
            )
        if len(str(values["field"])) > 200:
            raise ImportRefused(_("tên lĩnh vực dài quá 200 ký tự."), number, names[_index(columns, "field")])
        checked.append(ProcedureRow(number, values))
    if not checked:
        raise ImportRefused(_("tệp không có thủ tục nào."))
    return checked


def _date(text: str, row: int, column: str) -> dt.date:
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text.strip()[:10], pattern).date()
        except ValueError:
            continue
    raise ImportRefused(_("ngày «%(text)s» không đúng dạng DD/MM/YYYY.") % {"text": text[:20]}, row, column)


def _index(columns: dict[int, str], attr: str) -> int:
    return next(index for index, a in columns.items() if a == attr)
