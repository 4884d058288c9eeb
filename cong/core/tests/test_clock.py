"""The working-day clock on real calendars: Tết 2026 and 2027, the 30/4–1/5 bridges, National Day with
its extra day, make-up Saturdays from the Government and from the operator.

Provisions: LC-13.6 (from 08:00 of working days, holidays and Tết excluded), BK-7.1 (working days),
BK-7.1.c¶1 and ST-24.3 (plain "ngày" = calendar days), ND43-17, BLDS-147/148, BLLD-112, BK-5.4.
"""

import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError

from cong.core.clock import WorkingCalendar, due, is_working_time, working_days
from cong.core.clocks import clocks_for, start_clock, stop_clock
from cong.core.models import CalendarAdjustment, Clock
from cong.core.profiles import Period, load_profile, profiles_dir

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def at(year, month, day, hour=0, minute=0, second=0):
    return dt.datetime(year, month, day, hour, minute, second, tzinfo=VN)


@pytest.fixture
def calendar():
    """The national calendar with no operator entries."""
    return WorkingCalendar(load_profile("national"), adjustments={})


# --- When counting starts ------------------------------------------------------------------------


def test_received_monday_10_starts_tuesday_08(calendar):
    assert calendar.clock_start(at(2026, 3, 2, 10)) == at(2026, 3, 3, 8)
    assert calendar.due(at(2026, 3, 2, 10), 1) == at(2026, 3, 3, 17)  # day 1 is Tuesday


def test_received_friday_after_hours_starts_monday_08(calendar):
    assert calendar.clock_start(at(2026, 3, 6, 17, 30)) == at(2026, 3, 9, 8)


@pytest.fixture
def lai_chau():
    return WorkingCalendar(load_profile("lai-chau"), adjustments={})


def test_national_rule_does_not_count_the_day_of_receipt_before_or_after_08(calendar):
    """BLDS-147 (Bộ luật Dân sự 2015, Điều 147 khoản 2): «Khi thời hạn được xác định bằng ngày, tuần, tháng,
    năm thì ngày đầu tiên của thời hạn không được tính mà tính từ ngày tiếp theo liền kề ngày được xác định.»

    A question received at 07:59 or at 08:01 on Monday 2/3/2026: day 1 is Tuesday either way."""
    assert calendar.start_rule == "next_working_day"
    for minute_of_monday in (at(2026, 3, 2, 7, 59), at(2026, 3, 2, 8, 1)):
        assert calendar.clock_start(minute_of_monday) == at(2026, 3, 3, 8)
        assert calendar.due(minute_of_monday, 1) == at(2026, 3, 3, 17)
        assert calendar.due(minute_of_monday, 15) == at(2026, 3, 23, 17)


def test_lai_chau_counts_a_working_day_from_08_when_received_before_08(calendar, lai_chau):
    """LC-13.6: «Thời điểm để xác định thời gian trả lời được tính từ 08h00' các ngày làm việc (không tính
    ngày nghỉ lễ, tết).»

    Received 07:59 on Monday: Monday is day 1 (national rule: Tuesday); received 08:01: Tuesday, as
    nationally. The profile switch alone moves the due moment of the 15-day answer by one working day."""
    assert lai_chau.start_rule == "next_opening"
    before, after = at(2026, 3, 2, 7, 59), at(2026, 3, 2, 8, 1)
    assert lai_chau.clock_start(before) == at(2026, 3, 2, 8)
    assert lai_chau.due(before, 15) == at(2026, 3, 20, 17)
    assert calendar.due(before, 15) == at(2026, 3, 23, 17)
    assert lai_chau.clock_start(after) == at(2026, 3, 3, 8)
    assert lai_chau.due(after, 15) == calendar.due(after, 15) == at(2026, 3, 23, 17)


