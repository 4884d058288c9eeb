"""The one clock (đồng hồ thời hạn): working days, working hours and due moments.

Every statutory time limit — posting a document, answering a question, telling an asker a question was
misrouted, closing a consultation — is computed here from the active regulation profile:

* working days (ngày làm việc): the profile's working week (Mon–Fri by default) minus Vietnamese public
  holidays from the ``holidays`` package (lunar Tết, Hùng Kings, 30/4, 1/5, 2/9 and the swaps the
  Government decides) and minus the days off the operator enters, plus make-up working days (ngày làm
  bù) from the package or entered by the operator;
* counting rule (``calendar.counting.*``): by default the day of the event is not counted (Civil Code
  2015 art. 147) — the clock starts at the first opening of working hours of a working day strictly after
  the event, that day is day 1, and the due moment is the end of working hours of day N. Periods in
  calendar days ("ngày") end at 23:59:59 of day N (art. 148), moved to the next working day when day N
  is a day off.

All moments are aware datetimes in Asia/Ho_Chi_Minh. See docs/features/working-day-clock.md.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from functools import cached_property
from zoneinfo import ZoneInfo

import holidays as holidays_package

from .profiles import WEEKDAYS, Period, Profile, get_profile

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
END_OF_DAY = dt.time(23, 59, 59)
DAY_OFF = "day_off"
MAKE_UP = "make_up"
HOLIDAY = "holiday"


@dataclass(frozen=True)
class CalendarDay:
    """A day that differs from the working week: a holiday, a day off, or a make-up working day."""

    date: dt.date
    kind: str  # HOLIDAY (by law), DAY_OFF (entered by the operator) or MAKE_UP
    name: str
    entered_by_operator: bool = False

    @property
    def is_working(self) -> bool:
        return self.kind == MAKE_UP


def local(moment: dt.datetime) -> dt.datetime:
    """The moment in Vietnam time; a naive moment is taken as Vietnam local time."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=TZ)
    return moment.astimezone(TZ)


@functools.lru_cache(maxsize=64)
def _law_of(country: str, year: int) -> tuple[dict[dt.date, str], dict[dt.date, str]]:
    """The law's holidays and make-up days of one year: computed once per process (the lunar calendar
    is slow to compute, and every action builds a new WorkingCalendar). Callers must not mutate them."""
    law = holidays_package.country_holidays(country, years=year, language="vi")
    holidays = dict(law.items())
    make_up = {}
    for day in sorted(getattr(law, "weekend_workdays", ())):
        if day.year != year:
            continue
        label = day.strftime("%d/%m/%Y")
        swapped = [other for other, name in holidays.items() if label in name]
        make_up[day] = (
            f"Ngày làm bù cho ngày nghỉ {swapped[0].strftime('%d/%m/%Y')}" if swapped else "Ngày làm bù"
        )
    return holidays, make_up


