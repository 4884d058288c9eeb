"""Public pages of the catalogue, the dossier lookup and the statistics; the API; the profile's scheme.

Provisions: BK-3.3.f, BK-3.3.m, BK-7.2.b, LC-14 (catalogue per portal), ND43-18 / ND42 (levels),
KT-10.5 (lookup without personal data), HG-12 (statistics).
"""

import datetime as dt
import json
import re
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from cong.agencies.models import Agency
from cong.core.testing.profiles import override, switch_profile
from cong.services.models import Dossier, Procedure, ProcedureField

from .factories import make_dossier, make_procedures

pytestmark = pytest.mark.django_db
LIST_BOUND = 15


def count_queries(client, url: str, **extra) -> tuple[int, str]:
    client.get(url, **extra)  # fills the per-process caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **extra)
    assert response.status_code == 200, response.status_code
    return len(captured), response.content.decode()


def test_list_and_detail_run_the_same_queries_at_100_and_1000_procedures(client, portal):
    fields = [ProcedureField.objects.create(name=n) for n in ("Đất đai", "Hộ tịch", "Xây dựng")]
    agency = Agency.objects.create(code="sonnmt", name="Sở Nông nghiệp và Môi trường")
    for i in range(3):
        make_procedures(33, field=fields[i], agency=agency if i else None, start=i * 33)
    list_100, page = count_queries(client, "/thu-tuc-hanh-chinh/?q=quyen+su+dung&service=toan-trinh")
    detail_100, _ = count_queries(client, "/thu-tuc-hanh-chinh/1.000004/")
    assert "1.000004" in page
    for i in range(3):
        make_procedures(300, field=fields[i], agency=agency, start=99 + i * 300)
    make_procedures(1, field=fields[0], start=999)  # 1,000 in all
    list_1000, page = count_queries(client, "/thu-tuc-hanh-chinh/?q=quyen+su+dung&service=toan-trinh")
    detail_1000, detail = count_queries(client, "/thu-tuc-hanh-chinh/1.000954/")
    assert "Có 200 thủ tục phù hợp" in page, re.findall(
        r"role=\"status\">[^<]*|notice[^<]*", page
    )  # every 5th is level 4
    print(
        f"procedure list queries: {list_100} at 100, {list_1000} at 1,000; detail {detail_100}, {detail_1000}"
    )
    assert (list_1000, detail_1000) == (list_100, detail_100)
    assert list_100 <= LIST_BOUND


def test_search_without_diacritics_and_filters(client, portal):
    field = ProcedureField.objects.create(name="Hộ tịch")
    Procedure.objects.create(
        code="1.001193", name="Đăng ký khai sinh", field=field, government_level="commune", online_level=4
    )
    Procedure.objects.create(
        code="1.001022", name="Đăng ký kết hôn", field=field, government_level="commune", online_level=3
    )
    Procedure.objects.create(
        code="1.009", name="Đăng ký khai tử", field=field, government_level="commune", retired=True
    )
    page = client.get("/thu-tuc-hanh-chinh/?q=dang+ky+khai+sinh").content.decode()
    assert "Đăng ký khai sinh" in page and "kết hôn" not in page
    page = client.get("/thu-tuc-hanh-chinh/?q=1.001022").content.decode()
    assert "Đăng ký kết hôn" in page and "khai sinh" not in page
    page = client.get("/thu-tuc-hanh-chinh/?level=commune&field=ho-tich&service=mot-phan").content.decode()
    assert "kết hôn" in page and "khai sinh" not in page
    assert "khai tử" not in client.get("/thu-tuc-hanh-chinh/").content.decode()  # retired: not listed
    retired = client.get("/thu-tuc-hanh-chinh/1.009/").content.decode()
    assert "không còn trong danh mục" in retired  # … but its page stays