def test_both_start_rules_across_tet_2026(calendar, lai_chau):
    """BLDS-147 «ngày đầu tiên của thời hạn không được tính mà tính từ ngày tiếp theo liền kề ngày được xác
    định»; LC-13.6 «tính từ 08h00' các ngày làm việc (không tính ngày nghỉ lễ, tết)».

    Friday 13/2/2026 is the last working day before Tết Bính Ngọ (14–22/2 off). Received there at 07:30:
    Lai Châu counts Friday as day 1 (15th day Thursday 12/3); the national rule starts on Monday 23/2
    (15th day Friday 13/3). Received at 10:00 both start on 23/2. Received during Tết, both start 23/2."""
    early = at(2026, 2, 13, 7, 30)
    assert lai_chau.clock_start(early) == at(2026, 2, 13, 8)
    assert lai_chau.due(early, 15) == at(2026, 3, 12, 17)
    assert calendar.clock_start(early) == at(2026, 2, 23, 8)
    assert calendar.due(early, 15) == at(2026, 3, 13, 17)
    assert (
        lai_chau.clock_start(at(2026, 2, 13, 10))
        == calendar.clock_start(at(2026, 2, 13, 10))
        == at(2026, 2, 23, 8)
    )
    during_tet = at(2026, 2, 18, 7, 0)
    assert lai_chau.clock_start(during_tet) == calendar.clock_start(during_tet) == at(2026, 2, 23, 8)


def test_received_exactly_at_opening_starts_the_next_working_day(calendar):
    assert calendar.clock_start(at(2026, 3, 2, 8)) == at(2026, 3, 3, 8)


def test_received_during_tet_2026_starts_on_the_first_working_day_after(calendar):
    # Tết Bính Ngọ: 16–20/2/2026 off, with the weekends 14–15 and 21–22.
    assert calendar.clock_start(at(2026, 2, 17, 10)) == at(2026, 2, 23, 8)
    assert calendar.clock_start(at(2026, 2, 13, 17, 30)) == at(2026, 2, 23, 8)
    assert calendar.due(at(2026, 2, 13, 10), 2) == at(2026, 2, 24, 17)


def test_received_during_tet_2027_starts_on_the_first_working_day_after(calendar):
    # Tết Đinh Mùi: 4–10/2/2027 off.
    assert calendar.clock_start(at(2027, 2, 3, 16)) == at(2027, 2, 11, 8)
    # Day 1 Thu 11/2, day 2 Fri 12/2, days 3–12 the next two weeks, day 15 Wed 3/3.
    assert calendar.due(at(2027, 2, 3, 16), 15) == at(2027, 3, 3, 17)


def test_a_date_alone_starts_the_next_working_day(calendar):
    # A document issued on Friday 24/4/2026: Monday 27/4 is the Hùng Kings holiday (observed).
    assert calendar.clock_start(dt.date(2026, 4, 24)) == at(2026, 4, 28, 8)
    # The issuer has 2 working days (ND43-17): 28 and 29/4; 30/4 and 1/5 are holidays.
    assert calendar.due(dt.date(2026, 4, 24), Period(2, "working_days")) == at(2026, 4, 29, 17)


# --- Holiday bridges -----------------------------------------------------------------------------


def test_30_4_bridge_2025_with_the_make_up_saturday(calendar):
    # 2025: 30/4, 1/5 and 2/5 off; Saturday 26/4 is worked instead.
    assert calendar.is_working_day(dt.date(2025, 4, 26))
    assert not calendar.is_working_day(dt.date(2025, 5, 2))
    assert calendar.clock_start(at(2025, 4, 25, 10)) == at(2025, 4, 26, 8)
    assert calendar.due(at(2025, 4, 25, 10), 3) == at(2025, 4, 29, 17)
    assert calendar.due(at(2025, 4, 29, 10), 1) == at(2025, 5, 5, 17)


def test_30_4_and_1_5_2026_fall_on_thursday_and_friday(calendar):
    assert calendar.due(at(2026, 4, 29, 10), 1) == at(2026, 5, 4, 17)
    assert calendar.working_days(dt.date(2026, 4, 27), dt.date(2026, 5, 3)) == 2


def test_national_day_2026_with_its_extra_day_and_swap(calendar):
    # 2026: 31/8 off in exchange for Saturday 22/8; 1/9 and 2/9 National Day.
    assert [calendar.is_working_day(dt.date(2026, 8, d)) for d in (22, 31)] == [True, False]
    assert calendar.due(at(2026, 8, 28, 10), 1) == at(2026, 9, 3, 17)
    assert calendar.clock_start(at(2026, 8, 21, 10)) == at(2026, 8, 22, 8)


