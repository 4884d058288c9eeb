"""The figures of a statistics release (số liệu thống kê): read from an uploaded CSV or XLSX, kept as a
table, written back as CSV and XLSX.

The table's first row is the header: the first column names the rows (a district, a month, a product),
every other column is a series of numbers (``Nam``, ``Nữ``; ``2025``, ``2026``). A cell may be empty (no
figure). A number is written ``1234``, ``1234.5``, ``1234,5`` or Vietnamese style ``1.234,5`` (dot for
thousands, comma for decimals); spaces inside a number are ignored.

A file is read by its content, not by its name: a PDF renamed ``.csv``, a broken XLSX, a row with more
or fewer cells than the header, a figure that is not a number — each is refused (``FiguresError``) with a
Vietnamese message naming the row and the column, and nothing is kept.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from cong.core.text import LegacyTextError, clean_text, decode_bytes
from cong.core.uploads import detect_type

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 2000
MAX_SERIES = 12
CLAUSE = "BK-3.3.r, LC-9.1.n"
_NUMBER_RE = re.compile(r"-?\d+(?:[.,]\d+)?")
_VIETNAMESE_RE = re.compile(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?")  # 1.234.567,8
_THOUSANDS_RE = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?")  # 1,234,567.8


class FiguresError(ValueError):
    """A figures file that cannot be read; the Vietnamese message names the file, row and column."""


@dataclass
class Figures:
    """A table of figures: ``columns`` (the header: row label, then one name per series) and ``rows``
    (a label, then one number or None per series)."""

    columns: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)

    @property
    def label_column(self) -> str:
        return self.columns[0] if self.columns else ""

    @property
    def series(self) -> list[str]:
        return self.columns[1:]

    def __bool__(self) -> bool:
        return bool(self.rows)

    def to_json(self) -> dict:
        return {
            "columns": self.columns,
            "rows": [[r[0], *[_json_number(v) for v in r[1:]]] for r in self.rows],
        }

    @classmethod
    def from_json(cls, data: dict | None) -> Figures:
        data = data or {}
        return cls(columns=list(data.get("columns", [])), rows=[list(row) for row in data.get("rows", [])])

    def to_csv(self) -> bytes:
        """UTF-8 with BOM (so that a spreadsheet opens the Vietnamese letters right), comma-separated."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(self.columns)
        for row in self.rows:
            writer.writerow([row[0], *["" if v is None else _plain(v) for v in row[1:]]])
        return ("\ufeff" + out.getvalue()).encode("utf-8")

    def to_xlsx(self, title: str = "") -> bytes:
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.title = _sheet_title(title)
        sheet.append(self.columns)
        for row in self.rows:
            sheet.append(row)
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()


def _json_number(value):
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)


def _plain(value) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _sheet_title(title: str) -> str:
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", title).strip()
    return (cleaned or _("Số liệu"))[:31]


def parse_number(raw: str) -> float | None:
    """A figure from a cell: None for an empty cell; raises ValueError for anything not a number."""
    text = raw.replace("\u00a0", "").replace(" ", "").strip()
    if text in ("", "-", "–", "…", ".."):
        return None
    if _VIETNAMESE_RE.fullmatch(text):
        text = text.replace(".", "").replace(",", ".")
    elif _THOUSANDS_RE.fullmatch(text) and "." in text:
        text = text.replace(",", "")
    elif _NUMBER_RE.fullmatch(text):
        text = text.replace(",", ".")
    else:
        raise ValueError(raw)
    try:
        return float(Decimal(text))
    except InvalidOperation as error:  # pragma: no cover - the patterns above only let numbers through
        raise ValueError(raw) from error


