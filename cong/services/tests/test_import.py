"""``cong services import``: the catalogue from an export of the national procedures database.

Provisions: BK-3.3.f, BK-3.3.m, LC-4.1 (catalogue), ND43-18 (levels), text repair (BK-4.1, KT-9.2).
"""

import datetime as dt
from unittest import mock

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import ModelLogEntry

from cong.agencies.models import Agency
from cong.core.text import unicode_to_legacy
from cong.legal.tests.factories import make_document
from cong.services.actions import NotAllowed, import_procedures_file
from cong.services.importer import ImportRefused, read_procedures
from cong.services.models import Procedure, ProcedureField

from .factories import HEADERS, row, write_csv, write_json, write_xlsx

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 11, 30, 9, tzinfo=dt.UTC)


def _three():
    return [row("1.004227"), row("1.001193", field="Đất đai", level="Cấp Tỉnh", online="Một phần"),
            row("2.000986", field="Chứng thực", level="Cấp Huyện", online="Mức độ 2")]  # fmt: skip


@pytest.mark.parametrize("writer,suffix", [(write_csv, "csv"), (write_xlsx, "xlsx"), (write_json, "json")])
def test_each_format_imports_the_same_catalogue(tmp_path, writer, suffix):
    path = writer(tmp_path / f"tthc.{suffix}", _three())
    report = import_procedures_file(path, acting_user=None, now=NOW)
    assert sorted(report.added) == ["1.001193", "1.004227", "2.000986"]
    procedure = Procedure.objects.get(code="1.001193")
    assert procedure.field.name == "Đất đai"
    assert procedure.government_level == "province"
    assert procedure.online_level == 3
    assert procedure.live and not procedure.retired
    assert procedure.form_links() == [("Tờ khai đăng ký khai sinh", "https://dichvucong.gov.vn/mau.docx")]
    assert Procedure.objects.get(code="2.000986").online_level == 2
    assert ModelLogEntry.objects.filter(action="services.procedure_added").count() == 3


def test_reimport_is_idempotent_reports_changes_and_retires_missing(tmp_path):
    import_procedures_file(write_csv(tmp_path / "a.csv", _three()), acting_user=None, now=NOW)
    again = import_procedures_file(write_csv(tmp_path / "b.csv", _three()), acting_user=None, now=NOW)
    assert (again.added, again.changed, again.retired, again.unchanged) == ([], [], [], 3)
    rows = _three()[:2]
    rows[0]["Thời hạn giải quyết"] = "03 ngày làm việc"
    report = import_procedures_file(write_csv(tmp_path / "c.csv", rows), acting_user=None, now=NOW)
    assert (report.added, report.changed, report.retired) == ([], ["1.004227"], ["2.000986"])
    retired = Procedure.objects.get(code="2.000986")
    assert retired.retired and retired.retired_at == NOW  # kept, not deleted
    assert Procedure.objects.count() == 3
    back = import_procedures_file(write_csv(tmp_path / "d.csv", _three()), acting_user=None, now=NOW)
    assert back.changed == ["1.004227", "2.000986"] and not Procedure.objects.get(code="2.000986").retired


def _refused(path, match):
    before = Procedure.objects.count()
    with pytest.raises(ImportRefused, match=match) as refused:
        import_procedures_file(path, acting_user=None, now=NOW)
    assert Procedure.objects.count() == before  # refused whole
    return refused.value


def test_duplicated_code_refused_whole_with_row_and_column(tmp_path):
    rows = [*_three(), row("1.004227", name="Trùng")]
    error = _refused(write_csv(tmp_path / "dup.csv", rows), "trùng với dòng 2")
    assert (error.row, error.column) == (5, "Mã thủ tục")


def test_unknown_level_of_government_or_service_refused(tmp_path):
    error = _refused(
        write_csv(tmp_path / "lv.csv", [*_three(), row("3.1", level="Cấp Thôn")]), "cấp thực hiện"
    )
    assert (error.row, error.column) == (5, "Cấp thực hiện")
    error = _refused(
        write_xlsx(tmp_path / "dv.xlsx", [row("3.2", online="Mức 7"), *_three()]), "mức độ dịch vụ"
    )
    assert (error.row, error.column) == (2, "Mức độ dịch vụ công")


def test_unknown_column_and_missing_required_column_refused(tmp_path):
    headers = ["Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện", "Cột lạ"]
    error = _refused(
        write_csv(tmp_path / "col.csv", [row("1.1", **{"Cột lạ": "x"})], headers=headers), "Cột lạ"
    )
    assert (error.row, error.column) == (1, "Cột lạ")
    _refused(
        write_csv(tmp_path / "miss.csv", [row("1.1")], headers=["Mã thủ tục", "Tên thủ tục"]), "Lĩnh vực"
    )
    error = _refused(write_json(tmp_path / "empty.json", [row("1.1", **{"Lĩnh vực": ""})]), "trống")
    assert error.column == "Lĩnh vực"