def test_national_day_2027_with_its_extra_day(calendar):
    assert not calendar.is_working_day(dt.date(2027, 9, 3))
    assert calendar.due(at(2027, 9, 1, 10), 1) == at(2027, 9, 6, 17)


# --- Periods in calendar days, immediate, none ---------------------------------------------------


def test_calendar_day_period_ends_at_the_end_of_its_last_day(calendar):
    """BK-7.1.c¶1: 30 days ("ngày") to post a draft, from receipt of the request."""
    draft = load_profile("bac-kan").period("deadlines.draft_posting")
    assert calendar.due(at(2026, 3, 2, 10), draft) == at(2026, 4, 1, 23, 59, 59)


def test_calendar_day_period_ending_on_a_day_off_moves_to_the_next_working_day(calendar):
    # 16/1/2026 + 30 days = Sunday 15/2, in the Tết break: the period ends on Monday 23/2 (BLDS-148).
    assert calendar.due(at(2026, 1, 16, 10), Period(30, "calendar_days")) == at(2026, 2, 23, 23, 59, 59)
    # ST-24.3: 2 days to tell a misrouted asker; Friday + 2 = Sunday → Monday.
    notice = load_profile("soc-trang").period("qa.out_of_scope_notice")
    assert calendar.due(at(2026, 3, 6, 10), notice) == at(2026, 3, 9, 23, 59, 59)


def test_immediate_and_unlimited_periods(calendar):
    assert calendar.due(at(2026, 3, 2, 10, 15), Period(0, "immediate")) == at(2026, 3, 2, 10, 15)
    assert calendar.due(at(2026, 3, 2, 10), Period(None, "none")) is None


def test_negative_periods_are_refused(calendar):
    with pytest.raises(ValueError, match="không được âm"):
        calendar.due(at(2026, 3, 2, 10), Period(-1, "working_days"))


# --- Working hours and counts --------------------------------------------------------------------


def test_working_hours(calendar):
    assert calendar.is_working_time(at(2026, 3, 2, 10))
    assert calendar.is_working_time(at(2026, 3, 2, 8))
    assert not calendar.is_working_time(at(2026, 3, 2, 17))
    assert not calendar.is_working_time(at(2026, 3, 7, 10))  # Saturday
    assert not calendar.is_working_time(at(2026, 2, 18, 10))  # Tết
    assert calendar.is_working_time(at(2026, 8, 22, 10))  # make-up Saturday
    assert calendar.is_working_time(dt.datetime(2026, 3, 2, 3, 0, tzinfo=dt.UTC))  # 10:00 in Vietnam


def test_counting_working_days(calendar):
    assert calendar.working_days(dt.date(2026, 2, 1), dt.date(2026, 2, 28)) == 15
    assert calendar.working_days(dt.date(2026, 3, 2), dt.date(2026, 3, 2)) == 1
    assert calendar.working_days(dt.date(2026, 3, 3), dt.date(2026, 3, 2)) == 0


# --- Profile rules -------------------------------------------------------------------------------


def profile_with(tmp_path, body):
    (tmp_path / "national.toml").write_text((profiles_dir() / "national.toml").read_text("utf-8"), "utf-8")
    (tmp_path / "rieng.toml").write_text('parent = "national"\n' + body, "utf-8")
    return load_profile("rieng", tmp_path)


def national_and_switched(tmp_path, key: str, value: str, note: str):
    """The national calendar, and one whose profile sets ``calendar.counting.<key>`` to ``value`` (TOML)."""
    switched = profile_with(
        tmp_path,
        f'[calendar.counting]\n{key} = {{ value = {value}, source = "default", note = "Thử nghiệm: {note}." }}\n',
    )
    national = WorkingCalendar(load_profile("national"), adjustments={})
    return national, WorkingCalendar(switched, adjustments={})