@pytest.mark.parametrize(
    "query,message",
    [
        ("?page=abc", None),
        ("?page=-4", None),
        ("?field=khong-co", "Không có lĩnh vực"),
        ("?agency=khong-co", "Không có cơ quan"),
        ("?level=tinh", "Cấp thực hiện"),
        ("?service=muc-9", "Mức độ dịch vụ"),
        ("?q=" + "a" * 5000, None),
    ],
)
def test_bad_parameters_give_a_message_not_a_500(client, portal, query, message):
    make_procedures(3)
    response = client.get("/thu-tuc-hanh-chinh/" + query)
    assert response.status_code == 200
    if message:
        assert message in response.content.decode()
    assert client.get("/thu-tuc-hanh-chinh/?page=999").status_code == 404
    assert client.get("/thu-tuc-hanh-chinh/khong-co/").status_code == 404
    assert client.get("/thu-tuc-hanh-chinh/thong-ke/?period=2026-Q9").status_code == 200


def test_detail_is_printable_with_government_service_json_ld(client, portal):
    field = ProcedureField.objects.create(name="Hộ tịch")
    Procedure.objects.create(
        code="1.001193", name="Đăng ký khai sinh", field=field, government_level="commune", online_level=4,
        agency_name="UBND xã", portal_url="https://dichvucong.gov.vn/x", steps="Bước 1", legal_basis="Luật Hộ tịch",
    )  # fmt: skip
    page = client.get("/thu-tuc-hanh-chinh/1.001193/").content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)[1])
    assert data["@type"] == "GovernmentService" and data["identifier"] == "1.001193"
    assert data["availableChannel"]["serviceUrl"] == "https://dichvucong.gov.vn/x"
    assert data["provider"]["name"] == "UBND xã"
    assert "print.css" in page and "Trình tự thực hiện" in page


def test_member_portal_lists_its_agencys_procedures_only(client, portal, settings):
    settings.ALLOWED_HOSTS = [".hoason.gov.vn", "testserver"]
    site = Site.objects.create(hostname="sotp.hoason.gov.vn", port=80, root_page=Page.get_first_root_node())
    own = Agency.objects.create(code="sotp", name="Sở Tư pháp", site=site)
    other = Agency.objects.create(code="sotc", name="Sở Tài chính")
    field = ProcedureField.objects.create(name="Chứng thực")
    Procedure.objects.create(code="2.1", name="Chứng thực bản sao", field=field, agency=own)
    Procedure.objects.create(code="2.2", name="Cấp phép tài chính", field=field, agency=other)
    host = {"HTTP_HOST": "sotp.hoason.gov.vn"}
    page = client.get("/thu-tuc-hanh-chinh/", **host).content.decode()
    assert "Chứng thực bản sao" in page and "Cấp phép tài chính" not in page
    assert client.get("/thu-tuc-hanh-chinh/2.2/", **host).status_code == 404
    provincial = client.get("/thu-tuc-hanh-chinh/").content.decode()
    assert "Chứng thực bản sao" in provincial and "Cấp phép tài chính" in provincial


def test_public_services_scheme_switches_the_levels_shown_and_offered(client, portal, settings, tmp_path):
    """public_services.scheme: nd42 (national) shows «Toàn trình»/«Một phần»; nd43 (Sóc Trăng, ST-14.1.b–c)
    shows «Mức độ 1–4», and its filter values are the ND43 levels."""
    field = ProcedureField.objects.create(name="Hộ tịch")
    Procedure.objects.create(code="1.1", name="Khai sinh", field=field, online_level=4)
    Procedure.objects.create(code="1.2", name="Kết hôn", field=field, online_level=2)
    page = client.get("/thu-tuc-hanh-chinh/").content.decode()
    assert "Toàn trình" in page and 'value="toan-trinh"' in page and "Mức độ 4" not in page
    assert "Kết hôn" not in client.get("/thu-tuc-hanh-chinh/?service=mot-phan").content.decode()
    override(settings, tmp_path, "public_services", 'scheme = { value = "nd43", source = "ST-14.1.b–c" }')
    page = client.get("/thu-tuc-hanh-chinh/").content.decode()
    assert "Mức độ 4" in page and 'value="muc-2"' in page and "Toàn trình" not in page
    page = client.get("/thu-tuc-hanh-chinh/?service=muc-2").content.decode()
    assert "Kết hôn" in page and "Khai sinh" not in page
    assert "Mức độ dịch vụ" in client.get("/thu-tuc-hanh-chinh/?service=toan-trinh").content.decode()
    switch_profile(settings, "soc-trang")
    assert json.loads(client.get("/api/v1/procedures/1.1/").content)["online_level_name"] == "Mức độ 4"


