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
    SCHEMA,
    Interval,
    Period,
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
    assert set(profile.params) == set(SCHEMA)
    for param in profile.params.values():
        assert param.source, param.key
        # A province value is sourced from its own regulation (or a national text), never left blank.
        if param.defined_in == name and name != "national" and param.source != "default":
            assert param.source.split("-")[0] in {"BK", "KT", "ST", "LC", "HG"}, (param.key, param.source)


@pytest.mark.parametrize(
    ("name", "key", "expected", "source"),
    [
        ("national", "deadlines.legal_doc_issuer", Period(2, "working_days"), "ND43-17"),
        ("national", "deadlines.legal_doc_affected", Period(10, "working_days"), "ND43-17"),
        ("national", "qa.answer", Period(15, "working_days"), "ND43-17"),
        ("national", "qa.out_of_scope_notice", Period(0, "immediate"), "ND43-17"),
        ("lai-chau", "deadlines.law_dissemination", Period(12, "working_days"), "LC-12.1.b"),
        ("lai-chau", "deadlines.legal_doc_issuer", Period(2, "working_days"), "LC-12.1.c"),
        ("lai-chau", "deadlines.legal_doc_affected", Period(8, "working_days"), "LC-12.1.c"),
        ("lai-chau", "deadlines.planning_projects", Period(8, "working_days"), "LC-12.1.d"),
        ("lai-chau", "deadlines.science", Period(18, "working_days"), "LC-12.1.đ"),
        ("lai-chau", "deadlines.statistics", Period(8, "working_days"), "LC-12.1.e"),
        ("lai-chau", "qa.answer", Period(15, "working_days"), "LC-13.6"),
        ("bac-kan", "deadlines.draft_posting", Period(30, "calendar_days"), "BK-7.1.c¶1"),
        ("bac-kan", "deadlines.admin_procedures", Period(5, "working_days"), "BK-7.1.g"),
        ("bac-kan", "deadlines.science", Period(20, "working_days"), "BK-7.1.đ"),
        ("soc-trang", "qa.out_of_scope_notice", Period(2, "calendar_days"), "ST-24.3"),
        ("soc-trang", "qa.retention_after_answer", Period(20, "calendar_days"), "ST-15.7"),
        ("kon-tum", "deadlines.legal_database_entry", Period(1, "calendar_days"), "KT-11.1.a"),
        ("kon-tum", "deadlines.meeting_invitation", Period(0, "immediate"), "KT-11.1.c"),
    ],
)
def test_periods_and_their_units_per_province(name, key, expected, source):
    param = load_profile(name).param(key)
    assert (param.value.days, param.value.unit) == (expected.days, expected.unit)
    assert param.source == source


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


def test_province_specific_rules():
    lai_chau, soc_trang, bac_kan, kon_tum = (
        load_profile(n) for n in ("lai-chau", "soc-trang", "bac-kan", "kon-tum")
    )
    assert lai_chau["security.password_max_age"] == Interval(2, "months")  # LC-16.3
    assert lai_chau["security.force_change_first_login"] is True
    assert lai_chau["member_portals.domain_pattern"] == "{unit}.laichau.gov.vn"  # LC-7.2
    assert (
        "phone" in lai_chau["qa.asker_fields.individual"]
        and "email" not in lai_chau["qa.asker_fields.individual"]
    )
    assert "founding_decision" in lai_chau["qa.asker_fields.organisation"]  # LC-13.3.a
    assert soc_trang["i18n.languages"] == ("vi", "en")  # ST-3.1
    assert "id_number" in soc_trang["qa.asker_fields.individual"]  # ST-15.1.b
    assert bac_kan["security.backup_interval"] == Interval(1, "weeks")  # BK-8.3.a
    assert bac_kan["provision.window"] == "working_hours"  # BK-5.4
    assert bac_kan["meta.in_force"].isoformat() == "2018-08-10"  # BK-QĐ2
    assert kon_tum["member_portals.enabled"] is False  # KT-1.1
    assert kon_tum["site.domain.aliases"] == ("kontumvp.kontum.gov.vn",)
    assert load_profile("national")["calendar.working_hours.start"].strftime("%H:%M") == "08:00"


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
        'parent = "national"\n[deadlines]\nscience = { days = -20, unit = "working_days", source = "LC-12.1.đ" }\n',
    )
    result = run_cong("check", profile=str(path))
    assert result.returncode != 0
    assert (
        str(path) in result.stderr
        and "deadlines.science" in result.stderr
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
    assert set(data["values"]) == set(SCHEMA)


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
def test_admin_shows_the_active_profile_with_sources(client, django_user_model, settings):
    settings.CONG_PROFILE = "lai-chau"
    admin = django_user_model.objects.create_superuser("quantri", "qt@example.vn", "mat-khau-dai-123")
    client.force_login(admin)
    response = client.get("/quan-tri/ho-so-quy-dinh/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "QĐ 43/2020/QĐ-UBND" in page
    assert "8 ngày làm việc" in page and "LC-12.1.c" in page
    assert "Giờ kết thúc làm việc" in page and "17:00" in page


@pytest.mark.django_db
def test_profile_admin_page_needs_a_login(client):
    response = client.get("/quan-tri/ho-so-quy-dinh/")
    assert response.status_code == 302