def test_working_hours_window_counts_after_hours_receipt_from_the_next_opening(tmp_path):
    """BK-5.4: «Việc cung cấp, trao đổi thông tin của các cơ quan, đơn vị trên Cổng TTĐT tỉnh thực hiện trong
    giờ làm việc từ thứ hai đến thứ sáu hàng tuần.» (PROVISIONS §4.3 điểm 9: sent outside working hours,
    still received; received at the next opening of working hours.) Then BLDS-147: the day of receipt is
    not counted.

    Monday 18:00: any time → day 1 Tuesday; working-hours window → received Tuesday 08:00, day 1 Wednesday.
    Saturday: received Monday 08:00, day 1 Tuesday. During working hours the window changes nothing.
    ``provision.window`` switched from the national ``any_time`` by a temporary profile."""
    window = profile_with(
        tmp_path,
        '[provision]\nwindow = { value = "working_hours", source = "BK-5.4", note = "Ngoài giờ vẫn nhận." }\n',
    )
    any_time = WorkingCalendar(load_profile("national"), adjustments={})
    hours = WorkingCalendar(window, adjustments={})
    assert any_time.due(at(2026, 3, 2, 18), 1) == at(2026, 3, 3, 17)
    assert hours.received_at(at(2026, 3, 2, 18)) == at(2026, 3, 3, 8)
    assert hours.due(at(2026, 3, 2, 18), 1) == at(2026, 3, 4, 17)
    assert any_time.clock_start(at(2026, 3, 7, 10)) == at(2026, 3, 9, 8)
    assert hours.clock_start(at(2026, 3, 7, 10)) == at(2026, 3, 10, 8)
    assert hours.due(at(2026, 3, 2, 10), 1) == any_time.due(at(2026, 3, 2, 10), 1) == at(2026, 3, 3, 17)


def test_working_week_and_hours_come_from_the_profile(tmp_path):
    """``calendar.weekend`` and ``calendar.working_hours.start`` switched by a temporary profile (a province
    working on Saturdays from 07:30): Saturday becomes a working day and a receipt on Friday evening starts
    the clock at 07:30 on Saturday, not at 08:00 on Monday."""
    profile = profile_with(
        tmp_path,
        '[calendar]\nweekend = { value = ["sun"], source = "BK-5.4" }\n'
        '[calendar.working_hours]\nstart = { value = "07:30", source = "BK-5.4" }\n',
    )
    calendar = WorkingCalendar(profile, adjustments={})
    assert calendar.is_working_day(dt.date(2026, 3, 7))
    assert calendar.clock_start(at(2026, 3, 6, 17, 30)) == at(2026, 3, 7, 7, 30)


def test_a_working_day_period_may_end_at_midnight(tmp_path):
    """``calendar.counting.working_day_due`` switched by a temporary profile.

    BK-7.1.c¶2: «Thời gian cập nhật không quá 02 (hai) ngày làm việc kể từ ngày văn bản được ban hành đối với
    cơ quan ban hành văn bản.» Issued Monday 2/3/2026 10:00, day 2 is Wednesday 4/3: nationally the period
    ends when working hours end (17:00); with ``end_of_day`` it ends at 24:00 (Bộ luật Dân sự 2015, Điều 148
    khoản 6: «Thời điểm kết thúc ngày cuối cùng của thời hạn vào lúc hai mươi tư giờ của ngày đó.»)."""
    national, midnight = national_and_switched(tmp_path, "working_day_due", '"end_of_day"', "hết ngày cuối")
    issuer = load_profile("bac-kan").period("deadlines.legal_doc_issuer")
    assert national.due(at(2026, 3, 2, 10), issuer) == at(2026, 3, 4, 17)
    assert midnight.due(at(2026, 3, 2, 10), issuer) == at(2026, 3, 4, 23, 59, 59)


def test_a_calendar_day_period_ending_on_a_day_off_rolls_only_where_the_profile_says(tmp_path):
    """``calendar.counting.calendar_day_roll`` switched by a temporary profile.

    ST-24.3: «… trong vòng 02 ngày phải trả lời cho người hỏi biết …». Asked Friday 6/3/2026, the second day
    is Sunday 8/3; Bộ luật Dân sự 2015, Điều 148 khoản 5 («Trường hợp ngày cuối cùng của thời hạn là ngày nghỉ
    cuối tuần hoặc ngày nghỉ lễ thì thời hạn kết thúc tại thời điểm kết thúc ngày làm việc tiếp theo ngày nghỉ
    đó») moves it to Monday 9/3; a profile with ``calendar_day_roll = false`` ends it on Sunday."""
    national, no_roll = national_and_switched(tmp_path, "calendar_day_roll", "false", "không chuyển ngày")
    notice = load_profile("soc-trang").period("qa.out_of_scope_notice")
    assert national.due(at(2026, 3, 6, 10), notice) == at(2026, 3, 9, 23, 59, 59)
    assert no_roll.due(at(2026, 3, 6, 10), notice) == at(2026, 3, 8, 23, 59, 59)


