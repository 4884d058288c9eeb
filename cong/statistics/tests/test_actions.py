"""The actions: a programme's results only with the council's acceptance date (BK-3.3.q, LC-9.1.m), who may
act on which agency's records, posting clocks from the profile (BK-7.1.đ/e, LC-12.1.đ/e), the exchange
import all or nothing (HG-11.2) and its command."""

import datetime as dt
import io

import pytest
from django.contrib.auth.models import Permission
from django.core.management import CommandError, call_command
from wagtail.models import ModelLogEntry

from cong.agencies.models import Agency, AgencyStaff
from cong.core.clock import TZ
from cong.core.clocks import clocks_for
from cong.registers.posting import posting_states
from cong.statistics.actions import (
    NotAllowed,
    StatisticsError,
    import_edoc,
    publish_record,
    record_results,
    save_programme,
)
from cong.statistics.models import EdocExchange, ScienceProgramme, StatisticsRelease

from .factories import APPROVED, make_edoc, make_programme, make_release

pytestmark = pytest.mark.django_db


def test_results_without_the_acceptance_date_are_refused_naming_the_clause():
    programme = make_programme()
    with pytest.raises(StatisticsError) as refused:
        record_results(programme, acting_user=None, accepted_on=None, summary_report="Kết quả tốt")
    assert "nghiệm thu" in str(refused.value) and "BK-3.3.q, LC-9.1.m" in str(refused.value)
    programme.refresh_from_db()
    assert programme.summary_report == "" and programme.accepted_on is None
    record_results(programme, acting_user=None, accepted_on=APPROVED + dt.timedelta(days=400),
                   summary_report="Kết quả tốt")  # fmt: skip
    programme.refresh_from_db()
    assert programme.live and programme.has_results and programme.summary_report == "Kết quả tốt"
    assert ModelLogEntry.objects.filter(action="statistics.results_recorded").count() == 1


def test_a_programme_missing_a_required_field_is_refused_and_nothing_saved():
    with pytest.raises(StatisticsError, match=r"Thiếu chủ nhiệm .*\(BK-3.3.q, LC-9.1.m\)"):
        make_programme(chair="")
    with pytest.raises(StatisticsError, match="nghiệm thu không thể trước ngày phê duyệt"):
        make_programme(accepted_on=APPROVED - dt.timedelta(days=1))
    assert not ScienceProgramme.objects.exists()


def test_agency_staff_act_on_their_own_agency_only(django_user_model):
    own, other = (
        Agency.objects.create(code="sonnmt", name="Sở NN"),
        Agency.objects.create(code="sotc", name="Sở TC"),
    )
    staff = django_user_model.objects.create_user("cb.sonnmt", password="x")
    AgencyStaff.objects.create(user=staff, agency=own)
    with pytest.raises(NotAllowed):  # no permission at all
        make_programme(acting_user=staff, agency=own, publish=False)
    staff.user_permissions.add(*Permission.objects.filter(codename__in=["change_scienceprogramme",
                                                                       "publish_scienceprogramme"]))  # fmt: skip
    staff = django_user_model.objects.get(pk=staff.pk)  # permissions cache
    with pytest.raises(NotAllowed):
        make_programme(acting_user=staff, agency=other)
    programme = make_programme(acting_user=staff, agency=own)
    assert programme.live and programme.agency == own
    with pytest.raises(NotAllowed):
        import_edoc("x.csv", b"ma_co_quan,ky\n", acting_user=staff)


@pytest.mark.parametrize(
    ("profile", "science_days", "statistics_days", "source"),
    [("bac-kan", 20, 10, "BK-7.1"), ("lai-chau", 18, 8, "LC-12.1")],
)
def test_posting_clocks_come_from_the_profile(settings, profile, science_days, statistics_days, source):
    """deadlines.science from approval and from acceptance (BK-7.1.đ 20 wd, LC-12.1.đ 18 wd);
    deadlines.statistics from the publication decision (BK-7.1.e 10 wd, LC-12.1.e 8 wd)."""
    settings.CONG_PROFILE = profile
    from cong.core.clock import working_calendar
    from cong.core.profiles import clear_profile_cache

    clear_profile_cache()
    calendar = working_calendar()
    programme = make_programme(publish=False)
    (clock,) = clocks_for(programme)
    assert clock.purpose == "deadlines.science" and clock.source.startswith(source)
    assert clock.due_at == calendar.due(APPROVED, science_days)
    accepted = APPROVED + dt.timedelta(days=400)
    programme.accepted_on = accepted
    save_programme(programme, acting_user=None)
    assert sorted(c.event for c in clocks_for(programme)) == [APPROVED, accepted]
    release = make_release(publish=False)
    (clock,) = clocks_for(release)
    assert clock.purpose == "deadlines.statistics" and clock.source.startswith(source)
    assert clock.due_at == calendar.due(APPROVED, statistics_days)
    assert posting_states(release, now=dt.datetime(2024, 6, 3, 9, tzinfo=TZ))[0].state == "overdue"
    publish_record(release, acting_user=None)
    (clock,) = clocks_for(release)
    assert clock.stopped_at is not None  # published: the clock stopped (late, long after 2024)
    assert posting_states(release)[0].state == "late"


