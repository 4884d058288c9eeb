"""The official calendar as data: announced days with their instrument, statutory holidays (BLLĐ 2019
art. 112), estimates from the ``holidays`` package until confirmed, days with no enacted basis left out,
bad data files refused at start-up; the «dự kiến» note next to due dates.

Provisions: BLLĐ-112 (holidays), BLLĐ-111.3 (nghỉ bù), BLDS-147, LC-13.6, ND43-17.
"""

import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
from django.core.checks import run_checks
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from wagtail.models import ModelLogEntry

from cong.core.actions import CalendarActionError, confirm_estimated_day
from cong.core.clock import WorkingCalendar
from cong.core.lunar import last_month_length
from cong.core.models import CalendarAdjustment
from cong.core.official_calendar import CalendarDataError, load_official_calendar
from cong.core.profiles import load_profile

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def at(year, month, day, hour=0, minute=0):
    return dt.datetime(year, month, day, hour, minute, tzinfo=VN)


def run(*args):
    out = io.StringIO()
    call_command("calendar", *args, stdout=out)
    return out.getvalue().strip()


@pytest.fixture
def calendar():
    return WorkingCalendar(load_profile("national"), adjustments={})


# --- The announced New Year 2026 swap -------------------------------------------------------------


@pytest.mark.django_db
def test_new_year_2026_swap_leaves_no_working_day_from_1_to_4_january():
    """Công văn 12729/VPCP-KGVX ngày 25/12/2025: nghỉ từ thứ Năm 1/1/2026 đến hết Chủ nhật 4/1/2026, hoán đổi
    ngày làm việc thứ Sáu 2/1/2026 sang thứ Bảy 10/1/2026."""
    assert run("workdays", "2026-01-01", "2026-01-04") == "0"
    assert run("workdays", "2026-01-05", "2026-01-11") == "6"  # Saturday 10/1 is worked
    # ND43-17: the issuer posts within 2 working days; for a document of Wednesday 31/12/2025 day 1 is
    # Monday 5/1 (Friday 2/1 is off) and the post is due Tuesday 6/1, not Monday 5/1.
    assert run("due", "2025-12-31", "2") == "2026-01-06T17:00:00+07:00"


@pytest.mark.django_db
def test_calendar_holidays_shows_basis_instruments_and_estimates():
    lines = run("holidays", "2026").splitlines()
    assert lines[0].startswith("Cách tính ngày làm việc: Ngày làm việc: thứ Hai–thứ Sáu")
    swap = next(line for line in lines if line.startswith("2026-01-02 "))
    assert swap == (
        "2026-01-02 Nghỉ Tết Dương lịch (hoán đổi, làm bù thứ Bảy 10/01/2026) — "
        "Công văn 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ"
    )
    make_up = next(line for line in lines if line.startswith("2026-01-10 "))
    assert make_up.startswith("2026-01-10 [làm bù]") and "Công văn 12729/VPCP-KGVX ngày 25/12/2025" in make_up
    assert "2026-01-01 Tết Dương lịch — Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a" in lines
    tet = next(line for line in lines if line.startswith("2026-02-17 "))
    assert "Tết Nguyên Đán" in tet and "(dự kiến" in tet
    assert "2026-04-27 Giỗ Tổ Hùng Vương (nghỉ bù) — Bộ luật Lao động 2019, Điều 111 khoản 3" in lines


@pytest.mark.django_db
def test_the_profile_basis_is_shown_with_the_calendar():
    lai_chau = run("holidays", "2026", "--profile", "lai-chau").splitlines()[0]
    assert (
        lai_chau
        == "Cách tính ngày làm việc: Ngày làm việc, không tính ngày nghỉ lễ, Tết; tính từ 08h00. [LC-13.6]"
    )
    assert run("holidays", "2026").splitlines()[0] != lai_chau


# --- Days with no enacted basis, labels -----------------------------------------------------------


@pytest.mark.django_db
def test_a_proposed_holiday_is_not_a_day_off_until_an_instrument_or_operator_adds_it(calendar):
    """The package lists 24/11 "Ngày Văn hóa Việt Nam" (a Party resolution, not art. 112 of the Labour
    Code): a question received Monday 23/11/2026 is due on Tuesday 24/11 (day 1)."""
    assert calendar.is_working_day(dt.date(2026, 11, 24))
    assert calendar.due(at(2026, 11, 23, 10), 1) == at(2026, 11, 24, 17)
    lines = run("holidays", "2026").splitlines()
    assert "Không tính là ngày nghỉ (chưa có văn bản ban hành): 2026-11-24 Ngày Văn hóa Việt Nam" in lines
    CalendarAdjustment.objects.create(date=dt.date(2026, 11, 24), kind="day_off", reason="Văn bản số …")
    operator = WorkingCalendar(load_profile("national"))
    assert operator.due(at(2026, 11, 23, 10), 1) == at(2026, 11, 25, 17)
    assert not any(line.startswith("Không tính") for line in run("holidays", "2026").splitlines())