def read_figures(name: str, data: bytes) -> Figures:
    """The figures of an uploaded file named ``name`` (``.csv`` or ``.xlsx``), read by its content."""
    shown = name or _("tệp")
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if not data:
        raise FiguresError(_("Tệp «%(shown)s» trống (%(clause)s).") % {"shown": shown, "clause": CLAUSE})
    if len(data) > MAX_BYTES:
        raise FiguresError(
            _("Tệp «%(shown)s» lớn hơn %(max_bytes)s MB (%(clause)s).")
            % {"shown": shown, "max_bytes": MAX_BYTES // (1024 * 1024), "clause": CLAUSE}
        )
    detected = detect_type(data)
    if extension == "csv":
        if detected != "txt":
            raise FiguresError(
                _(
                    "Tệp «%(shown)s» mang đuôi .csv nhưng nội dung là %(type_name)s, không phải bảng CSV; hãy xuất lại số liệu dạng CSV hoặc XLSX (%(clause)s)."
                )
                % {"shown": shown, "type_name": _type_name(detected), "clause": CLAUSE}
            )
        return _check(shown, _read_csv(shown, data))
    if extension == "xlsx":
        if detected != "xlsx":
            raise FiguresError(
                _(
                    "Tệp «%(shown)s» mang đuôi .xlsx nhưng nội dung là %(type_name)s, không phải bảng tính Excel (XLSX) (%(clause)s)."
                )
                % {"shown": shown, "type_name": _type_name(detected), "clause": CLAUSE}
            )
        return _check(shown, _read_xlsx(shown, data))
    raise FiguresError(
        _("Tệp «%(shown)s» không phải CSV hoặc XLSX; chỉ nhận số liệu dạng .csv hoặc .xlsx (%(clause)s).")
        % {"shown": shown, "clause": CLAUSE}
    )


def _type_name(detected: str) -> str:
    return {"txt": _("văn bản thuần"), "unknown": _("không xác định được"), "zip": _("tệp nén ZIP")}.get(
        detected, _("tệp %(type)s") % {"type": detected.upper()}
    )


def _read_csv(shown: str, data: bytes) -> list[list[str]]:
    try:
        text = decode_bytes(data).text
    except LegacyTextError as error:
        raise FiguresError(_("Tệp «%(shown)s»: %(error)s") % {"shown": shown, "error": error}) from error
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return [row for row in csv.reader(io.StringIO(text), dialect) if any(cell.strip() for cell in row)]
    except csv.Error as error:
        raise FiguresError(
            _("Tệp «%(shown)s» không đọc được dạng CSV: %(error)s (%(clause)s).")
            % {"shown": shown, "error": error, "clause": CLAUSE}
        ) from error


def _read_xlsx(shown: str, data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as error:
        raise FiguresError(
            _(
                "Tệp «%(shown)s» là tệp XLSX hỏng, không mở được; hãy lưu lại từ Excel hoặc LibreOffice (%(clause)s)."
            )
            % {"shown": shown, "clause": CLAUSE}
        ) from error
    except Exception as error:  # openpyxl raises many kinds on a damaged workbook
        raise FiguresError(
            _("Tệp «%(shown)s» là tệp XLSX hỏng, không mở được (%(clause)s).")
            % {"shown": shown, "clause": CLAUSE}
        ) from error
    try:
        sheet = book.worksheets[0]
        rows = []
        for row in sheet.iter_rows(values_only=True):
            cells = ["" if v is None else (v if isinstance(v, (int, float)) else str(v)) for v in row]
            while cells and cells[-1] == "":
                cells.pop()
            if cells:
                rows.append(cells)
        return rows
    finally:
        book.close()


def _check(shown: str, rows: list[list]) -> Figures:
    """Header, then rows of a label and numbers, all as wide as the header; else a message naming the cell."""
    if len(rows) < 2:
        raise FiguresError(
            _("Tệp «%(shown)s» cần một dòng tiêu đề và ít nhất một dòng số liệu (%(clause)s).")
            % {"shown": shown, "clause": CLAUSE}
        )
    header = [clean_text(str(cell)).strip() for cell in rows[0]]
    if len(header) < 2:
        raise FiguresError(
            _("Tệp «%(shown)s», dòng 1: cần ít nhất hai cột — tên chỉ tiêu và một cột số liệu (%(clause)s).")
            % {"shown": shown, "clause": CLAUSE}
        )
    if len(header) - 1 > MAX_SERIES:
        raise FiguresError(
            _("Tệp «%(shown)s», dòng 1: nhiều hơn %(max_series)s cột số liệu (%(clause)s).")
            % {"shown": shown, "max_series": MAX_SERIES, "clause": CLAUSE}
        )
    for index, name in enumerate(header, start=1):
        if not name:
            raise FiguresError(
                _("Tệp «%(shown)s», dòng 1, cột %(index)s: thiếu tên cột (%(clause)s).")
                % {"shown": shown, "index": index, "clause": CLAUSE}
            )
    if len(rows) - 1 > MAX_ROWS:
        raise FiguresError(
            _("Tệp «%(shown)s» có hơn %(max_rows)s dòng số liệu (%(clause)s).")
            % {"shown": shown, "max_rows": MAX_ROWS, "clause": CLAUSE}
        )
    figures = Figures(columns=header)
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            raise FiguresError(
                _(
                    "Tệp «%(shown)s», dòng %(number)s: có %(count)s ô nhưng dòng tiêu đề có %(columns)s cột; mỗi dòng phải đủ %(columns)s cột (%(clause)s)."
                )
                % {
                    "shown": shown,
                    "number": number,
                    "count": len(row),
                    "columns": len(header),
                    "clause": CLAUSE,
                }
            )
        label = clean_text(str(row[0])).strip()
        if not label:
            raise FiguresError(
                _("Tệp «%(shown)s», dòng %(number)s, cột 1 («%(header)s»): thiếu tên dòng (%(clause)s).")
                % {"shown": shown, "number": number, "header": header[0], "clause": CLAUSE}
            )
        values = []
        for column, cell in enumerate(row[1:], start=2):
            if isinstance(cell, bool):
                cell = str(cell)
            if isinstance(cell, (int, float)):
                values.append(float(cell))
                continue
            try:
                values.append(parse_number(str(cell)))
            except ValueError:
                raise FiguresError(
                    _(
                        "Tệp «%(shown)s», dòng %(number)s, cột %(column)s («%(header)s»): «%(cell)s» không phải là số (%(clause)s)."
                    )
                    % {
                        "shown": shown,
                        "number": number,
                        "column": column,
                        "header": header[column - 1],
                        "cell": str(cell)[:40],
                        "clause": CLAUSE,
                    }
                ) from None
        figures.rows.append([label, *values])
    if all(value is None for row in figures.rows for value in row[1:]):
        raise FiguresError(
            _("Tệp «%(shown)s» không có số liệu nào (%(clause)s).") % {"shown": shown, "clause": CLAUSE}
        )
    return figures
