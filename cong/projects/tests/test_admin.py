"""Admin screens: the forms refuse a record missing a field its clause requires (the clause named), the
status of an existing project changes only through «Đổi tình trạng», the CSV import screen, agency staff
scoped to their agency's records."""

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile

from cong.agencies.models import Agency, AgencyStaff
from cong.projects.models import BudgetDocument, Project
from cong.projects.wagtail_hooks import BudgetDocumentViewSet, ProjectViewSet

from .factories import make_budget, make_project, project_fields

pytestmark = pytest.mark.django_db

EMPTY = {"files-TOTAL_FORMS": "0", "files-INITIAL_FORMS": "0", "files-MIN_NUM_FORMS": "0",
         "files-MAX_NUM_FORMS": "1000", "rows-TOTAL_FORMS": "0", "rows-INITIAL_FORMS": "0",
         "rows-MIN_NUM_FORMS": "0", "rows-MAX_NUM_FORMS": "1000"}  # fmt: skip


def form_for(viewset, data, instance, user):
    form_class = viewset(name="t").get_edit_handler().get_form_class()
    return form_class(data, instance=instance, for_user=user)


def test_project_form_names_the_clause_of_each_missing_field(django_user_model):
    data = {**project_fields(donor="", main_objective=""), **EMPTY}
    data = {k: ("" if v is None else v) for k, v in data.items()}
    form = form_for(ProjectViewSet, data, Project(), django_user_model(is_superuser=True))
    assert not form.is_valid()
    assert form.errors["donor"] == ["Bắt buộc theo LC-10.4.c: hãy nhập nhà tài trợ."]
    assert form.errors["main_objective"] == ["Bắt buộc theo LC-10.4.c: hãy nhập mục tiêu chính."]


def test_the_status_of_an_existing_project_is_not_edited_in_its_form(django_user_model):
    project = make_project()
    data = {**project_fields(status="completed"), **EMPTY}
    form = form_for(ProjectViewSet, data, project, django_user_model(is_superuser=True))
    assert form.fields["status"].disabled
    assert form.is_valid(), form.errors
    assert form.cleaned_data["status"] == "ongoing"


def test_budget_form_needs_files_or_a_table(django_user_model):
    data = {"year": "2025", "kind": "estimate", "title": "Dự toán 2025", "unit": "triệu đồng", **EMPTY}
    form = form_for(BudgetDocumentViewSet, data, BudgetDocument(), django_user_model(is_superuser=True))
    assert not form.is_valid()
    assert "Bắt buộc theo LC-10.5" in str(form.non_field_errors())
    data.update(
        {"rows-TOTAL_FORMS": "1", "rows-0-item": "Tổng thu", "rows-0-amount": "1200", "rows-0-code": "A"}
    )
    form = form_for(BudgetDocumentViewSet, data, BudgetDocument(), django_user_model(is_superuser=True))
    assert form.is_valid(), form.errors


@pytest.fixture
def editors(portal, django_user_model):
    finance = Agency.objects.create(code="sotc", name="Sở Tài chính")
    other = Agency.objects.create(code="soyte", name="Sở Y tế")
    editor = django_user_model.objects.create_user("bientap.sotc", "b@sotc.gov.vn", "x", is_staff=True)
    editor.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="projects"),
    )
    AgencyStaff.objects.create(user=editor, agency=finance)
    return finance, other, editor


def test_agency_staff_see_and_act_on_their_agency_s_records_only(client, editors):
    finance, other, editor = editors
    own = make_project(name="Dự án của Sở Tài chính", agency=finance, status=Project.Status.PREPARING,
                       approved_on=None)  # fmt: skip
    theirs = make_project(name="Dự án của Sở Y tế", agency=other)
    client.force_login(editor)
    page = client.get("/quan-tri/snippets/projects/project/").content.decode()
    assert "Dự án của Sở Tài chính" in page and "Dự án của Sở Y tế" not in page
    assert "Đổi tình trạng" in page and "Thời hạn đăng" in page
    refused = client.get(f"/quan-tri/du-an/{theirs.pk}/tinh-trang/")  # Wagtail: back to the dashboard
    assert refused.status_code == 302 and refused["Location"] == "/quan-tri/"
    url = f"/quan-tri/du-an/{own.pk}/tinh-trang/"
    response = client.post(url, {"status": "ongoing", "approved_on": ""})
    assert "Thiếu ngày phê duyệt (BK-3.3.i)" in response.content.decode()
    response = client.post(url, {"status": "ongoing", "approved_on": "2025-01-06"})
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.status == "ongoing" and own.live


def test_csv_import_screen(client, editors):
    finance, _other, editor = editors
    document = make_budget(agency=finance)
    client.force_login(editor)
    assert "Nhập bảng từ CSV" in client.get("/quan-tri/snippets/projects/budgetdocument/").content.decode()
    url = f"/quan-tri/ngan-sach/{document.pk}/nhap-csv/"
    bad = client.post(url, {"file": SimpleUploadedFile("b.csv", b"item,amount\nThu,abc\n")})
    assert "dòng 2: số tiền “abc” không hợp lệ" in bad.content.decode()
    good = client.post(
        url, {"file": SimpleUploadedFile("b.csv", "STT,Nội dung,Số tiền\n1,Thu,1.500\n".encode())}
    )
    assert good.status_code == 302
    assert [(r.item, r.amount) for r in document.rows.all()] == [("Thu", 1500)]
    assert "1.500" in client.get(document.get_absolute_url()).content.decode()


def test_agency_staff_enter_and_publish_a_project_through_the_admin(client, editors, settings):
    settings.CONG_PROFILE = "lai-chau"
    finance, other, editor = editors
    client.force_login(editor)
    data = {**project_fields(approved_on="2024-03-05", agency=finance.pk), **EMPTY, "action-publish": "1"}
    response = client.post("/quan-tri/snippets/projects/project/add/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    project = Project.objects.get()
    assert project.live and project.agency == finance
    from cong.registers.posting import posting_states

    (state,) = posting_states(project)
    assert state.state == "late" and state.source.startswith("LC-12.1.d")  # 8 working days, long past
    data["agency"] = other.pk
    response = client.post("/quan-tri/snippets/projects/project/add/", data)
    assert response.status_code == 200 and Project.objects.count() == 1  # not an agency they may choose