def test_module_functions_use_the_active_profile(db, settings):
    settings.CONG_PROFILE = "lai-chau"
    assert due(at(2026, 3, 2, 10), "deadlines.legal_doc_affected") == at(2026, 3, 12, 17)  # 8 wd, LC-12.1.c
    settings.CONG_PROFILE = "national"
    assert due(at(2026, 3, 2, 10), "deadlines.legal_doc_affected") == at(2026, 3, 16, 17)  # 10 wd, ND43-17
    assert is_working_time(at(2026, 3, 2, 9)) and working_days(dt.date(2026, 3, 2), dt.date(2026, 3, 8)) == 5


# --- The operator's days off and make-up days ----------------------------------------------------


@pytest.mark.django_db
def test_a_make_up_saturday_entered_by_the_operator_is_a_working_day():
    CalendarAdjustment.objects.create(date=dt.date(2026, 3, 7), kind="make_up", reason="Làm bù cho nghỉ 2/3")
    calendar = WorkingCalendar(load_profile("national"))
    assert calendar.is_working_day(dt.date(2026, 3, 7))
    assert calendar.clock_start(at(2026, 3, 6, 17, 30)) == at(2026, 3, 7, 8)


@pytest.mark.django_db
def test_entries_that_change_nothing_are_refused():
    with pytest.raises(ValidationError, match="đã là ngày nghỉ"):
        CalendarAdjustment(date=dt.date(2026, 3, 8), kind="day_off", reason="Chủ nhật").full_clean()
    with pytest.raises(ValidationError, match="đã là ngày làm việc"):
        CalendarAdjustment(date=dt.date(2026, 3, 9), kind="make_up", reason="Thứ Hai").full_clean()
    CalendarAdjustment(date=dt.date(2026, 8, 22), kind="day_off", reason="Hủy làm bù").full_clean()


@pytest.mark.django_db
def test_running_clocks_follow_calendar_changes_and_keep_their_history(django_user_model):
    subject = django_user_model.objects.create(username="nguoi-hoi")
    running = start_clock("qa.answer", at(2026, 3, 2, 10), subject=subject)
    finished = start_clock("qa.answer", at(2026, 3, 2, 11))
    stop_clock(finished, at=at(2026, 3, 5, 9), reason="Đã trả lời")
    later = start_clock("qa.answer", at(2026, 4, 1, 10))
    assert (running.due_at, running.source) == (at(2026, 3, 23, 17), "ND43-17")

    day_off = CalendarAdjustment.objects.create(date=dt.date(2026, 3, 10), kind="day_off", reason="Bão số 1")
    running.refresh_from_db()
    assert running.due_at == at(2026, 3, 24, 17)
    change = running.due_changes.get()
    assert (change.previous_due_at, change.new_due_at) == (at(2026, 3, 23, 17), at(2026, 3, 24, 17))
    assert "10/03/2026" in change.reason and "Bão số 1" in change.reason

    finished.refresh_from_db()
    assert finished.due_at == at(2026, 3, 23, 17) and not finished.due_changes.exists()
    later.refresh_from_db()
    assert not later.due_changes.exists()  # the change is before its event

    day_off.date = dt.date(2026, 3, 11)  # moved: one day off still, the due moment stays
    day_off.save()
    running.refresh_from_db()
    assert running.due_at == at(2026, 3, 24, 17) and running.due_changes.count() == 1

    day_off.delete()
    running.refresh_from_db()
    assert running.due_at == at(2026, 3, 23, 17)
    assert [c.new_due_at for c in running.due_changes.all()] == [at(2026, 3, 24, 17), at(2026, 3, 23, 17)]
    assert list(clocks_for(subject)) == [running]