class WorkingCalendar:
    """Working days and hours of one profile, with the operator's days off and make-up days.

    ``adjustments`` maps a date to ``(kind, reason)``; when omitted they are read from the database
    once, on first use. Build one calendar and reuse it when computing many clocks.
    """

    def __init__(
        self, profile: Profile | None = None, adjustments: dict[dt.date, tuple[str, str]] | None = None
    ):
        self.profile = profile or get_profile()
        self.weekend = {WEEKDAYS.index(day) for day in self.profile["calendar.weekend"]}
        self.opening: dt.time = self.profile["calendar.working_hours.start"]
        self.closing: dt.time = self.profile["calendar.working_hours.end"]
        self.start_rule: str = self.profile["calendar.counting.start"]
        self.due_rule: str = self.profile["calendar.counting.working_day_due"]
        self.roll_calendar_days: bool = self.profile["calendar.counting.calendar_day_roll"]
        self.country: str = self.profile["calendar.country"]
        self._adjustments = adjustments
        self._years: dict[int, tuple[dict[dt.date, str], dict[dt.date, str]]] = {}

    @cached_property
    def adjustments(self) -> dict[dt.date, tuple[str, str]]:
        if self._adjustments is not None:
            return dict(self._adjustments)
        from .models import CalendarAdjustment  # the clock itself must import without the app registry

        return {row.date: (row.kind, row.reason) for row in CalendarAdjustment.objects.all()}

    # --- The law's calendar -------------------------------------------------------------------

    def _law(self, year: int) -> tuple[dict[dt.date, str], dict[dt.date, str]]:
        """Public holidays and the make-up working days the Government set for ``year``."""
        if year not in self._years:
            self._years[year] = _law_of(self.country, year)
        return self._years[year]

    def special_day(self, day: dt.date) -> CalendarDay | None:
        """What makes ``day`` differ from the working week, if anything; the operator's entry wins."""
        if day in self.adjustments:
            kind, reason = self.adjustments[day]
            return CalendarDay(day, kind, reason, entered_by_operator=True)
        holidays, make_up = self._law(day.year)
        if day in make_up:
            return CalendarDay(day, MAKE_UP, make_up[day])
        if day in holidays:
            return CalendarDay(day, HOLIDAY, holidays[day])
        return None

    def is_working_day(self, day: dt.date) -> bool:
        special = self.special_day(day)
        if special is not None:
            return special.is_working
        return day.weekday() not in self.weekend

    def is_working_time(self, moment: dt.datetime) -> bool:
        """True during working hours of a working day (opening included, closing excluded)."""
        moment = local(moment)
        return self.is_working_day(moment.date()) and self.opening <= moment.time() < self.closing

    def next_working_day(self, day: dt.date) -> dt.date:
        """The first working day strictly after ``day``."""
        day += dt.timedelta(days=1)
        for _ in range(3700):  # ten years of days off would be a broken calendar, not a long holiday
            if self.is_working_day(day):
                return day
            day += dt.timedelta(days=1)
        raise ValueError("Không tìm thấy ngày làm việc nào trong mười năm: lịch làm việc bị cấu hình sai.")

    def working_days(self, first: dt.date, last: dt.date) -> int:
        """Number of working days from ``first`` to ``last``, both included (0 when last < first)."""
        count = 0
        day = first
        while day <= last:
            count += self.is_working_day(day)
            day += dt.timedelta(days=1)
        return count

    def days_off(self, year: int) -> list[CalendarDay]:
        """Holidays and operator days off of ``year``, and the make-up working days, in date order."""
        holidays, make_up = self._law(year)
        days = set(holidays) | set(make_up) | {day for day in self.adjustments if day.year == year}
        return [special for day in sorted(days) if (special := self.special_day(day)) is not None]

    # --- Clocks -------------------------------------------------------------------------------

    def _at(self, day: dt.date, time: dt.time) -> dt.datetime:
        return dt.datetime.combine(day, time, tzinfo=TZ)

    def clock_start(self, event: dt.datetime | dt.date) -> dt.datetime:
        """When counting starts for an event (a reception moment, or a date alone such as an issue date).

        ``next_opening`` (default): the first opening of working hours strictly after the event — Monday
        10:00 → Tuesday 08:00; 07:00 on a working day → the same day 08:00; Friday 17:30 → Monday 08:00.
        ``same_day``: an event on a working day before closing starts at once, that day being day 1.
        A date alone is an event during that day, so its clock starts on the next working day.
        """
        if not isinstance(event, dt.datetime):
            return self._at(self.next_working_day(event), self.opening)
        moment = local(event)
        day = moment.date()
        if self.is_working_day(day):
            if moment.time() < self.opening:
                return self._at(day, self.opening)
            if self.start_rule == "same_day" and moment.time() < self.closing:
                return moment
        return self._at(self.next_working_day(day), self.opening)

    def due(self, event: dt.datetime | dt.date, period: Period | int) -> dt.datetime | None:
        """The due moment of a period started by ``event``; ``None`` when the period sets no limit.

        An ``int`` is a number of working days. Working days: the end of working hours of day N, day 1
        being the day counting starts. Calendar days ("ngày"): 23:59:59 of the N-th day after the event's
        day, or of the next working day when that day is a day off. Immediate: the event itself.
        """
        if isinstance(period, int):
            period = Period(period, "working_days")
        if period.unit == "none":
            return None
        if period.days is not None and period.days < 0:
            raise ValueError("Số ngày của thời hạn không được âm.")
        is_date = not isinstance(event, dt.datetime)
        if period.unit == "immediate":
            return self._at(event, END_OF_DAY) if is_date else local(event)
        if period.unit == "calendar_days":
            day = (event if is_date else local(event).date()) + dt.timedelta(days=period.days)
            if self.roll_calendar_days and not self.is_working_day(day):
                day = self.next_working_day(day)
            return self._at(day, END_OF_DAY)
        start = self.clock_start(event)
        if period.days == 0:
            return start
        day = start.date()
        for _ in range(period.days - 1):
            day = self.next_working_day(day)
        return self._at(day, self.closing if self.due_rule == "end_of_working_hours" else END_OF_DAY)


def working_calendar(profile: Profile | str | None = None) -> WorkingCalendar:
    """A calendar for the active profile (or the one named), with the operator's entries."""
    if isinstance(profile, str):
        profile = get_profile(profile)
    return WorkingCalendar(profile)


def due(event: dt.datetime | dt.date, period: Period | int | str, profile: Profile | str | None = None):
    """Due moment of ``period`` (a Period, a number of working days, or a profile key like "qa.answer")."""
    calendar = working_calendar(profile)
    if isinstance(period, str):
        period = calendar.profile.period(period)
    return calendar.due(event, period)


def is_working_time(moment: dt.datetime, profile: Profile | str | None = None) -> bool:
    return working_calendar(profile).is_working_time(moment)


def is_working_day(day: dt.date, profile: Profile | str | None = None) -> bool:
    return working_calendar(profile).is_working_day(day)


def working_days(first: dt.date, last: dt.date, profile: Profile | str | None = None) -> int:
    return working_calendar(profile).working_days(first, last)
