"""Regulation profiles: values and sources per province, inheritance, invalid files stop start-up.

Provisions: PROVISIONS.md §3 (every profile parameter), BK-7.1.*, LC-12.1.*, LC-13.6, ST-24.3, ST-15.7,
KT-11.1.a, HG-11.1, LC-16.3, LC-7.2, BK-8.3.a, ST-3.1, BK-QĐ2.
"""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from cong.core.checks import check_profiles
from cong.core.profiles import (
    OPTION_LABELS,
    PLANNED,
    SCHEMA,
    Period,
    PlannedKeyError,
    ProfileError,
    available_profiles,
    get_profile,
    load_profile,
    profiles_dir,
)

PROVINCES = ["bac-kan", "kon-tum", "soc-trang", "lai-chau", "hau-giang"]
PROJECT = Path(__file__).resolve().parents[3]


def test_one_profile_per_seed_province_and_national():
    assert set(available_profiles()) >= {"national", *PROVINCES}


@pytest.mark.parametrize("name", ["national", *PROVINCES])
def test_every_profile_holds_every_parameter_with_its_clause(name):
    profile = load_profile(name)
    assert set(profile.params) | set(profile.planned) == set(SCHEMA)
    for param in [*profile.params.values(), *profile.planned.values()]:
        assert param.source, param.key
        # A province value is sourced from its own regulation (or a national text), never left blank.
        if param.defined_in == name and name != "national" and param.source != "default":
            assert param.source.split("-")[0] in {"BK", "KT", "ST", "LC", "HG"}, (param.key, param.source)


def test_a_province_inherits_what_its_regulation_leaves_to_national():
    """HG-11.1 refers every time limit to ND 43/2011 art. 17: the values come from national."""
    hau_giang = load_profile("hau-giang")
    param = hau_giang.param("deadlines.legal_doc_affected")
    assert (param.value, param.source, param.defined_in) == (
        Period(10, "working_days"),
        "ND43-17",
        "national",
    )
    assert hau_giang.param("site.domain.primary").value == "haugiang.gov.vn"
    assert hau_giang.chain == ("hau-giang", "national")


def test_active_profile_follows_the_setting(settings):
    settings.CONG_PROFILE = "lai-chau"
    assert get_profile().name == "lai-chau"
    assert get_profile()["deadlines.legal_doc_affected"].days == 8
    settings.CONG_PROFILE = "national"
    assert get_profile()["deadlines.legal_doc_affected"].days == 10


# --- Invalid profiles ----------------------------------------------------------------------------


def write_province(directory: Path, body: str, name: str = "thu-nghiem") -> Path:
    (directory / "national.toml").write_text((profiles_dir() / "national.toml").read_text("utf-8"), "utf-8")
    path = directory / f"{name}.toml"
    path.write_text(body, "utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "key", "problem"),
    [
        ('parent = "national"\n[qa]\nanswr = { days = 5, unit = "working_days", source = "LC-13.6" }\n', "qa.answr",
         "không có trong danh mục"),
        ('parent = "national"\n[qa]\nanswer = { days = -3, unit = "working_days", source = "LC-13.6" }\n', "qa.answer",
         "không được âm"),
        ('parent = "national"\n[qa]\nanswer = { days = "15", unit = "working_days", source = "LC-13.6" }\n',
         "qa.answer", "phải là số nguyên"),
        ('parent = "national"\n[qa]\nanswer = { days = 15, unit = "weeks", source = "LC-13.6" }\n', "qa.answer",
         "«unit»"),
        ('parent = "national"\n[qa]\nenabled = { value = "yes", source = "LC-13" }\n', "qa.enabled", "true hoặc false"),
        ('parent = "national"\n[qa]\nanswer = { days = 15, unit = "working_days" }\n', "qa.answer", "thiếu «source»"),
        ('parent = "national"\n[qa]\nanswer = 15\n', "qa.answer", "phải là bảng"),
        ('parent = "tinh-khong-co"\n', "parent", "không tìm thấy hồ sơ cha «tinh-khong-co»"),
        ('parent = "national"\n[calendar.working_hours]\nstart = { value = "18:00", source = "LC-13.6" }\n',
         "calendar.working_hours", "giờ bắt đầu phải trước giờ kết thúc"),
        ('parent = "national"\n[qa\n', "-", "sai cú pháp TOML"),
        ('parent = "national"\n[reports]\nboard_review = { value = ["yearly"], source = "BK-16.1.d" }\n',
         "reports.board_review", "phải đặt trong bảng [planned.reports]"),
        ('parent = "national"\n[planned.qa]\nanswer = { days = 5, unit = "working_days", source = "LC-13.6" }\n',
         "qa.answer", "đặt ngoài bảng [planned]"),
        ('parent = "national"\n[planned.reports]\nboard_review = { value = ["weekly"], source = "BK-16.1.d" }\n',
         "reports.board_review", "giá trị không hợp lệ"),
        ('parent = "national"\n[planned.ads]\nenabled = { value = true }\n', "ads.enabled", "thiếu «source»"),
        ('parent = "national"\n[security]\nbackup_scope = { value = ["media"], source = "HG-14.2" }\n',
         "security.backup_scope", "phải gồm cơ sở dữ liệu"),
        ('parent = "national"\n[security]\nbackup_scope = { value = ["tapes"], source = "HG-14.2" }\n',
         "security.backup_scope", "giá trị không hợp lệ"),
        ('parent = "national"\n[planned.ads]\nbudget = { value = 1, source = "LC-15" }\n', "ads.budget",
         "không có trong danh mục"),
    ],
)  # fmt: skip
def test_invalid_profile_names_file_key_and_problem(tmp_path, body, key, problem):
    path = write_province(tmp_path, body)
    with pytest.raises(ProfileError) as error:
        load_profile("thu-nghiem", tmp_path)
    assert error.value.key == key
    assert problem in error.value.problem
    assert str(path) in str(error.value) and f"«{key}»" in str(error.value)


