"""The official calendar as data (lịch nghỉ chính thức): statutory holidays and each year's announced days.

``cong/core/data/official_calendar_vn.toml`` holds, each with the instrument that set it:

* ``[[statutory]]`` — holidays with a fixed date in Bộ luật Lao động 2019 art. 112.1 (1/1, 10/3 lunar,
  30/4, 1/5, 2/9), every year;
* ``[[day]]`` — days off, swapped days and make-up working days the Government announced for one year.

Everything else the ``holidays`` package knows (Tết, the second National Day, swaps of years not yet
announced) is an *estimate* (dự kiến) — see ``cong.core.clock``. A broken file stops start-up with a
Vietnamese message naming the file, the line and the problem (``CalendarDataError``, like ProfileError).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

DEFAULT_FILE = Path(__file__).resolve().parent / "data" / "official_calendar_vn.toml"
KINDS = {"holiday": "ngày lễ, Tết", "day_off": "ngày nghỉ", "make_up": "ngày làm bù"}
LUNAR_DATES = {"03-10"}  # the only lunar date with a fixed day in art. 112.1 (Giỗ Tổ Hùng Vương)


class CalendarDataError(ImproperlyConfigured):
    """A broken official-calendar file; the message names the file, the line and the problem."""

    def __init__(self, path: Path | str, where: str, problem: str):
        self.path, self.where, self.problem = str(path), where, problem
        super().__init__(f"Lịch nghỉ chính thức không hợp lệ — tệp {self.path}, {where}: {problem}")


@dataclass(frozen=True)
class AnnouncedDay:
    date: dt.date
    kind: str
    name: str
    source: str


@dataclass(frozen=True)
class StatutoryHoliday:
    name: str
    source: str
    month: int | None = None
    day: int | None = None
    lunar: str | None = None


@dataclass(frozen=True)
class OfficialCalendar:
    path: str
    statutory: tuple[StatutoryHoliday, ...]
    days: dict[dt.date, AnnouncedDay]


def _table_lines(text: str, header: str) -> list[int]:
    """Line numbers (1-based) of each ``[[header]]`` in the file, in order: tomllib gives none."""
    pattern = re.compile(rf"^\s*\[\[\s*{re.escape(header)}\s*\]\]")
    return [number for number, line in enumerate(text.splitlines(), 1) if pattern.match(line)]


def _text(row: dict, field: str, fail) -> str:
    value = row.get(field)
    if not isinstance(value, str) or not value.strip():
        fail(f"thiếu «{field}» (chuỗi không rỗng)")
    return value.strip()


def load_official_calendar(path: Path | str | None = None) -> OfficialCalendar:
    """Read and check the file; raise CalendarDataError on the first problem."""
    path = Path(path or DEFAULT_FILE)
    try:
        text = path.read_text("utf-8")
        data = tomllib.loads(text)
    except OSError as error:
        raise CalendarDataError(path, "tệp", f"không đọc được ({error.strerror})") from None
    except tomllib.TOMLDecodeError as error:
        raise CalendarDataError(path, "cú pháp TOML", str(error)) from None
    unknown = set(data) - {"statutory", "day"}
    if unknown:
        raise CalendarDataError(path, "tệp", f"mục không hỗ trợ: {', '.join(sorted(unknown))}")

    statutory = []
    lines = _table_lines(text, "statutory")
    for index, row in enumerate(data.get("statutory", [])):
        where = f"dòng {lines[index] if index < len(lines) else '?'} ([[statutory]] thứ {index + 1})"

        def fail(problem, where=where):
            raise CalendarDataError(path, where, problem)

        name, source = _text(row, "name", fail), _text(row, "source", fail)
        if "lunar" in row:
            if row["lunar"] not in LUNAR_DATES:
                fail(f"ngày âm lịch {row['lunar']!r} không hỗ trợ (chỉ {', '.join(sorted(LUNAR_DATES))})")
            statutory.append(StatutoryHoliday(name, source, lunar=row["lunar"]))
            continue
        month, day = row.get("month"), row.get("day")
        try:
            dt.date(2000, month, day)  # a leap year: 29/2 would be a valid rule
        except (TypeError, ValueError):
            fail(f"ngày {day!r} tháng {month!r} không hợp lệ")
        statutory.append(StatutoryHoliday(name, source, month=month, day=day))

    days: dict[dt.date, AnnouncedDay] = {}
    lines = _table_lines(text, "day")
    for index, row in enumerate(data.get("day", [])):
        where = f"dòng {lines[index] if index < len(lines) else '?'} ([[day]] thứ {index + 1})"

        def fail(problem, where=where):
            raise CalendarDataError(path, where, problem)

        date = row.get("date")
        if isinstance(date, str):
            try:
                date = dt.date.fromisoformat(date)
            except ValueError:
                fail(f"ngày {row['date']!r} không hợp lệ (dùng dạng 2026-01-02)")
        if not isinstance(date, dt.date) or isinstance(date, dt.datetime):
            fail(f"ngày {row.get('date')!r} không hợp lệ (dùng dạng 2026-01-02)")
        kind = row.get("kind")
        if kind not in KINDS:
            fail(f"loại {kind!r} không hợp lệ; chọn một trong: {', '.join(KINDS)}")
        name = _text(row, "name", fail)
        source = _text(row, "source", fail)  # no row without the instrument that set it
        if date in days:
            fail(f"ngày {date:%d/%m/%Y} đã có ở một mục trước")
        days[date] = AnnouncedDay(date, kind, name, source)
    return OfficialCalendar(str(path), tuple(statutory), days)


@functools.lru_cache(maxsize=8)
def official_calendar_at(path: str) -> OfficialCalendar:
    """The file at ``path``, read once per process."""
    return load_official_calendar(path)


def official_calendar() -> OfficialCalendar:
    """The configured file (setting ``CONG_OFFICIAL_CALENDAR``), read once per process."""
    from django.conf import settings

    return official_calendar_at(str(getattr(settings, "CONG_OFFICIAL_CALENDAR", DEFAULT_FILE)))


def check_official_calendar() -> list[CalendarDataError]:
    """For the system check: the problems of the configured file (at most one)."""
    from django.conf import settings

    try:
        load_official_calendar(getattr(settings, "CONG_OFFICIAL_CALENDAR", DEFAULT_FILE))
    except CalendarDataError as error:
        return [error]
    return []
