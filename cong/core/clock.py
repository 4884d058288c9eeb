"""The one clock (đồng hồ thời hạn): working days, working hours and due moments.

Every statutory time limit — posting a document, answering a question, telling an asker a question was
misrouted, closing a consultation — is computed here from the active regulation profile:

* working days (ngày làm việc): the profile's working week (Mon–Fri by default) minus the days off of the
  official calendar — the statutory holidays and each year's announced days of
  ``cong/core/data/official_calendar_vn.toml`` (see ``cong.core.official_calendar``), then the ``holidays``
  package's estimate (dự kiến) for days not yet announced — and minus the days off the operator enters,
  plus make-up working days (ngày làm bù);
* start of counting (``calendar.counting.start``): ``next_working_day`` (Civil Code 2015 art. 147, the
  national default) — the day of the event is not counted whatever the hour, day 1 is the next working
  day; ``next_opening`` (LC-13.6 "tính từ 08h00' các ngày làm việc") — an event before 08:00 of a working
  day counts that day as day 1. With ``provision.window = "working_hours"`` (BK-5.4) an event outside
  working hours counts as received at the next opening of working hours, and counting starts from there;
* due moment: the end of working hours of day N. Periods in calendar days ("ngày") end at 23:59:59 of
  day N (art. 148), moved to the next working day when day N is a day off.

All moments are aware datetimes in Asia/Ho_Chi_Minh. See docs/features/working-day-clock.md.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from functools import cached_property
from zoneinfo import ZoneInfo

import holidays as holidays_package
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .lunar import last_month_length
from .official_calendar import official_calendar, official_calendar_at
from .profiles import WEEKDAYS, Period, PeriodUnit, Profile, get_profile

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
# The public holidays are Vietnam's: Bộ luật Lao động 2019, Điều 112 sets them for the whole country, so no
# profile can choose another calendar (the `holidays` package's code for them).
COUNTRY = "VN"
END_OF_DAY = dt.time(23, 59, 59)
DAY_OFF = "day_off"
MAKE_UP = "make_up"
HOLIDAY = "holiday"


@dataclass(frozen=True)
class CalendarDay:
    """A day that differs from the working week: a holiday, a day off, or a make-up working day."""

    date: dt.date
    kind: str  # HOLIDAY (by law), DAY_OFF or MAKE_UP
    name: str
    entered_by_operator: bool = False
    source: str = ""  # the instrument: a clause of the Labour Code, an announcement, the operator's reason
    estimated: bool = False  # from the ``holidays`` package, no instrument yet (dự kiến)

    @property
    def is_working(self) -> bool:
        return self.kind == MAKE_UP


ESTIMATE_SOURCE = gettext_lazy("Dự kiến theo gói holidays — chưa có văn bản trong lịch nghỉ chính thức")
COMPENSATION_SOURCE = gettext_lazy("Bộ luật Lao động 2019, Điều 111 khoản 3")
# Package days whose kind of holiday art. 112 provides but whose dates each year's instrument sets: Tết
# (112.1.b), the second day of National Day (112.1.đ), swaps; counted as estimates until announced.
_ESTIMABLE = ("Tết Nguyên Đán", "29 Tết", "Giao thừa", "Mùng", "Quốc khánh", "Ngày nghỉ")  # i18n: data
# Package days with a fixed date in art. 112.1: computed from the official calendar's [[statutory]] rows.
_STATUTORY_NAMES = (  # i18n: data
    "Tết Dương lịch",
    "Ngày Giỗ Tổ Hùng Vương",
    "Ngày Chiến thắng",
    "Ngày Quốc tế Lao động",
)


def local(moment: dt.datetime) -> dt.datetime:
    """The moment in Vietnam time; a naive moment is taken as Vietnam local time."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=TZ)
    return moment.astimezone(TZ)


def _package_day(package, wanted: str) -> dt.date | None:
    return next((day for day, name in package.items() if name == wanted), None)


