"""ISO weeks of the week view: parsing ``?week=``, the current week from a given ``now``, year boundaries."""

import datetime as dt

import pytest

from cong.core.clock import TZ
from cong.schedules.weeks import Week, current_week, parse_week, weeks_in

NOW = dt.datetime(2026, 12, 2, 10, 0, tzinfo=TZ)  # a Wednesday of 2026-W49


def test_a_week_code_names_monday_to_sunday():
    week, error = parse_week("2026-W49", NOW)
    assert error == ""
    assert (week.monday, week.sunday) == (dt.date(2026, 11, 30), dt.date(2026, 12, 6))
    assert [d.weekday() for d in week.days] == list(range(7))
    assert week.start == dt.datetime(2026, 11, 30, tzinfo=TZ) and week.end == dt.datetime(
        2026, 12, 7, tzinfo=TZ
    )
    assert week.code == "2026-W49" and week.label == "Tuần 49 (30/11/2026 – 06/12/2026)"


def test_previous_and_next_cross_the_year():
    assert Week(2026, 53).next == Week(2027, 1)
    assert Week(2027, 1).previous == Week(2026, 53)
    assert Week(2026, 1).previous == Week(2025, 52)
    assert (weeks_in(2026), weeks_in(2027)) == (53, 52)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (dt.datetime(2027, 1, 1, 9, tzinfo=TZ), "2026-W53"),  # a Friday in the last week of 2026
        (dt.datetime(2026, 11, 29, 23, 30, tzinfo=TZ), "2026-W48"),  # Sunday night: still last week
        # Monday 00:30 in Hà Nội is still Sunday in UTC: the portal's time zone decides.
        (dt.datetime(2026, 11, 29, 17, 30, tzinfo=dt.UTC), "2026-W49"),
    ],
)
def test_the_current_week_comes_from_now_in_the_portals_time_zone(now, expected):
    assert current_week(now).code == expected
    assert parse_week("", now) == (current_week(now), "")


@pytest.mark.parametrize(
    ("raw", "said"),
    [
        ("2026-W60", "năm 2026 có 53 tuần"),
        ("2027-W53", "năm 2027 có 52 tuần"),
        ("2026-W00", "năm 2026 có 53 tuần"),
        ("abc", "ví dụ 2026-W49"),
        ("2026-49", "ví dụ 2026-W49"),
        ("0001-W01", "năm phải từ 1900"),
        ("٢٠٢٦-W49", "ví dụ 2026-W49"),  # digits beyond ASCII are not a year
        ("2026-W4 9", "ví dụ 2026-W49"),
        ("9" * 5000, "ví dụ 2026-W49"),
    ],
)
def test_a_bad_week_is_explained_and_the_current_week_shown(raw, said):
    week, error = parse_week(raw, NOW)
    assert week == Week(2026, 49)
    assert said in error and "Đang hiện lịch tuần này" in error


def test_lower_case_and_short_forms_are_accepted():
    assert parse_week("2026-w5", NOW) == (Week(2026, 5), "")
    assert parse_week("2026W05", NOW) == (Week(2026, 5), "")
    assert parse_week("2026-W50\x00", NOW) == (Week(2026, 50), "")  # a NUL is dropped, never stored