def test_science_and_statistics_due_dates_differ_between_bac_kan_and_lai_chau(settings):
    from cong.core.profiles import clear_profile_cache

    due = {}
    for profile in ("bac-kan", "lai-chau"):
        settings.CONG_PROFILE = profile
        clear_profile_cache()
        programme = make_programme(publish=False, code=f"ĐT-{profile}")
        release = make_release(publish=False, title=f"TK {profile}")
        due[profile] = (clocks_for(programme).get().due_at, clocks_for(release).get().due_at)
    assert due["bac-kan"][0] > due["lai-chau"][0] and due["bac-kan"][1] > due["lai-chau"][1]


EDOC_CSV = (
    "ma_co_quan,ky,di_dien_tu,di_tong,den_dien_tu,den_tong\n"
    "sonnmt,2026-Q3,90,100,150,200\n"
    "sotc,2026-09,10,10,0,0\n"
)


@pytest.fixture
def agencies():
    return [Agency.objects.create(code="sonnmt", name="Sở Nông nghiệp và Môi trường"),
            Agency.objects.create(code="sotc", name="Sở Tài chính")]  # fmt: skip


def test_import_edoc_publishes_every_row_and_computes_the_shares(agencies):
    records = import_edoc("vbdt.csv", EDOC_CSV.encode(), acting_user=None)
    assert len(records) == 2 and all(r.live for r in records)
    quarter = EdocExchange.objects.get(agency__code="sonnmt")
    assert (quarter.period_label, quarter.sent_share, quarter.received_share, quarter.total_share) == (
        "Quý III/2026", 90.0, 75.0, 80.0)  # fmt: skip
    month = EdocExchange.objects.get(agency__code="sotc")
    assert month.period_label == "Tháng 09/2026" and month.received_share is None
    # The same file again replaces the figures, adds no row.
    import_edoc("vbdt.csv", EDOC_CSV.replace("90,100", "95,100").encode(), acting_user=None)
    assert (
        EdocExchange.objects.count() == 2
        and EdocExchange.objects.get(agency__code="sonnmt").sent_electronic == 95
    )


@pytest.mark.parametrize(
    ("bad_line", "expected"),
    [
        ("sotc,2026-Q5,1,2,3,4", "dòng 3, cột ky: «2026-Q5»"),
        ("khong-co,2026-09,1,2,3,4", "dòng 3, cột ma_co_quan: không có cơ quan mã «khong-co»"),
        ("sotc,2026-09,mười,2,3,4", "dòng 3, cột di_dien_tu: «mười» không phải số"),
        (
            "sotc,2026-09,5,2,3,4",
            "dòng 3: Số văn bản đi điện tử (5) không thể lớn hơn tổng số văn bản đi (2)",
        ),
        ("sotc,2026-09,1,2,3", "dòng 3: có 5 ô nhưng dòng tiêu đề có 6 cột"),
        ("sonnmt,2026-Q3,1,2,3,4", "đã có ở dòng 2"),
    ],
)
def test_a_bad_exchange_file_is_refused_whole(agencies, bad_line, expected):
    data = "ma_co_quan,ky,di_dien_tu,di_tong,den_dien_tu,den_tong\nsonnmt,2026-Q3,90,100,150,200\n" + bad_line
    with pytest.raises(StatisticsError) as refused:
        import_edoc("vbdt.csv", data.encode(), acting_user=None)
    assert expected in str(refused.value) and "HG-11.2" in str(refused.value)
    assert not EdocExchange.objects.exists()


def test_a_pdf_named_csv_and_a_missing_column_are_refused(agencies):
    with pytest.raises(StatisticsError, match="không phải bảng CSV"):
        import_edoc("vbdt.csv", b"%PDF-1.4\n" + bytes(range(256)), acting_user=None)
    with pytest.raises(StatisticsError, match="thiếu cột den_tong"):
        import_edoc("vbdt.csv", b"ma_co_quan,ky,di_dien_tu,di_tong,den_dien_tu\n", acting_user=None)


def test_the_import_command(agencies, tmp_path):
    path = tmp_path / "vbdt.csv"
    path.write_text(EDOC_CSV, encoding="utf-8")
    out = io.StringIO()
    call_command("statistics", "import-edoc", str(path), stdout=out)
    assert "Đã nhập 2 dòng" in out.getvalue() and EdocExchange.objects.count() == 2
    path.write_text(EDOC_CSV + "sotc,2026-13,1,1,1,1\n", encoding="utf-8")
    with pytest.raises(CommandError, match="dòng 4, cột ky"):
        call_command("statistics", "import-edoc", str(path))
    with pytest.raises(CommandError, match="Không có tệp"):
        call_command("statistics", "import-edoc", str(tmp_path / "khong-co.csv"))


def test_an_exchange_record_entered_by_hand_is_checked(agencies):
    with pytest.raises(StatisticsError, match="Quý phải từ 1 đến 4"):
        make_edoc(agencies[0], number=5)
    record = make_edoc(agencies[0])
    assert record.live and record.period_code == "2026-Q3"


def test_a_release_is_published_with_its_methodology_and_analysis():
    """LC-9.1.n: full figures, methodology, analysis, survey period."""
    with pytest.raises(StatisticsError, match=r"thiếu phương pháp, phân tích .*\(LC-9.1.n"):
        make_release(methodology="", analysis=" ")
    assert not StatisticsRelease.objects.exists()
    release = make_release(methodology="", analysis="", publish=False)
    assert not release.live