def test_a_root_profile_must_hold_every_key(tmp_path):
    (tmp_path / "goc.toml").write_text('[qa]\nenabled = { value = true, source = "ND43-15" }\n', "utf-8")
    with pytest.raises(ProfileError, match="hồ sơ gốc phải có mọi khoá"):
        load_profile("goc", tmp_path)


def test_system_check_reports_every_broken_file(settings, tmp_path):
    write_province(
        tmp_path, 'parent = "national"\n[qa]\nanswer = { days = -1, unit = "working_days", source = "X-1" }\n'
    )
    settings.CONG_PROFILES_DIR = tmp_path
    errors = check_profiles()
    assert [error.id for error in errors] == ["cong.E001"]
    assert "thu-nghiem.toml" in errors[0].msg and "qa.answer" in errors[0].msg


def run_cong(*args: str, profile: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "CONG_PROFILE": profile, "CONG_TESTING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "cong.cli", *args],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_an_invalid_active_profile_stops_start_up(tmp_path):
    path = write_province(
        tmp_path,
        'parent = "national"\n[deadlines]\nlegal_doc_issuer = { days = -20, unit = "working_days", source = "LC-12.1.c" }\n',
    )
    result = run_cong("check", profile=str(path))
    assert result.returncode != 0
    assert (
        str(path) in result.stderr
        and "deadlines.legal_doc_issuer" in result.stderr
        and "không được âm" in result.stderr
    )
    missing = run_cong("migrate", "--check", profile="tinh-khong-co")
    assert missing.returncode != 0 and "không có hồ sơ «tinh-khong-co»" in missing.stderr


# --- cong profile show ---------------------------------------------------------------------------


def test_profile_show_prints_values_and_sources_as_json():
    out = io.StringIO()
    call_command("profile", "show", "lai-chau", stdout=out)
    data = json.loads(out.getvalue())
    assert data["name"] == "lai-chau" and data["parent"] == "national"
    assert data["values"]["deadlines.legal_doc_affected"] == {
        "value": {"days": 8, "unit": "working_days", "starts": "văn bản được ban hành"},
        "source": "LC-12.1.c",
        "from": "lai-chau",
    }
    assert data["values"]["qa.answer"]["source"] == "LC-13.6"
    assert data["values"]["calendar.working_hours.end"]["value"] == "17:00"
    assert set(data["values"]) | set(data["planned"]) == set(SCHEMA)
    assert data["planned"]["reports.member_frequency"] == {
        "value": ["quarterly"], "source": "LC-26.1", "from": "lai-chau", "feature": PLANNED["reports.member_frequency"]
    }  # fmt: skip


def test_profile_show_defaults_to_the_active_profile(settings):
    settings.CONG_PROFILE = "bac-kan"
    out = io.StringIO()
    call_command("profile", "show", stdout=out)
    assert json.loads(out.getvalue())["values"]["deadlines.draft_posting"]["value"] == {
        "days": 30, "unit": "calendar_days", "starts": "nhận được đề nghị đăng dự thảo"
    }  # fmt: skip


def test_profile_show_unknown_name_is_a_clear_error():
    with pytest.raises(CommandError, match="không có hồ sơ «khong-co»") as error:
        call_command("profile", "show", "khong-co")
    assert error.value.returncode == 2


# --- Admin ---------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_profile_admin_page_needs_a_login(client):
    response = client.get("/quan-tri/ho-so-quy-dinh/")
    assert response.status_code == 302


# --- Planned keys (chưa áp dụng) -----------------------------------------------------------------


def test_code_asking_for_a_planned_key_is_refused():
    """A feature that starts reading a planned key must first move it out of [planned]."""
    profile = load_profile("lai-chau")
    with pytest.raises(PlannedKeyError, match="reports.member_frequency.*chưa áp dụng"):
        profile["reports.member_frequency"]
    assert profile.planned["reports.member_frequency"].display == "hằng quý"  # LC-26.1, shown on the page


def test_every_option_of_a_choice_has_a_vietnamese_label():
    missing = sorted(
        {option for kind, _label in SCHEMA.values() for option in kind.choices if option not in OPTION_LABELS}
    )
    assert not missing, f"thêm nhãn tiếng Việt vào OPTION_LABELS cho: {missing}"


# --- Admin ---------------------------------------------------------------------------------------


def admin_page(client, django_user_model, profile: str, today: str = "2026-03-02") -> str:
    import datetime as dt
    from unittest import mock

    from django.test import override_settings

    if not django_user_model.objects.filter(username="quantri").exists():
        django_user_model.objects.create_superuser("quantri", "qt@example.vn", "mat-khau-dai-123")
    moment = dt.datetime.fromisoformat(f"{today}T09:00:00+07:00")
    with (
        override_settings(CONG_PROFILE=profile),
        mock.patch("django.utils.timezone.now", return_value=moment),
    ):
        client.force_login(django_user_model.objects.get(username="quantri"))  # a session of that day
        response = client.get("/quan-tri/ho-so-quy-dinh/")
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_admin_shows_each_value_in_words_with_unit_and_clause(client, django_user_model):
    page = admin_page(client, django_user_model, "lai-chau")
    summary = page.split('id="nhom-1"')[0]
    # meta.instrument, meta.title, meta.signed, meta.in_force (LC-QĐ2); no meta.replaces in Lai Châu
    assert "QĐ 43/2020/QĐ-UBND — Quy chế quản lý, cung cấp và sử dụng thông tin" in summary
    assert "02/12/2020" in summary and "15/12/2020" in summary and "Thay thế văn bản" not in summary
    bac_kan = admin_page(client, django_user_model, "bac-kan").split('id="nhom-1"')[0]
    assert (
        "QĐ 17/2018/QĐ-UBND — Quy chế tổ chức, hoạt động của Cổng Thông tin điện tử tỉnh Bắc Kạn" in bac_kan
    )
    assert "31/07/2018" in bac_kan and "Thay thế văn bản</dt><dd>QĐ 307/2010/QĐ-UBND" in bac_kan
    assert "Thời hạn đăng thông tin" in page and "Văn bản — cơ quan thuộc phạm vi điều chỉnh" in page
    assert "8 ngày làm việc" in page and "LC-12.1.c" in page and "Tính từ khi văn bản được ban hành" in page
    assert "Giờ kết thúc làm việc" in page and "17:00" in page and "giờ (HH:MM)" in page
    assert "từ giờ làm việc kế tiếp" in page  # calendar.counting.start, not «next_opening»
    assert "thứ Bảy, Chủ nhật" in page and "2 tháng" in page  # weekend; LC-16.3 password interval
    for raw in ("next_opening", "end_of_working_hours", "provincial_portal", "portal_receipt", ">sat, sun<"):
        assert raw not in page, raw
    assert "đã hết hiệu lực" not in page


@pytest.mark.django_db
def test_admin_lists_planned_keys_apart_as_not_applied(client, django_user_model):
    page = admin_page(client, django_user_model, "lai-chau")
    applied, planned = page.split('id="chua-ap-dung"')
    assert "Báo cáo của cổng thành viên" not in applied and "Quảng cáo" not in applied
    assert "Chưa áp dụng" in planned and "chưa áp dụng" in planned
    assert "Báo cáo của cổng thành viên" in planned and "hằng quý" in planned and "LC-26.1" in planned
    assert "Sản phẩm của tỉnh, Thu hút đầu tư" in planned and "LC-15.2" in planned  # ads.allowed_purposes


@pytest.mark.django_db
def test_admin_warns_when_the_instrument_has_lapsed_and_names_its_replacement(
    client, django_user_model, tmp_path
):
    """ST-QĐ2: QĐ 31/2010/QĐ-UBND lapsed on 02/05/2019, replaced by QĐ 07/2019/QĐ-UBND."""
    page = admin_page(client, django_user_model, "soc-trang")
    assert "đã hết hiệu lực từ ngày 02/05/2019" in page and "QĐ 07/2019/QĐ-UBND" in page
    # The same file with meta.lapsed in the future: no warning before that day, the warning from it.
    path = write_province(
        tmp_path,
        'parent = "national"\n[meta]\nlapsed = { value = 2027-01-01, source = "BK-QĐ2" }\n'
        'replaced_by = { value = "QĐ 99/2026/QĐ-UBND", source = "BK-QĐ2" }\n',
    )
    before = admin_page(client, django_user_model, str(path), today="2026-12-31")
    assert "đã hết hiệu lực" not in before
    after = admin_page(client, django_user_model, str(path), today="2027-01-01")
    assert "đã hết hiệu lực từ ngày 01/01/2027" in after and "QĐ 99/2026/QĐ-UBND" in after
