"""The actions of the projects app: required fields refused with the clause named (LC-10.4.c, BK-3.3.i,
BK-3.3.đ, LC-9.1.đ, LC-10.5), the posting clock from the profile (BK-7.1.d 10 wd, LC-12.1.d 8 wd), status
changes, CSV tables, who may act, and the audit log."""

import datetime as dt
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import ModelLogEntry

from cong.agencies.models import Agency, AgencyStaff
from cong.core.clock import TZ, working_calendar
from cong.core.clocks import clocks_for
from cong.projects import access
from cong.projects.actions import (
    ActionError,
    NotAllowed,
    change_project_status,
    create_record,
    import_budget_table,
    parse_amount,
    publish_record,
)
from cong.projects.models import BudgetDocument, Plan, ProcurementNotice, Project, vnd
from cong.registers.posting import posting_states

from .factories import APPROVED, a_file, make_budget, make_notice, make_plan, make_project, project_fields

pytestmark = pytest.mark.django_db


def test_vietnamese_number_format():
    assert vnd(45_500_000_000) == "45.500.000.000"
    assert vnd(Decimal("5150000.5")) == "5.150.000,5"
    assert vnd(Decimal("-1200")) == "-1.200"
    assert vnd(0) == "0" and vnd(None) == ""


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("donor", "Thiếu nhà tài trợ (LC-10.4.c)"),
        ("main_objective", "Thiếu mục tiêu chính (LC-10.4.c)"),
        ("budget", "Thiếu kinh phí dự án (LC-10.4.c)"),
        ("approved_on", "Thiếu ngày phê duyệt (BK-3.3.i)"),
    ],
)
def test_a_project_missing_a_required_field_is_refused_with_its_clause(missing, message):
    fields = project_fields(**{missing: None if missing in ("budget", "approved_on") else ""})
    with pytest.raises(ActionError) as refused:
        create_record(Project, acting_user=None, **fields)
    assert str(refused.value) == message + "."
    assert not Project.objects.exists()  # nothing half-written


def test_a_project_in_preparation_needs_no_approval_date_yet():
    project = make_project(status=Project.Status.PREPARING, approved_on=None)
    assert project.live and list(clocks_for(project)) == []


def test_several_missing_fields_are_grouped_by_clause_and_the_admin_form_names_the_clause():
    project = Project(**project_fields(name="", field="", approved_on=None))
    with pytest.raises(ValidationError) as refused:
        project.full_clean()
    errors = refused.value.message_dict
    assert errors["name"] == ["Bắt buộc theo LC-10.4.c: hãy nhập tên dự án."]
    assert errors["approved_on"] == ["Bắt buộc theo BK-3.3.i: hãy nhập ngày phê duyệt."]
    with pytest.raises(ActionError, match=r"Thiếu tên dự án, lĩnh vực chuyên môn \(LC-10.4.c\); Thiếu ngày"):
        create_record(Project, acting_user=None, **project_fields(name="", field="", approved_on=None))


def test_notices_plans_and_budget_documents_name_their_clauses():
    with pytest.raises(ActionError, match=r"Thiếu thời điểm đóng thầu \(BK-3.3.i\)"):
        make_notice(closes_at=None)
    with pytest.raises(ActionError, match=r"Thiếu nhà thầu trúng thầu, giá trúng thầu \(BK-3.3.i\)"):
        make_notice(kind=ProcurementNotice.Kind.RESULT, closes_at=None)
    with pytest.raises(ActionError, match=r"Thiếu loại chiến lược, quy hoạch, kế hoạch \(LC-9.1.đ\)"):
        make_plan(kind="")
    with pytest.raises(ActionError, match=r"Thiếu quyết định phê duyệt .*\(BK-3.3.đ\)"):
        make_plan(approval_number="")
    with pytest.raises(ActionError, match=r"Thiếu năm ngân sách \(LC-10.5\)"):
        make_budget(year=None)
    with pytest.raises(ActionError, match=r"Thiếu tệp tài liệu hoặc bảng số liệu \(LC-10.5\)"):
        make_budget(rows=[])
    assert not (
        ProcurementNotice.objects.exists() or Plan.objects.exists() or BudgetDocument.objects.exists()
    )


def test_a_plan_approved_by_a_document_of_the_legal_register_takes_its_number_and_date():
    from cong.legal.tests.factories import make_document

    decision = make_document(number="88/QĐ-UBND", issued_on=dt.date(2024, 2, 1))
    plan = make_plan(approval_number="", approved_on=None, approving_document=decision)
    assert plan.approval == decision.label and plan.approval_number == "88/QĐ-UBND"
    assert plan.approved_on == dt.date(2024, 2, 1)


@pytest.mark.parametrize(
    ("profile", "due_day", "source"),
    [("bac-kan", 19, "BK-7.1.d"), ("lai-chau", 15, "LC-12.1.d")],  # 10 and 8 working days
)
@pytest.mark.parametrize("make", [make_project, make_notice, make_plan])
def test_the_posting_clock_of_deadlines_planning_projects_comes_from_the_profile(settings, profile, due_day,
                                                                                 source, make):  # fmt: skip
    settings.CONG_PROFILE = profile
    record = make(publish=False, approved_on=APPROVED)
    (clock,) = clocks_for(record)
    assert clock.purpose == "deadlines.planning_projects" and clock.source.startswith(source)
    assert timezone.localtime(clock.due_at) == dt.datetime(2024, 3, due_day, 17, 0, tzinfo=TZ)
    assert posting_states(record, now=dt.datetime(2024, 3, 6, 9, tzinfo=TZ))[0].state == "due"
    publish_record(record, acting_user=None)
    clock.refresh_from_db()
    assert clock.stopped_at is not None
    assert posting_states(record)[0].state == "late"  # published long after 2024