def test_short_last_lunar_month_labels_28_thang_chap(calendar):
    """Tháng Chạp of Giáp Thìn (before Tết 29/1/2025) and of Bính Ngọ (before 6/2/2027) have 29 days: the day
    two days before Tết is the 28th, not "29 Tết" as the package names it; 2033 has a 30-day tháng Chạp."""
    assert last_month_length(dt.date(2025, 1, 29)) == 29
    assert last_month_length(dt.date(2026, 2, 17)) == 29
    assert last_month_length(dt.date(2033, 1, 31)) == 30
    assert calendar.special_day(dt.date(2025, 1, 27)).name == "28 tháng Chạp"
    assert calendar.special_day(dt.date(2027, 2, 4)).name == "28 tháng Chạp"
    assert all("29 Tết" not in day.name for day in calendar.days_off(2025) + calendar.days_off(2027))


def test_estimated_days_between_a_clock_start_and_its_due_moment(calendar):
    start, due = at(2026, 2, 13, 10), calendar.due(at(2026, 2, 13, 10), 2)
    assert [day.date for day in calendar.estimated_days_between(start, due)] == [
        dt.date(2026, 2, d) for d in (16, 17, 18, 19, 20)
    ]
    assert calendar.estimated_days_between(at(2026, 1, 1), at(2026, 1, 12, 17)) == []  # announced days


# --- Confirming an estimate -----------------------------------------------------------------------


@pytest.mark.django_db
def test_operator_confirms_an_estimated_day_in_the_admin(client, django_user_model):
    admin = django_user_model.objects.create_superuser("quantri", "qt@example.vn", "mat-khau-dai-123")
    client.force_login(admin)
    page = client.get("/quan-tri/lich-lam-viec/?nam=2026").content.decode()
    assert "Ngày làm việc: thứ Hai–thứ Sáu" in page and "BLLD-112" in page  # calendar.basis and its clause
    assert "Công văn 12729/VPCP-KGVX ngày 25/12/2025" in page
    assert page.count("Dự kiến</strong>") >= 5 and "Ngày Văn hóa Việt Nam" in page

    response = client.post(
        "/quan-tri/lich-lam-viec/",
        {"date": "2026-02-17", "instrument": "Công văn số 1/VPCP-KGVX (thử)", "year": "2026"},
    )
    assert response.status_code == 302
    entry = CalendarAdjustment.objects.get(date=dt.date(2026, 2, 17))
    assert entry.kind == "day_off" and "Công văn số 1/VPCP-KGVX (thử)" in entry.reason
    assert ModelLogEntry.objects.filter(action="cong.calendar.confirm", user=admin).count() == 1
    day = WorkingCalendar(load_profile("national")).special_day(dt.date(2026, 2, 17))
    assert day.entered_by_operator and not day.estimated

    refused = client.post(
        "/quan-tri/lich-lam-viec/", {"date": "2026-01-01", "instrument": "x", "year": "2026"}, follow=True
    )
    assert "không phải ngày dự kiến" in refused.content.decode()
    assert CalendarAdjustment.objects.count() == 1


@pytest.mark.django_db
def test_confirming_needs_the_instrument_and_the_permission(django_user_model):
    admin = django_user_model.objects.create_superuser("quantri", "qt@example.vn", "mat-khau-dai-123")
    with pytest.raises(CalendarActionError, match="văn bản công bố"):
        confirm_estimated_day(dt.date(2026, 2, 17), acting_user=admin, instrument="  ")
    clerk = django_user_model.objects.create_user("canbo", "cb@example.vn", "mat-khau-dai-123")
    with pytest.raises(PermissionDenied, match="không có quyền"):
        confirm_estimated_day(dt.date(2026, 2, 17), acting_user=clerk, instrument="Công văn")
    assert not CalendarAdjustment.objects.exists()


# --- Bad data files -------------------------------------------------------------------------------

