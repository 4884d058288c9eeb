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
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

DEFAULT_FILE = Path(__file__).resolve().parent / "data" / "official_calendar_vn.toml"
KINDS = {
    "holiday": gettext_lazy("ngày lễ, Tết"),
    "day_off": gettext_lazy("ngày nghỉ"),
    "make_up": gettext_lazy("ngày làm bù"),
}
LUNAR_DATES = {"03-10"}  # the only lunar date with a fixed day in art. 112.1 (Giỗ Tổ Hùng Vương)


class CalendarDataError(ImproperlyConfigured):
    """A broken official-calendar file; the message names the file, the line and the problem."""

    def __init__(self, path: Path | str, where: str, problem: str):
        self.path, self.where, self.problem = str(path), where, problem
        super().__init__(
            _("Lịch nghỉ chính thức không hợp lệ — tệp %(path)s, %(where)s: %(problem)s")
            % {"path": self.path, "where": where, "problem": problem}
        )


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
        fail(_("thiếu «%(field)s» (chuỗi không rỗng)") % {"field": field})
    return value.strip()


def load_official_calendar(path: Path | str | None = None) -> OfficialCalendar:
    """Read and check the file; raise CalendarDataError on the first problem."""
    path = Path(path or DEFAULT_FILE)
    try:
        text = path.read_text("utf-8")
        data = tomllib.loads(text)
    except OSError as error:
        raise CalendarDataError(
            path, _("tệp"), _("không đọc được (%(strerror)s)") % {"strerror": error.strerror}
        ) from None
    except tomllib.TOMLDecodeError as error:
        raise CalendarDataError(path, _("cú pháp TOML"), str(error)) from None
    unknown = set(data) - {"statutory", "day"}
    if unknown:
        raise CalendarDataError(
            path, _("tệp"), _("mục không hỗ trợ: %(unknown)s") % {"unknown": ", ".join(sorted(unknown))}
        )

    statutory = []
    lines = _table_lines(text, "statutory")
    for index, row in enumerate(data.get("statutory", [])):
        where = _("dòng %(line)s ([[statutory]] thứ %(index)s)") % {
            "line": lines[index] if index < len(lines) else "?",
            "index": index + 1,
        }

        def fail(problem, where=where):
            raise CalendarDataError(path, where, problem)

        name, source = _text(row, "name", fail), _text(row, "source", fail)
        if "lunar" in row:
            if row["lunar"] not in LUNAR_DATES:
                fail(
                    _("ngày âm lịch %(lunar)s không hỗ trợ (chỉ %(lunar_dates)s)")
                    % {"lunar": repr(row["lunar"]), "lunar_dates": ", ".join(sorted(LUNAR_DATES))}
                )
            statutory.append(StatutoryHoliday(name, source, lunar=row["lunar"]))
            continue
        month, day = row.get("month"), row.get("day")
        try:
            dt.date(2000, month, day)  # a leap year: 29/2 would be a valid rule
        except (TypeError, ValueError):
            fail(_("ngày %(day)s tháng %(month)s không hợp lệ") % {"day": repr(day), "month": repr(month)})
        statutory.append(StatutoryHoliday(name, source, month=month, day=day))

    days: dict[dt.date, AnnouncedDay] = {}
    lines = _table_lines(text, "day")
    for index, row in enumerate(data.get("day", [])):
        where = _("dòng %(line)s ([[day]] thứ %(index)s)") % {
            "line": lines[index] if index < len(lines) else "?",
            "index": index + 1,
        }

        def fail(problem, where=where):
            raise CalendarDataError(path, where, problem)

        date = row.get("date")
        if isinstance(date, str):
            try:
                date = dt.date.fromisoformat(date)
            except ValueError:
                fail(_("ngày %(date)s không hợp lệ (dùng dạng 2026-01-02)") % {"date": repr(row["date"])})
        if not isinstance(date, dt.date) or isinstance(date, dt.datetime):
            fail(_("ngày %(row)s không hợp lệ (dùng dạng 2026-01-02)") % {"row": repr(row.get("date"))})
        kind = row.get("kind")
        if kind not in KINDS:
            fail(
                _("loại %(kind)s không hợp lệ; chọn một trong: %(kinds)s")
                % {"kind": repr(kind), "kinds": ", ".join(KINDS)}
            )
        name = _text(row, "name", fail)
        source = _text(row, "source", fail)  # no row without the instrument that set it
        if date in days:
            fail(_("ngày %(date)s đã có ở một mục trước") % {"date": f"{date:%d/%m/%Y}"})
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