def test_broken_encoding_refused_with_row_but_legacy_text_repaired(tmp_path):
    good = write_csv(tmp_path / "ok.csv", _three())
    broken = tmp_path / "broken.csv"  # the second procedure's field: bytes in no encoding
    broken.write_bytes(good.read_bytes().replace("Đất đai".encode(), b"\xff\xfe\x00\x81", 1))
    error = _refused(broken, "bảng mã")
    assert error.row == 3
    json_file = write_json(tmp_path / "bad.json", [row("1.1", name="Khai sinh \ufffd")])
    assert _refused(json_file, "bảng mã").column == "Tên thủ tục"
    # TCVN3 pasted into a cell of a UTF-8 file is repaired, like every other intake.
    legacy = row("1.2", name=unicode_to_legacy("Thủ tục đăng ký kết hôn", "tcvn3"))
    import_procedures_file(write_json(tmp_path / "legacy.json", [legacy]), acting_user=None, now=NOW)
    assert Procedure.objects.get(code="1.2").name == "Thủ tục đăng ký kết hôn"


def test_agency_and_legal_basis_are_linked(tmp_path):
    agency = Agency.objects.create(name="Sở Tư pháp", code="sotp")
    law = make_document(number="60/2014/QH13", publish=True)
    rows = [row("1.3", agency="Sở Tư pháp"), row("1.4", agency="UBND xã Không Có")]
    import_procedures_file(write_csv(tmp_path / "a.csv", rows), acting_user=None, now=NOW)
    linked = Procedure.objects.get(code="1.3")
    assert linked.agency == agency and list(linked.legal_documents.all()) == [law]
    other = Procedure.objects.get(code="1.4")
    assert other.agency is None and other.agency_name == "UBND xã Không Có"


def test_agency_staff_may_not_import(tmp_path, django_user_model):
    user = django_user_model.objects.create_user("canbo", password="x")
    with pytest.raises(NotAllowed):
        import_procedures_file(write_csv(tmp_path / "a.csv", _three()), acting_user=user, now=NOW)
    assert not Procedure.objects.exists()


def test_command_reports_counts_and_refuses_bad_file(tmp_path, capsys):
    call_command("services", "import", str(write_csv(tmp_path / "a.csv", _three())))
    assert "thêm 3, cập nhật 0, bãi bỏ 0" in capsys.readouterr().out
    with pytest.raises(CommandError, match="dòng 3") as refused:
        call_command("services", "import", str(write_csv(tmp_path / "b.csv", [row("9"), row("9")])))
    assert refused.value.returncode == 2
    assert ProcedureField.objects.count() == 3


def test_read_procedures_returns_rows_with_numbers(tmp_path):
    rows = read_procedures(write_csv(tmp_path / "a.csv", _three()))
    assert [r.row for r in rows] == [2, 3, 4]


def test_posting_clock_of_the_publishing_decision_follows_the_profile(tmp_path, settings):
    """deadlines.admin_procedures (BK-7.1.g): Bắc Kạn posts a procedure within 5 working days of the decision
    that publishes it; the national profile sets no limit, so no clock runs."""
    from cong.core.clocks import clocks_for
    from cong.core.testing.profiles import override

    rows = [
        row(
            "5.1", **{"Quyết định công bố": "1234/QĐ-UBND", "Ngày ban hành quyết định công bố": "02/11/2026"}
        ),
        row(
            "5.2", **{"Quyết định công bố": "1300/QĐ-UBND", "Ngày ban hành quyết định công bố": "2026-11-26"}
        ),
    ]
    headers = [*HEADERS, "Quyết định công bố", "Ngày ban hành quyết định công bố"]
    import_procedures_file(write_csv(tmp_path / "a.csv", rows, headers=headers), acting_user=None, now=NOW)
    assert Procedure.objects.get(code="5.1").announced_on == dt.date(2026, 11, 2)
    assert not list(clocks_for(Procedure.objects.get(code="5.1")))  # national: no limit
    override(
        settings, tmp_path, "deadlines",
        'admin_procedures = { days = 5, unit = "working_days", starts = "ban hành", source = "BK-7.1.g" }',
    )  # fmt: skip
    Procedure.objects.all().delete()
    with mock.patch("django.utils.timezone.now", return_value=NOW):  # the import's moment is "now"
        import_procedures_file(
            write_csv(tmp_path / "b.csv", rows, headers=headers), acting_user=None, now=NOW
        )
    late = list(clocks_for(Procedure.objects.get(code="5.1")))
    on_time = list(clocks_for(Procedure.objects.get(code="5.2")))
    assert len(late) == 1 and late[0].stopped_at == NOW and late[0].due_at < NOW  # 4 weeks after: late
    assert len(on_time) == 1 and on_time[0].stopped_at == NOW and on_time[0].due_at > NOW
    bad = [row("5.3", **{"Ngày ban hành quyết định công bố": "31/02/2026"})]
    with pytest.raises(ImportRefused, match="31/02/2026") as refused:
        import_procedures_file(write_csv(tmp_path / "c.csv", bad, headers=headers), acting_user=None, now=NOW)
    assert refused.value.column == "Ngày ban hành quyết định công bố"


def test_semicolon_separated_csv_as_excel_writes_it(tmp_path):
    import csv

    path = tmp_path / "excel.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=HEADERS, delimiter=";")
        writer.writeheader()
        writer.writerows(_three())
    report = import_procedures_file(path, acting_user=None, now=NOW)
    assert len(report.added) == 3 and Procedure.objects.get(code="1.004227").fees == "Miễn lệ phí"