@functools.lru_cache(maxsize=128)
def _law_of(
    year: int, weekend: frozenset[int], calendar_file: str
) -> tuple[dict[dt.date, CalendarDay], tuple[CalendarDay, ...]]:
    """The official days of one year, and the package's days that no enacted rule supports.

    Computed once per process (the lunar calendar is slow, every action builds a new WorkingCalendar);
    callers must not mutate the result. Order of authority: announced day > statutory rule > estimate.
    """
    official = official_calendar_at(calendar_file)
    package = holidays_package.country_holidays(COUNTRY, years=year, language="vi")
    days: dict[dt.date, CalendarDay] = {}
    uncounted = []
    new_year = _package_day(package, "Tết Nguyên Đán")  # i18n: data
    for day, name in sorted(package.items()):
        base = name.split(" (")[0]
        if base in _STATUTORY_NAMES:
            continue
        if not base.startswith(_ESTIMABLE):
            uncounted.append(CalendarDay(day, HOLIDAY, name, source=gettext_lazy("gói holidays")))
            continue
        # The package's name, wrong when tháng Chạp is short.
        if base == "29 Tết" and new_year is not None:  # i18n: data
            name = f"{last_month_length(new_year) - 1} tháng Chạp" + name[len(base) :]  # i18n: data
        days[day] = CalendarDay(day, HOLIDAY, name, source=ESTIMATE_SOURCE, estimated=True)
    for day in sorted(getattr(package, "weekend_workdays", ())):
        if day.year != year:
            continue
        label = day.strftime("%d/%m/%Y")
        swapped = [other for other, name in package.items() if label in name]
        name = f"Ngày làm bù cho ngày nghỉ {swapped[0]:%d/%m/%Y}" if swapped else "Ngày làm bù"  # i18n: data
        days[day] = CalendarDay(day, MAKE_UP, name, source=ESTIMATE_SOURCE, estimated=True)

    statutory: dict[dt.date, CalendarDay] = {}
    for rule in official.statutory:
        if rule.lunar:  # Giỗ Tổ Hùng Vương, 10/3 lunar: the package computes the lunar date
            date = _package_day(package, "Ngày Giỗ Tổ Hùng Vương")  # i18n: data
            if date is None:
                continue
        else:
            date = dt.date(year, rule.month, rule.day)
        statutory[date] = CalendarDay(date, HOLIDAY, rule.name, source=rule.source)
    for date, holiday in sorted(statutory.items()):
        if date.weekday() in weekend:  # art. 111.3: off on the next working day instead
            other = date + dt.timedelta(days=1)
            while other.weekday() in weekend or other in statutory:
                other += dt.timedelta(days=1)
            statutory[other] = CalendarDay(  # i18n: data
                other, DAY_OFF, f"{holiday.name} (nghỉ bù)", source=COMPENSATION_SOURCE
            )
    days.update(statutory)
    for day in official.days.values():
        if day.date.year == year:
            days[day.date] = CalendarDay(day.date, day.kind, day.name, source=day.source)
    uncounted = tuple(day for day in uncounted if day.date not in days)
    return days, uncounted


