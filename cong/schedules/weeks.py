"""ISO 8601 weeks (tuần) for the week view of the work schedule: ``?week=2026-W49``, Monday to Sunday.

The current week is always computed from a ``now`` the caller passes (the view passes the request's
moment, tests a fixed one), in the portal's time zone. A week that does not exist (``2026-W60``,
``2027-W53``, ``abc``) is explained in Vietnamese and the current week is shown instead.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cong.core.clock import TZ
from cong.core.params import YEAR_MAX, YEAR_MIN, text_param

WEEK_RE = re.compile(r"([0-9]{4})-?[Ww]([0-9]{1,2})")
WEEKDAY_NAMES = (
    gettext_lazy("Thứ Hai"),
    gettext_lazy("Thứ Ba"),
    gettext_lazy("Thứ Tư"),
    gettext_lazy("Thứ Năm"),
    gettext_lazy("Thứ Sáu"),
    gettext_lazy("Thứ Bảy"),
    gettext_lazy("Chủ nhật"),
)


@dataclass(frozen=True)
class Week:
    """One ISO week: its year (which may differ from the calendar year of some of its days) and number."""

    year: int
    number: int

    @classmethod
    def of(cls, day: dt.date) -> Week:
        year, number, _ = day.isocalendar()
        return cls(year, number)

    @property
    def monday(self) -> dt.date:
        return dt.date.fromisocalendar(self.year, self.number, 1)

    @property
    def sunday(self) -> dt.date:
        return self.monday + dt.timedelta(days=6)

    @property
    def days(self) -> list[dt.date]:
        return [self.monday + dt.timedelta(days=i) for i in range(7)]

    @property
    def code(self) -> str:
        """As the address writes it: 2026-W49."""
        return f"{self.year}-W{self.number:02d}"

    @property
    def start(self) -> dt.datetime:
        """Monday 00:00 in the portal's time zone."""
        return dt.datetime.combine(self.monday, dt.time(), tzinfo=TZ)

    @property
    def end(self) -> dt.datetime:
        """The next Monday 00:00 (exclusive)."""
        return self.start + dt.timedelta(days=7)

    @property
    def previous(self) -> Week:
        return Week.of(self.monday - dt.timedelta(days=7))

    @property
    def next(self) -> Week:
        return Week.of(self.monday + dt.timedelta(days=7))

    @property
    def label(self) -> str:
        """Tuần 49 (30/11/2026 – 06/12/2026)."""
        return _("Tuần %(number)s (%(monday)s – %(sunday)s)") % {
            "number": self.number,
            "monday": f"{self.monday:%d/%m/%Y}",
            "sunday": f"{self.sunday:%d/%m/%Y}",
        }


def weeks_in(year: int) -> int:
    """52 or 53: 28 December is always in the last ISO week of its year."""
    return dt.date(year, 12, 28).isocalendar()[1]


def current_week(now: dt.datetime) -> Week:
    return Week.of(timezone.localtime(now, TZ).date())


def week_problem(text: str) -> tuple[Week | None, str]:
    """(the week ``text`` names, "") — or (None, why it is not a week, in Vietnamese)."""
    match = WEEK_RE.fullmatch(text)
    if match is None:
        return None, _("Tuần “%(week)s” không hợp lệ: hãy ghi năm, chữ W và số tuần, ví dụ 2026-W49.") % {
            "week": text
        }
    year, number = int(match.group(1)), int(match.group(2))
    if not YEAR_MIN <= year <= YEAR_MAX:
        return None, _("Tuần “%(week)s” không hợp lệ: năm phải từ %(min)s đến %(max)s.") % {
            "week": text,
            "min": YEAR_MIN,
            "max": YEAR_MAX,
        }
    if not 1 <= number <= weeks_in(year):
        return None, _("Tuần “%(week)s” không có: năm %(year)s có %(count)s tuần (từ 01 đến %(count)s).") % {
            "week": text,
            "year": year,
            "count": weeks_in(year),
        }
    return Week(year, number), ""


def parse_week(raw, now: dt.datetime, *, fallback_note: bool = True) -> tuple[Week, str]:
    """(the week ``raw`` names, "") — or (the week of ``now``, the Vietnamese reason) when ``raw`` is not a
    week, followed by «Đang hiện lịch tuần này.» unless ``fallback_note`` is false (the API shows no week in
    its place); an empty ``raw`` is the current week without a message."""
    text = text_param(raw, 20)
    if not text:
        return current_week(now), ""
    week, problem = week_problem(text)
    if week is not None:
        return week, ""
    if fallback_note:
        problem = f"{problem} {_('Đang hiện lịch tuần này.')}"
    return current_week(now), problem