def test_api_lists_and_filters_procedures(client, portal):
    make_procedures(25)
    body = client.get("/api/v1/procedures/?page=2").json()
    assert (body["count"], body["page"], body["pages"], len(body["results"])) == (25, 2, 2, 5)
    assert client.get("/api/v1/procedures/?page=9").status_code == 404
    assert client.get("/api/v1/procedures/?q=su+dung+dat+so+7").json()["count"] == 1
    assert client.get("/api/v1/procedures/1.000003/").json()["online_level"] == 3
    assert client.get("/api/v1/procedures/nope/").status_code == 404


# --- Lookup ---------------------------------------------------------------------------------------------


def test_lookup_shows_status_and_dates_never_personal_data(client, portal):
    procedure = make_procedures(1)[0]
    make_dossier("H12.34-261102-0001", procedure=procedure, status=Dossier.Status.PROCESSING)
    response = client.post("/tra-cuu-ho-so/", {"code": " h12.34-261102-0001 "})
    page = response.content.decode()
    assert response.status_code == 200
    assert (
        "Đang giải quyết" in page and "02/11/2026" in page and "20/11/2026" in page and procedure.name in page
    )
    # The model holds no personal data at all: nothing the page could leak.
    names = {f.name for f in Dossier._meta.get_fields()}
    assert not names & {"applicant", "name", "phone", "email", "address", "identity_number"}


def test_unknown_and_malformed_codes_take_the_same_path(client, portal):
    make_dossier("H12.34-261102-0001")
    client.post("/tra-cuu-ho-so/", {"code": "warm-up"})  # opens the address's rate window
    results = {}
    for code in ("H12.34-261102-0002", "<script>", "x" * 70, ""):
        with CaptureQueriesContext(connection) as captured:
            response = client.post("/tra-cuu-ho-so/", {"code": code})
        results[code] = (response.status_code, len(captured))
        if code:
            assert "Không tìm thấy hồ sơ với mã này" in response.content.decode()
    counts = {n for _, n in results.values()}
    assert len(counts) == 1, results  # same queries for an unknown, a malformed, an absurd and an empty code
    with CaptureQueriesContext(connection) as captured:
        client.post("/tra-cuu-ho-so/", {"code": "H12.34-261102-0001"})
    assert len(captured) == counts.pop()


def test_lookups_are_rate_limited_per_address(client, portal, settings):
    settings.CONG_DOSSIER_LOOKUP_LIMIT = 3
    make_dossier("H12.34-261102-0001")
    for _ in range(3):
        assert "Không tìm thấy" in client.post("/tra-cuu-ho-so/", {"code": "NOPE-0001"}).content.decode()
    refused = client.post("/tra-cuu-ho-so/", {"code": "H12.34-261102-0001"})
    assert refused.status_code == 429 and "Quá nhiều lần tra cứu" in refused.content.decode()
    other = client.post("/tra-cuu-ho-so/", {"code": "H12.34-261102-0001"}, REMOTE_ADDR="10.9.9.9")
    assert other.status_code == 200


# --- Statistics --------------------------------------------------------------------------------------