class WorkingCalendar:
    """Working days and hours of one profile, with the operator's days off and make-up days.

    ``adjustments`` maps a date to ``(kind, reason)``; when omitted they are read from the database
    once, on first use. Build one calendar and reuse it when computing many clocks.
    """

    def __init__(
        self,
        profile: Profile | None = None,
        adjustments: dict[dt.date, tuple[str, str]] | None = None,
        calendar_file: str | None = None,
    ):
        self.profile = profile or get_profile()
        self.weekend = {WEEKDAYS.index(day) for day in self.profile["calendar.weekend"]}
        self.opening: dt.time = self.profile["calendar.working_hours.start"]
        self.closing: dt.time = self.profile["calendar.working_hours.end"]
        self.start_rule: str = self.profile["calendar.counting.start"]
        self.due_rule: str = self.profile["calendar.counting.working_day_due"]
        self.roll_calendar_days: bool = self.profile["calendar.counting.calendar_day_roll"]
        self.window: str = self.profile["provision.window"]
        self.basis: str = self.profile["calendar.basis"]
        self.calendar_file = calendar_file or official_calendar().path
        self._adjustments = adjustments
        self._years: dict[int, tuple[dict[dt.date, CalendarDay], tuple[CalendarDay, ...]]] = {}

    @cached_property
    def adjustments(self) -> dict[dt.date, tuple[str, str]]:
        if self._adjustments is not None:
            return dict(self._adjustments)
        from .models import CalendarAdjustment  # the clock itself must import without the app registry

        return {row.date: (row.kind, row.reason) for row in CalendarAdjustment.objects.all()}

    # --- The official calendar ----------------------------------------------------------------

    def _law(self, year: int) -> tuple[dict[dt.date, CalendarDay], tuple[CalendarDay, ...]]:
        """Official days of ``year`` (announced, statutory, estimated) and the package's uncounted days."""
        if year not in self._years:
            self._years[year] = _law_of(year, frozenset(self.weekend), self.calendar_file)
        return self._years[year]

    def special_day(self, day: dt.date) -> CalendarDay | None:
        """What makes ``day`` differ from the working week, if anything; the operator's entry wins."""
        if day in self.adjustments:
            kind, reason = self.adjustments[day]
            return CalendarDay(day, kind, reason, entered_by_operator=True, source=reason)
        return self._law(day.year)[0].get(day)

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
        for _day in range(3700):  # ten years of days off would be a broken calendar, not a long holiday
            if self.is_working_day(day):
                return day
            day += dt.timedelta(days=1)
        raise ValueError(_("Không tìm thấy ngày làm việc nào trong mười năm: lịch làm việc bị cấu hình sai."))

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
        days = set(self._law(year)[0]) | {day for day in self.adjustments if day.year == year}
        return [special for day in sorted(days) if (special := self.special_day(day)) is not None]

    def uncounted_days(self, year: int) -> list[CalendarDay]:
        """Days the ``holidays`` package lists with no enacted basis (a proposed holiday): not days off
        until an instrument in the official calendar or the operator adds them."""
        return [day for day in self._law(year)[1] if day.date not in self.adjustments]

    def estimated_days_between(
        self, start: dt.datetime | dt.date, end: dt.datetime | dt.date
    ) -> list[CalendarDay]:
        """Estimated days (dự kiến) from ``start`` to ``end``, both days included: a clock crossing one may
        move when the Government announces the year's calendar."""
        first = local(start).date() if isinstance(start, dt.datetime) else start
        last = local(end).date() if isinstance(end, dt.datetime) else end
        found = []
        day = first
        while day <= last:
            special = self.special_day(day)
            if special is not None and special.estimated:
                found.append(special)
            day += dt.timedelta(days=1)
        return found

    # --- Clocks -------------------------------------------------------------------------------

    def _at(self, day: dt.date, time: dt.time) -> dt.datetime:
        return dt.datetime.combine(day, time, tzinfo=TZ)

    def _next_opening(self, moment: dt.datetime) -> dt.datetime:
        """The first opening of working hours strictly after ``moment``."""
        day = moment.date()
        if self.is_working_day(day) and moment.time() < self.opening:
            return self._at(day, self.opening)
        return self._at(self.next_working_day(day), self.opening)

    def received_at(self, event: dt.datetime) -> dt.datetime:
        """When information sent at ``event`` counts as received (thời điểm tiếp nhận).

        ``provision.window = "working_hours"`` (BK-5.4, exchanges "trong giờ làm việc từ thứ hai đến thứ
        sáu"): what is sent outside working hours is accepted but counts as received at the next opening.
        """
        moment = local(event)
        if self.window == "working_hours" and not self.is_working_time(moment):
            return self._next_opening(moment)
        return moment

    def clock_start(self, event: dt.datetime | dt.date) -> dt.datetime:
        """When counting starts for an event (a reception moment, or a date alone such as an issue date).

        ``next_working_day`` (BLDS-147): the day of the event is not counted, whatever the hour — Monday
        07:30 or 10:00 → Tuesday 08:00; Friday 17:30 → Monday 08:00. ``next_opening`` (LC-13.6): the first
        opening of working hours after the event — Monday 07:30 → Monday 08:00, Monday 10:00 → Tuesday
        08:00. A date alone is an event during that day: its clock starts on the next working day.
        """
        if not isinstance(event, dt.datetime):
            return self._at(self.next_working_day(event), self.opening)
        moment = self.received_at(event)
        if self.start_rule == "next_opening":
            return self._next_opening(moment)
        return self._at(self.next_working_day(moment.date()), self.opening)

    def due(self, event: dt.datetime | dt.date, period: Period | int) -> dt.datetime | None:
        """The due moment of a period started by ``event``; ``None`` when the period sets no limit.

        An ``int`` is a number of working days. Working days: the end of working hours of day N, day 1
        being the day counting starts. Calendar days ("ngày"): 23:59:59 of the N-th day after the event's
        day, or of the next working day when that day is a day off. Immediate: the event itself.
        """
        if isinstance(period, int):
            period = Period(period, PeriodUnit.WORKING_DAYS)
        if not period.has_limit:
            return None
        if period.days is not None and period.days < 0:
            raise ValueError(_("Số ngày của thời hạn không được âm."))
        is_date = not isinstance(event, dt.datetime)
        if period.is_immediate:
            return self._at(event, END_OF_DAY) if is_date else local(event)
        if period.in_calendar_days:
            day = (event if is_date else local(event).date()) + dt.timedelta(days=period.days)
            if self.roll_calendar_days and not self.is_working_day(day):
                day = self.next_working_day(day)
            return self._at(day, END_OF_DAY)
        start = self.clock_start(event)
        if period.days == 0:
            return start
        day = start.date()
        for _day in range(period.days - 1):
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