def test_changing_the_status_of_a_project_is_logged_and_needs_an_approval_date():
    project = make_project(status=Project.Status.PREPARING, approved_on=None)
    with pytest.raises(ActionError, match=r"Thiếu ngày phê duyệt \(BK-3.3.i\)"):
        change_project_status(project, Project.Status.ONGOING, acting_user=None)
    project.refresh_from_db()
    assert project.status == Project.Status.PREPARING
    change_project_status(project, Project.Status.ONGOING, acting_user=None, approved_on=APPROVED)
    project.refresh_from_db()
    assert project.status == Project.Status.ONGOING and project.live
    assert len(clocks_for(project)) == 1  # the approval date started the clock
    entry = ModelLogEntry.objects.filter(action="projects.status_changed").get()
    assert entry.data == {"from": "preparing", "to": "ongoing"}
    with pytest.raises(ActionError, match="Dự án đã ở tình trạng"):
        change_project_status(project, Project.Status.ONGOING, acting_user=None)
    with pytest.raises(ActionError, match="không có"):
        change_project_status(project, "xyz", acting_user=None)
    # The editor's next draft starts from the new status (the live revision holds it).
    assert project.get_latest_revision_as_object().status == Project.Status.ONGOING


@pytest.mark.parametrize(
    ("text", "amount"),
    [("1.234.567", Decimal(1234567)), ("1.234,5", Decimal("1234.5")), ("1234.5", Decimal("1234.5")),
     ("(1.200)", Decimal(-1200)), ("", None), ("-", None)],
)  # fmt: skip
def test_amounts_as_vietnamese_tables_write_them(text, amount):
    assert parse_amount(text) == amount


def test_a_budget_table_is_imported_from_csv_replacing_the_old_rows():
    document = make_budget()
    data = "STT;Nội dung;Số tiền\nI;Thu nội địa;3.200.000\n1;Thuế, phí;1.150.000,25\nII;Thu khác;\n"
    assert import_budget_table(document, ("\ufeff" + data).encode(), acting_user=None) == 3
    rows = [(r.code, r.item, r.amount) for r in document.rows.order_by("sort_order")]
    assert rows == [
        ("I", "Thu nội địa", 3200000),
        ("1", "Thuế, phí", Decimal("1150000.25")),
        ("II", "Thu khác", None),
    ]
    assert ModelLogEntry.objects.filter(action="projects.budget_imported").get().data == {"rows": 3}


def test_a_bad_csv_names_every_bad_line_and_changes_nothing():
    document = make_budget()
    before = list(document.rows.values_list("item", flat=True))
    with pytest.raises(ActionError) as refused:
        import_budget_table(document, b"item,amount\nThu,12a\n,5\nChi,7\n", acting_user=None)
    assert "2 dòng lỗi" in str(refused.value) and "dòng 2: số tiền “12a”" in str(refused.value)
    assert "dòng 3: thiếu nội dung" in str(refused.value)
    with pytest.raises(ActionError, match="cột «Nội dung» và cột «Số tiền»"):
        import_budget_table(document, b"a,b\n1,2\n", acting_user=None)
    assert list(document.rows.values_list("item", flat=True)) == before


@pytest.fixture
def staff(django_user_model):
    """An editor of Sở Tài chính with every permission on the app's models, and the province's editor."""
    finance = Agency.objects.create(code="sotc", name="Sở Tài chính")
    other = Agency.objects.create(code="sogddt", name="Sở Giáo dục và Đào tạo")
    perms = Permission.objects.filter(content_type__app_label="projects")
    agency_user = django_user_model.objects.create_user("bientap.sotc", "b@sotc.gov.vn", "x")
    agency_user.user_permissions.add(*perms)
    AgencyStaff.objects.create(user=agency_user, agency=finance)
    province_user = django_user_model.objects.create_user("bientap", "b@hoason.gov.vn", "x")
    province_user.user_permissions.add(*perms.exclude(codename__startswith="publish"))
    return finance, other, agency_user, province_user


def test_agency_staff_act_on_their_agency_s_records_only(staff):
    finance, other, agency_user, province_user = staff
    own = make_budget(agency=finance, publish=False)
    theirs = make_budget(agency=other, publish=False)
    assert access.available_actions(agency_user, own) == ["edit", "import_table", "publish"]
    assert access.available_actions(agency_user, theirs) == []
    assert access.available_actions(province_user, theirs) == [
        "edit",
        "import_table",
    ]  # no publish permission
    with pytest.raises(NotAllowed):
        import_budget_table(theirs, b"item,amount\nA,1\n", acting_user=agency_user)
    with pytest.raises(NotAllowed):
        publish_record(theirs, acting_user=province_user)
    with pytest.raises(NotAllowed):
        create_record(Project, acting_user=agency_user, **project_fields(agency=other))
    project = create_record(Project, acting_user=agency_user, publish=True, **project_fields(agency=finance))
    assert project.live
    entry = ModelLogEntry.objects.for_instance(project).filter(action="projects.created").get()
    assert entry.user == agency_user


def test_files_are_attached_in_their_order():
    project = make_project(files=[(a_file("qd.pdf"), "Quyết định phê duyệt"), (a_file("bc.pdf"), "")])
    assert [f.title for f in project.files.order_by("sort_order")] == ["Quyết định phê duyệt", "bc.pdf"]


def test_working_calendar_is_the_one_the_clock_uses(settings):
    settings.CONG_PROFILE = "lai-chau"
    assert working_calendar().profile.period("deadlines.planning_projects").days == 8