@mock.patch("django.utils.timezone.now", return_value=dt.datetime(2026, 11, 30, 3, tzinfo=dt.UTC))
def test_statistics_count_each_state_per_agency(_now, client, portal):
    agency = Agency.objects.create(code="sotp", name="Sở Tư pháp")
    S = Dossier.Status
    d = dt.date
    make_dossier(
        "A1",
        agency=agency,
        received_on=d(2026, 10, 5),
        due_on=d(2026, 10, 10),
        resolved_on=d(2026, 10, 9),
        status=S.RETURNED,
    )
    make_dossier(
        "A2",
        agency=agency,
        received_on=d(2026, 10, 5),
        due_on=d(2026, 10, 10),
        resolved_on=d(2026, 10, 15),
        status=S.RESOLVED,
    )
    make_dossier(
        "A3", agency=agency, received_on=d(2026, 11, 20), due_on=d(2026, 12, 10), status=S.PROCESSING
    )
    make_dossier("A4", agency=agency, received_on=d(2026, 11, 2), due_on=d(2026, 11, 12), status=S.SUPPLEMENT)
    make_dossier(
        "A5",
        agency=agency,
        received_on=d(2026, 6, 2),
        due_on=d(2026, 6, 12),
        resolved_on=d(2026, 6, 10),
        status=S.RESOLVED,
    )
    page = client.get("/thu-tuc-hanh-chinh/thong-ke/").content.decode()
    assert "Quý IV năm 2026" in page and "<svg" in page and 'role="img"' in page
    body = client.get("/api/v1/procedures/statistics/").json()
    row = body["rows"][0]
    assert (row["received"], row["on_time"], row["late"], row["in_progress"], row["overdue"]) == (
        4,
        1,
        1,
        1,
        1,
    )
    october = client.get("/api/v1/procedures/statistics/?period=2026-10").json()["total"]
    # At the end of October A1 and A2 were resolved; nothing was open.
    assert (october["received"], october["on_time"], october["late"], october["in_progress"]) == (2, 1, 1, 0)
    assert client.get("/api/v1/procedures/statistics/?period=xx").status_code == 400


def test_catalogue_is_a_public_register_linked_mapped_and_searched(client, portal):
    field = ProcedureField.objects.create(name="Hộ tịch")
    Procedure.objects.create(
        code="1.001193", name="Đăng ký khai sinh", field=field, government_level="commune"
    )
    Procedure.objects.create(code="1.009", name="Đăng ký khai tử", field=field, retired=True)
    home = client.get("/").content.decode()
    assert 'href="/thu-tuc-hanh-chinh/"' in home
    sitemap = client.get("/sitemap-thu-tuc-hanh-chinh.xml").content.decode()
    assert "/thu-tuc-hanh-chinh/1.001193/" in sitemap and "1.009" not in sitemap
    found = client.get("/tim-kiem/?q=dang+ky+khai+sinh").content.decode()
    assert "/thu-tuc-hanh-chinh/1.001193/" in found
    assert "/thu-tuc-hanh-chinh/1.009/" not in client.get("/tim-kiem/?q=khai+tu").content.decode()


def test_admin_list_of_procedures_does_not_grow_with_procedures(client, portal, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("quantri", "qt@example.gov.vn", "x"))
    url = "/quan-tri/snippets/services/procedure/?ordering=-code"
    from cong.core.clocks import start_clock, stop_clock

    for start, count in ((0, 10), (10, 290)):  # each page shows one procedure posted late
        make_procedures(count, start=start)
        late = Procedure.objects.get(code=f"1.{start + count - 1:06d}")
        stop_clock(start_clock("deadlines.legal_doc_issuer", dt.date(2026, 1, 5), subject=late))
        if start == 0:
            at_10, page = count_queries(client, url)
            assert "1.000009" in page
    at_300, page = count_queries(client, url)
    assert "Thời hạn đăng" in page and "Đăng trễ" in page
    print(f"admin procedure list queries: {at_10} at 10, {at_300} at 300")
    assert at_300 == at_10, (at_10, at_300)


def test_admin_list_of_dossiers_does_not_grow_with_dossiers(client, portal, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("quantri", "qt@example.gov.vn", "x"))
    agency = Agency.objects.create(code="sotp", name="Sở Tư pháp")
    url = "/quan-tri/snippets/services/dossier/"
    for n in range(10):
        make_dossier(f"H-{n:04d}", agency=agency)
    at_10, page = count_queries(client, url)
    for n in range(10, 300):
        make_dossier(f"H-{n:04d}", agency=agency)
    at_300, page = count_queries(client, url)
    assert "Sở Tư pháp" in page and at_300 == at_10, (at_10, at_300)