@pytest.mark.django_db
def test_a_clock_for_a_document_date_and_its_overdue_state():
    clock = start_clock("deadlines.legal_doc_issuer", dt.date(2026, 4, 24))
    assert clock.event == dt.date(2026, 4, 24)
    assert (clock.started_at, clock.due_at) == (at(2026, 4, 28, 8), at(2026, 4, 29, 17))
    assert not clock.is_overdue(at(2026, 4, 29, 16, 59)) and clock.is_overdue(at(2026, 4, 29, 17, 1))
    assert Clock.objects.get().purpose == "deadlines.legal_doc_issuer"


@pytest.mark.django_db
def test_operator_adds_a_day_off_in_the_admin(client, django_user_model):
    admin = django_user_model.objects.create_superuser("quantri", "qt@example.vn", "mat-khau-dai-123")
    client.force_login(admin)
    clock = start_clock("qa.answer", at(2026, 3, 2, 10))
    response = client.post(
        "/quan-tri/snippets/core/calendaradjustment/add/",
        {"date": "2026-03-10", "kind": "day_off", "reason": "Nghỉ theo thông báo của UBND tỉnh"},
    )
    assert response.status_code == 302
    clock.refresh_from_db()
    assert clock.due_at == at(2026, 3, 24, 17)
    listing = client.get("/quan-tri/snippets/core/calendaradjustment/").content.decode()
    assert "Nghỉ theo thông báo của UBND tỉnh" in listing
    refused = client.post(
        "/quan-tri/snippets/core/calendaradjustment/add/",
        {"date": "2026-03-08", "kind": "day_off", "reason": "Chủ nhật"},
    )
    assert refused.status_code == 200 and "đã là ngày nghỉ" in refused.content.decode()


# --- cong calendar -------------------------------------------------------------------------------


def run(*args):
    out = io.StringIO()
    call_command("calendar", *args, stdout=out)
    return out.getvalue().strip()


@pytest.mark.django_db
def test_calendar_due_prints_iso_8601_in_vietnam_time():
    assert run("due", "2026-03-02T10:00", "1") == "2026-03-03T17:00:00+07:00"
    assert run("due", "2026-03-02T03:00:00Z", "1") == "2026-03-03T17:00:00+07:00"
    assert run("due", "2026-04-24", "2") == "2026-04-29T17:00:00+07:00"
    assert run("due", "2026-03-02T10:00", "30", "--calendar-days") == "2026-04-01T23:59:59+07:00"
    assert run("due", "2026-03-02T10:00", "deadlines.legal_doc_affected", "--profile", "lai-chau") == (
        "2026-03-12T17:00:00+07:00"
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("due", "02/03/2026", "1"), "Thời điểm bắt đầu không hợp lệ"),
        (("due", "2026-03-02T10:00", "-3"), "không được âm"),
        (("due", "2026-03-02T10:00", "mot"), "không phải số ngày"),
        (("workdays", "2026-02-30", "2026-03-01"), "Ngày đầu không hợp lệ"),
        (("workdays", "2026-03-02", "2026-02-01"), "đứng trước ngày đầu"),
        (("holidays", "hai-nghin"), "Năm không hợp lệ"),
        (("due", "2026-03-02", "1", "--profile", "khong-co"), "không có hồ sơ"),
    ],
)
def test_calendar_bad_arguments_exit_2_with_a_message(args, message):
    with pytest.raises(CommandError, match=message) as error:
        run(*args)
    assert error.value.returncode == 2


@pytest.mark.django_db
def test_calendar_workdays_counts_an_inclusive_range():
    assert run("workdays", "2026-02-01", "2026-02-28") == "15"


@pytest.mark.django_db
def test_calendar_holidays_lists_law_and_operator_days():
    CalendarAdjustment.objects.create(
        date=dt.date(2026, 5, 4), kind="day_off", reason="Nghỉ bù do tỉnh quyết định"
    )
    CalendarAdjustment.objects.create(date=dt.date(2026, 5, 9), kind="make_up", reason="Làm bù ngày 4/5")
    lines = run("holidays", "2026").splitlines()
    assert "2026-09-02 Quốc khánh — Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ" in lines
    assert "2026-05-04 Nghỉ bù do tỉnh quyết định (đơn vị vận hành nhập)" in lines
    assert "2026-05-09 [làm bù] Làm bù ngày 4/5 (đơn vị vận hành nhập)" in lines
    dated = [line for line in lines if line[:4] == "2026"]
    assert dated == sorted(dated)