GOOD_DAY = (
    '[[day]]\ndate = 2026-01-02\nkind = "day_off"\nname = "Nghỉ"\nsource = "Công văn 12729/VPCP-KGVX"\n'
)


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        (
            '[[day]]\ndate = "2026-02-30"\nkind = "day_off"\nname = "Nghỉ"\nsource = "CV 1"\n',
            "ngày '2026-02-30'",
        ),
        (
            '[[day]]\ndate = 2026-03-02\nkind = "holiday_maybe"\nname = "Nghỉ"\nsource = "CV 1"\n',
            "loại 'holiday_maybe'",
        ),
        ('[[day]]\ndate = 2026-03-02\nkind = "day_off"\nname = "Nghỉ"\n', "thiếu «source»"),
        ('[[day]]\ndate = 2026-03-02\nkind = "day_off"\nname = "Nghỉ"\nsource = " "\n', "thiếu «source»"),
    ],
)
def test_a_bad_calendar_row_is_refused_naming_file_line_and_problem(tmp_path, row, problem):
    path = tmp_path / "lich.toml"
    path.write_text("# lịch thử\n" + GOOD_DAY + "\n" + row, "utf-8")
    with pytest.raises(CalendarDataError) as error:
        load_official_calendar(path)
    message = str(error.value)
    assert str(path) in message and "dòng 8 ([[day]] thứ 2)" in message and problem in message
    assert message.startswith("Lịch nghỉ chính thức không hợp lệ")


def test_a_bad_statutory_rule_is_refused(tmp_path):
    path = tmp_path / "lich.toml"
    path.write_text('[[statutory]]\nmonth = 2\nday = 30\nname = "Lễ"\nsource = "BLLĐ"\n', "utf-8")
    with pytest.raises(CalendarDataError, match=r"dòng 1 \(\[\[statutory\]\] thứ 1\): ngày 30 tháng 2"):
        load_official_calendar(path)


def test_a_bad_calendar_file_stops_start_up_through_the_system_check(tmp_path, settings):
    path = tmp_path / "lich.toml"
    path.write_text('[[day]]\ndate = 2026-03-02\nkind = "nghi"\nname = "Nghỉ"\nsource = "CV 1"\n', "utf-8")
    settings.CONG_OFFICIAL_CALENDAR = path
    errors = [error for error in run_checks() if error.id == "cong.E003"]
    assert len(errors) == 1 and "loại 'nghi' không hợp lệ" in errors[0].msg and str(path) in errors[0].msg
    settings.CONG_OFFICIAL_CALENDAR = tmp_path / "khong-co.toml"
    assert "không đọc được" in [e for e in run_checks() if e.id == "cong.E003"][0].msg


# --- The «dự kiến» note next to due dates -------------------------------------------------------


@pytest.mark.django_db
def test_question_admin_page_notes_a_due_date_that_crosses_estimated_days(client):
    """A question received Thursday 12/2/2026 is due after the estimated Tết days: the board sees a note."""
    from cong.citizens.actions import route_question
    from cong.citizens.tests import factories as f

    board, agency, field = f.board_member(), f.agency(), f.field()
    client.force_login(board)
    crossing, plain = f.question(at=at(2026, 2, 12, 10)), f.question(at=at(2026, 3, 2, 10))
    for question in (crossing, plain):
        # the due date shows on open questions
        route_question(question, agency, acting_user=board, field=field)
    page = client.get(f"/quan-tri/hoi-dap/{crossing.pk}/").content.decode()
    assert "Hạn tính theo lịch nghỉ dự kiến (16/02/2026, 17/02/2026" in page
    assert "lịch nghỉ dự kiến" not in client.get(f"/quan-tri/hoi-dap/{plain.pk}/").content.decode()


@pytest.mark.django_db
def test_document_posting_status_notes_estimated_days_to_staff_only(client, django_user_model):
    """ND43-17: the issuer posts within 2 working days; a document of Thursday 12/2/2026 is due on 23/2
    only if Tết is 16–20/2 as estimated."""
    from cong.legal.tests.factories import make_document

    document = make_document(issued_on=dt.date(2026, 2, 12), posting_duty="issuer")
    url = f"/van-ban/{document.pk}/"
    assert "lịch nghỉ dự kiến" not in client.get(url).content.decode()  # the public sees the status only
    client.force_login(django_user_model.objects.create_superuser("qt", "qt@example.vn", "mat-khau-dai-123"))
    assert "Hạn tính theo lịch nghỉ dự kiến (16/02/2026" in client.get(url).content.decode()
