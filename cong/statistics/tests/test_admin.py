"""Admin screens: the lists show each record's posting state, the forms refuse results without acceptance
and figures files that are not what they claim (nothing is created), and the lists do not grow in queries."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cong.demo.factories import stored_file
from cong.statistics.models import ScienceProgramme, StatisticsRelease

from .factories import bulk_programmes, make_programme, make_release

pytestmark = pytest.mark.django_db
ADMIN = "/quan-tri/snippets/statistics/"


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("quantri", "qt@example.gov.vn", "x"))
    return client


def test_lists_show_the_posting_state_and_forms_open(admin_client, portal, settings):
    settings.CONG_PROFILE = "bac-kan"
    make_programme(publish=False)
    make_release(publish=False)
    for model in ("scienceprogramme", "statisticsrelease"):
        page = admin_client.get(f"{ADMIN}{model}/").content.decode()
        assert "Thời hạn đăng" in page and "Quá hạn" in page, model  # approved in 2024, not yet published
    for model in ("scienceprogramme", "statisticsrelease", "edocexchange"):
        assert admin_client.get(f"{ADMIN}{model}/add/").status_code == 200


PROGRAMME_FORM = {
    "code": "ĐT.09", "name": "Đề tài thử", "level": "provincial", "field": "Nông nghiệp", "lead_unit": "Sở",
    "chair": "TS. A", "approved_on": "2024-03-05", "summary_report": "Kết quả chưa nghiệm thu",
    "result_files-TOTAL_FORMS": "0", "result_files-INITIAL_FORMS": "0", "result_files-MIN_NUM_FORMS": "0",
    "result_files-MAX_NUM_FORMS": "1000",
}  # fmt: skip


def test_the_programme_form_refuses_results_without_acceptance(admin_client, portal):
    response = admin_client.post(f"{ADMIN}scienceprogramme/add/", PROGRAMME_FORM)
    assert "BK-3.3.q, LC-9.1.m" in response.content.decode()
    assert not ScienceProgramme.objects.exists()
    document = stored_file("ket-qua.pdf", b"%PDF-1.4 ket qua")
    with_file = {**PROGRAMME_FORM, "summary_report": "", "result_files-TOTAL_FORMS": "1",
                 "result_files-0-file": str(document.pk), "result_files-0-label": "Báo cáo",
                 "result_files-0-ORDER": "1"}  # fmt: skip
    response = admin_client.post(f"{ADMIN}scienceprogramme/add/", with_file)
    assert "BK-3.3.q, LC-9.1.m" in response.content.decode()  # a results file is a result too
    assert not ScienceProgramme.objects.exists()
    response = admin_client.post(f"{ADMIN}scienceprogramme/add/", {**with_file, "accepted_on": "2025-01-10"})
    assert response.status_code == 302
    programme = ScienceProgramme.objects.get()
    assert programme.accepted_on is not None and programme.result_files.count() == 1


RELEASE_FORM = {"title": "Dân số", "provider": "Cục Thống kê tỉnh", "decided_on": "2024-03-05",
                "period": "Năm 2025", "chart": "bar"}  # fmt: skip


def test_the_release_form_reads_the_figures_file(admin_client, portal):
    bad = SimpleUploadedFile("so-lieu.csv", "Huyện,Nam\nHòa Sơn,nhiều\n".encode(), content_type="text/csv")
    response = admin_client.post(f"{ADMIN}statisticsrelease/add/", {**RELEASE_FORM, "figures_file": bad})
    assert "dòng 2, cột 2 («Nam»)" in response.content.decode()
    pdf = SimpleUploadedFile("so-lieu.csv", b"%PDF-1.4\n" + bytes(range(256)), content_type="text/csv")
    response = admin_client.post(f"{ADMIN}statisticsrelease/add/", {**RELEASE_FORM, "figures_file": pdf})
    assert "nội dung là tệp PDF" in response.content.decode()
    assert not StatisticsRelease.objects.exists()
    good = SimpleUploadedFile("so-lieu.csv", "Huyện,Nam\nHòa Sơn,12\n".encode(), content_type="text/csv")
    response = admin_client.post(f"{ADMIN}statisticsrelease/add/", {**RELEASE_FORM, "figures_file": good})
    assert response.status_code == 302
    assert StatisticsRelease.objects.get().table.rows == [["Hòa Sơn", 12.0]]


def test_the_admin_list_does_not_grow_with_records(admin_client, portal):
    def count():
        admin_client.get(f"{ADMIN}scienceprogramme/")
        with CaptureQueriesContext(connection) as captured:
            assert admin_client.get(f"{ADMIN}scienceprogramme/").status_code == 200
        return len(captured)

    bulk_programmes(10)
    at_10 = count()
    bulk_programmes(290)
    assert count() == at_10


def test_agency_staff_see_and_file_their_agency_records_only(client, portal, django_user_model):
    from django.contrib.auth.models import Permission

    from cong.agencies.models import Agency, AgencyStaff

    own, other = (
        Agency.objects.create(code="sonnmt", name="Sở NN"),
        Agency.objects.create(code="sotc", name="Sở TC"),
    )
    make_programme(code="CUA-SO-NN", agency=own)
    make_programme(code="CUA-SO-TC", agency=other)
    staff = django_user_model.objects.create_user("cb.sonnmt", password="x", is_staff=True)
    staff.user_permissions.add(*Permission.objects.filter(
        codename__in=["access_admin", "change_scienceprogramme", "add_scienceprogramme"]))  # fmt: skip
    AgencyStaff.objects.create(user=staff, agency=own)
    client.force_login(staff)
    page = client.get(f"{ADMIN}scienceprogramme/").content.decode()
    assert "CUA-SO-NN" in page and "CUA-SO-TC" not in page
    form = client.get(f"{ADMIN}scienceprogramme/add/").content.decode()
    assert "Sở NN" in form and "Sở TC" not in form


def test_the_exchange_upload_imports_a_whole_file_or_nothing(admin_client, portal):
    from cong.agencies.models import Agency
    from cong.statistics.models import EdocExchange

    Agency.objects.create(code="sonnmt", name="Sở NN")
    url = "/quan-tri/van-ban-dien-tu/nhap/"
    page = admin_client.get(url).content.decode()
    assert "ma_co_quan" in page and "registers.edoc_exchange" in page  # national: not shown publicly
    header = "ma_co_quan,ky,di_dien_tu,di_tong,den_dien_tu,den_tong\n"
    bad = SimpleUploadedFile(
        "vbdt.csv", (header + "sonnmt,2026-Q3,9,10,5,5\nsonnmt,2026-Q4,11,10,5,5\n").encode()
    )
    page = admin_client.post(url, {"file": bad}, follow=True).content.decode()
    assert "Không nhập tệp" in page and "dòng 3" in page and not EdocExchange.objects.exists()
    good = SimpleUploadedFile("vbdt.csv", (header + "sonnmt,2026-Q3,9,10,5,5\n").encode())
    page = admin_client.post(url, {"file": good}, follow=True).content.decode()
    assert "Đã nhập 1 dòng" in page and EdocExchange.objects.get().live


def test_the_exchange_upload_is_for_the_province_staff(client, portal, django_user_model):
    user = django_user_model.objects.create_user("bandoc", password="x", is_staff=True)
    client.force_login(user)
    assert client.get("/quan-tri/van-ban-dien-tu/nhap/").status_code in (302, 403)
