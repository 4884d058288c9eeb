"""``cong calendar due|workdays|holidays`` — the working-day clock from the command line (Asia/Ho_Chi_Minh)."""

from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from django.utils.translation import gettext as _

from cong.core.clock import MAKE_UP, WorkingCalendar, local
from cong.core.profiles import Period, PeriodUnit, ProfileError, get_profile

USAGE_ERROR = 2  # bad arguments: the same exit code as argparse


def _bad(message: str) -> CommandError:
    return CommandError(message, returncode=USAGE_ERROR)


def parse_start(text: str) -> dt.datetime | dt.date:
    """An ISO 8601 moment (local time when it has no offset) or a date alone."""
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return local(dt.datetime.fromisoformat(text))
    except ValueError:
        raise _bad(
            _(
                "Thời điểm bắt đầu không hợp lệ: %(text)s. Dùng ISO 8601, ví dụ 2026-03-02T10:00 hoặc 2026-03-02."
            )
            % {"text": repr(text)}
        ) from None


def parse_date(text: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise _bad(
            _("%(what)s không hợp lệ: %(text)s. Dùng dạng YYYY-MM-DD, ví dụ 2026-02-16.")
            % {"what": what, "text": repr(text)}
        ) from None


class Command(BaseCommand):
    @property
    def help(self) -> str:
        # argparse needs a str when it prints --help: translated when read, not a lazy text
        return _("Lịch ngày làm việc: tính hạn, đếm ngày làm việc, liệt kê ngày nghỉ.")

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True, parser_class=type(parser))
        due = sub.add_parser(
            "due", help=_("In thời điểm hết hạn (ISO 8601, +07:00)."), called_from_command_line=None
        )
        due.add_argument(
            "start", help=_("Thời điểm bắt đầu: 2026-03-02T10:00, 2026-03-02T10:00+07:00 hoặc 2026-03-02")
        )
        due.add_argument("days", help=_("Số ngày làm việc, hoặc khoá thời hạn của hồ sơ (ví dụ qa.answer)"))
        due.add_argument(
            "--calendar-days",
            action="store_true",
            help=_('Tính theo ngày lịch ("ngày") thay vì ngày làm việc'),
        )
        due.add_argument("--profile", help=_("Hồ sơ quy định (mặc định: CONG_PROFILE)"))
        workdays = sub.add_parser("workdays", help=_("Đếm ngày làm việc trong khoảng (tính cả hai đầu)."),
                                  called_from_command_line=None)  # fmt: skip
        workdays.add_argument("first", help=_("Từ ngày YYYY-MM-DD"))
        workdays.add_argument("last", help=_("Đến ngày YYYY-MM-DD"))
        workdays.add_argument("--profile", help=_("Hồ sơ quy định (mặc định: CONG_PROFILE)"))
        holidays = sub.add_parser("holidays", help=_("Liệt kê ngày nghỉ và ngày làm bù của một năm."),
                                  called_from_command_line=None)  # fmt: skip
        holidays.add_argument("year", help=_("Năm, ví dụ 2026"))
        holidays.add_argument("--profile", help=_("Hồ sơ quy định (mặc định: CONG_PROFILE)"))

    def handle(self, *args, **options):
        try:
            calendar = WorkingCalendar(get_profile(options.get("profile")))
        except ProfileError as error:
            raise _bad(str(error)) from None
        try:
            len(calendar.adjustments)  # load the operator's entries now; a fresh install has no table yet
        except DatabaseError:
            # A fresh install (no «cong migrate» yet) still answers from the official calendar: only the
            # operator's own entries are missing, and the operator is told so.
            calendar = WorkingCalendar(calendar.profile, adjustments={})
            self.stderr.write(
                _(
                    "Chưa có cơ sở dữ liệu (chưa chạy «cong migrate»): tính theo lịch chính thức, "
                    "chưa có ngày do đơn vị vận hành nhập."
                )
            )
        action = options["action"]
        if action == "due":
            self.stdout.write(self._due(calendar, options))
        elif action == "workdays":
            first = parse_date(options["first"], _("Ngày đầu"))
            last = parse_date(options["last"], _("Ngày cuối"))
            if last < first:
                raise _bad(
                    _("Ngày cuối %(last)s đứng trước ngày đầu %(first)s.") % {"last": last, "first": first}
                )
            self.stdout.write(str(calendar.working_days(first, last)))
        else:
            self.stdout.write("\n".join(self._holidays(calendar, options["year"])))

    def _due(self, calendar: WorkingCalendar, options) -> str:
        start = parse_start(options["start"])
        days = options["days"]
        if days.lstrip("-").isdigit():
            if int(days) < 0:
                raise _bad(_("Số ngày không được âm: %(days)s.") % {"days": days})
            unit = PeriodUnit.CALENDAR_DAYS if options["calendar_days"] else PeriodUnit.WORKING_DAYS
            period = Period(int(days), unit)
        else:
            try:
                period = calendar.profile.period(days)
            except (KeyError, TypeError):
                raise _bad(
                    _("%(days)s không phải số ngày hay khoá thời hạn của hồ sơ (ví dụ qa.answer).")
                    % {"days": repr(days)}
                ) from None
        moment = calendar.due(start, period)
        if moment is None:
            return _("không có hạn (%(period)s)") % {"period": period}
        return moment.isoformat()

    def _holidays(self, calendar: WorkingCalendar, year_text: str) -> list[str]:
        """The year's days off and make-up days, each with its instrument; estimates marked «dự kiến»."""
        if not year_text.isdigit() or not 1990 <= int(year_text) <= 2100:
            raise _bad(
                _("Năm không hợp lệ: %(year_text)s (từ 1990 đến 2100).") % {"year_text": repr(year_text)}
            )
        basis = calendar.profile.param("calendar.basis")
        lines = [
            _("Cách tính ngày làm việc: %(value)s [%(source)s]")
            % {"value": basis.value, "source": basis.source}
        ]
        for day in calendar.days_off(int(year_text)):
            name = _("[làm bù] %(name)s") % {"name": day.name} if day.kind == MAKE_UP else day.name
            if day.entered_by_operator:
                name = _("%(name)s (đơn vị vận hành nhập)") % {"name": name}
            elif day.estimated:
                name = _("%(name)s (dự kiến: chưa có văn bản công bố, đơn vị vận hành cần xác nhận)") % {
                    "name": name
                }
            else:
                name += f" — {day.source}"
            lines.append(f"{day.date.isoformat()} {name}")
        for day in calendar.uncounted_days(int(year_text)):
            lines.append(
                _("Không tính là ngày nghỉ (chưa có văn bản ban hành): %(date)s %(name)s")
                % {"date": day.date.isoformat(), "name": day.name}
            )
        return lines
