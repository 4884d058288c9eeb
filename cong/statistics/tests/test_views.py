"""Public pages, downloads, the API and the profile switch of the exchange register (HG-11.2)."""

import io
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook
from wagtail.models import Page, Site

from cong.agencies.models import Agency
from cong.core.testing.profiles import switch_profile
from cong.portal.registers import get_register, linked_registers

from .factories import (
    APPROVED,
    bulk_edoc,
    bulk_programmes,
    bulk_releases,
    make_edoc,
    make_programme,
    make_release,
)

pytestmark = pytest.mark.django_db
QUERY_BOUND = 20


def count_queries(client, url: str, **extra) -> tuple[int, str]:
    client.get(url, **extra)  # fills the per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **extra)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured), response.content.decode()


# --- Science --------------------------------------------------------------------------------------


def test_science_list_filters_and_searches_without_diacritics(client, portal):
    make_programme(code="ĐTKH.01/2024", name="Giống lúa chịu hạn", field="Nông nghiệp", level="provincial")
    make_programme(code="ĐTKH.02/2024", name="Bệnh án điện tử", field="Y dược", level="grassroots",
                   accepted_on=APPROVED, summary_report="Giảm thời gian tra cứu")  # fmt: skip
    page = client.get("/khoa-hoc-cong-nghe/").content.decode()
    assert "Giống lúa chịu hạn" in page and "Bệnh án điện tử" in page
    for query, shown, hidden in (
        ("?q=giong+lua", "Giống lúa", "Bệnh án"),
        ("?field=Y+dược", "Bệnh án", "Giống lúa"),
        ("?level=provincial", "Giống lúa", "Bệnh án"),
        ("?status=accepted", "Bệnh án", "Giống lúa"),
        ("?status=pending", "Giống lúa", "Bệnh án"),
    ):
        page = client.get("/khoa-hoc-cong-nghe/" + query).content.decode()
        assert shown in page and hidden not in page, query


@pytest.mark.parametrize(
    "query",
    [
        "?page=abc",
        "?page=-1",
        "?status=xyz",
        "?level=<script>",
        "?field=khong-co",
        "?q=" + "x" * 900,
        "?agency=zz",
    ],
)
def test_bad_parameters_give_a_message_or_the_first_page(client, portal, query):
    make_programme()
    response = client.get("/khoa-hoc-cong-nghe/" + query)
    assert response.status_code == 200
    page = response.content.decode()
    if "q=" in query:
        return  # a long query is cut, not refused
    assert "Nghiên cứu giống lúa chịu hạn" in page
    if "page" not in query:
        assert "không có trong danh sách" in page


def test_science_detail_shows_results_only_once_accepted(client, portal):
    programme = make_programme()
    page = client.get(programme.get_absolute_url()).content.decode()
    assert "chưa được Hội đồng khoa học nghiệm thu" in page and "ThS. Lò Thị Hương" in page
    from cong.statistics.actions import record_results

    record_results(programme, acting_user=None, accepted_on=APPROVED, summary_report="Hai dòng lúa mới")
    page = client.get(programme.get_absolute_url()).content.decode()
    assert "Hai dòng lúa mới" in page and "05/03/2024" in page
    draft = make_programme(code="NHAP", publish=False)
    assert client.get(draft.get_absolute_url()).status_code == 404


# --- Statistics -----------------------------------------------------------------------------------


def test_release_page_has_the_chart_the_table_downloads_and_a_dataset(client, portal):
    release = make_release(analysis="Dân số tăng 1,4%")
    page = client.get(release.get_absolute_url()).content.decode()
    assert 'role="img"' in page and '<title id="bieu-do-title">Dân số trung bình năm 2025</title>' in page
    assert '<th scope="row">Hòa Sơn</th><td class="number">61.240</td>' in page
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    assert data["@type"] == "Dataset" and data["creator"]["name"] == "Cục Thống kê tỉnh"
    assert [d["encodingFormat"] for d in data["distribution"]] == [
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ]
    csv_response = client.get(f"/thong-ke/{release.pk}/so-lieu.csv")
    assert csv_response["Content-Type"].startswith("text/csv")
    assert csv_response.content.decode("utf-8-sig").splitlines()[:2] == [
        "Huyện,Nam,Nữ",
        "Hòa Sơn,61240,60850",
    ]
    xlsx = client.get(f"/thong-ke/{release.pk}/so-lieu.xlsx")
    rows = list(
        load_workbook(io.BytesIO(xlsx.content), read_only=True).worksheets[0].iter_rows(values_only=True)
    )
    assert rows[1] == ("Hòa Sơn", 61240, 60850)


def test_release_list_year_filter_and_bad_year(client, portal):
    make_release()
    assert "Dân số trung bình" in client.get("/thong-ke/?year=2024").content.decode()
    assert "Dân số trung bình" not in client.get("/thong-ke/?year=2023").content.decode()
    page = client.get("/thong-ke/?year=abc&page=xyz").content.decode()
    assert "không hợp lệ" in page and "Dân số trung bình" in page
    assert client.get("/thong-ke/?page=99").status_code == 404
    assert client.get("/thong-ke/999/so-lieu.csv").status_code == 404


# --- Electronic document exchange and the profile -------------------------------------------------


def test_edoc_register_follows_the_profile(client, portal, settings):
    agency = Agency.objects.create(code="sonnmt", name="Sở Nông nghiệp và Môi trường")
    record = make_edoc(agency)
    switch_profile(settings, "national")  # registers.edoc_exchange = false
    assert not get_register("van-ban-dien-tu").is_linked()
    assert get_register("van-ban-dien-tu") not in linked_registers()
    assert client.get("/van-ban-dien-tu/").status_code == 404
    assert client.get(record.get_absolute_url()).status_code == 404
    assert client.get("/api/v1/edoc-exchange/").status_code == 404
    assert 'href="/van-ban-dien-tu/"' not in client.get("/").content.decode()
    switch_profile(settings, "hau-giang")  # HG-11.2: true
    assert get_register("van-ban-dien-tu").is_linked()
    assert 'href="/van-ban-dien-tu/"' in client.get("/").content.decode()
    page = client.get("/van-ban-dien-tu/").content.decode()
    assert "Quý III/2026" in page and "90 / 100" in page and "90%" in page and 'role="img"' in page
    assert "Sở Nông nghiệp và Môi trường" in client.get(record.get_absolute_url()).content.decode()
    api = client.get("/api/v1/edoc-exchange/?period=2026-Q3").json()
    assert api["results"][0]["sent_share"] == 90.0
    assert client.get("/api/v1/edoc-exchange/?period=2026-Q9").status_code == 400
    page = client.get("/van-ban-dien-tu/?ky=2026-Q9").content.decode()
    assert "không hợp lệ" in page and "Quý III/2026" in page


# --- Member portals, API, site map, search --------------------------------------------------------


def member_portal(settings, code="sotc"):
    settings.ALLOWED_HOSTS = [".hoason.gov.vn", "testserver"]
    site = Site.objects.create(
        hostname=f"{code}.hoason.gov.vn", port=80, root_page=Page.get_first_root_node()
    )
    return Agency.objects.create(code=code, name=f"Cơ quan {code}", site=site), {
        "HTTP_HOST": f"{code}.hoason.gov.vn"
    }


def test_a_member_portal_shows_its_agency_records_the_province_all(client, portal, settings):
    agency, host = member_portal(settings)
    make_programme(code="CUA-SO", name="Đề tài của sở", agency=agency)
    make_programme(code="CUA-TINH", name="Đề tài của tỉnh")
    own = client.get("/khoa-hoc-cong-nghe/", **host).content.decode()
    assert "Đề tài của sở" in own and "Đề tài của tỉnh" not in own
    everyone = client.get("/khoa-hoc-cong-nghe/").content.decode()
    assert "Đề tài của sở" in everyone and "Đề tài của tỉnh" in everyone


def test_api_lists_and_openapi(client, portal):
    make_programme()
    make_programme(code="B", accepted_on=APPROVED, summary_report="Kết quả")
    make_release()
    science = client.get("/api/v1/science/?status=accepted").json()
    assert science["count"] == 1 and science["results"][0]["summary_report"] == "Kết quả"
    assert client.get("/api/v1/science/?page=abc").json()["page"] == 1
    stats = client.get("/api/v1/statistics/").json()
    assert stats["results"][0]["columns"] == ["Huyện", "Nam", "Nữ"] and stats["results"][0]["csv"].endswith(
        ".csv"
    )
    assert client.get("/api/v1/statistics/?year=abc").status_code == 400
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {"/api/v1/science/", "/api/v1/statistics/"} <= set(paths)
    assert "/api/v1/edoc-exchange/" not in paths  # the national profile does not publish it (HG-11.2)


def test_registers_are_in_the_site_map_and_the_site_search(client, portal):
    make_programme(name="Chọn tạo giống lúa chịu hạn")
    make_release(title="Năng suất lúa vụ Đông Xuân")
    sitemap = client.get("/so-do-trang/").content.decode()
    assert 'href="/khoa-hoc-cong-nghe/"' in sitemap and 'href="/thong-ke/"' in sitemap
    assert "/khoa-hoc-cong-nghe/" in client.get("/").content.decode()
    xml = client.get("/sitemap-thong-ke.xml").content.decode()
    assert "/thong-ke/" in xml
    from cong.core.search import SearchQuery
    from cong.portal.search import search_register

    hits = search_register(SearchQuery.parse("giong lua"), get_register("khoa-hoc-cong-nghe"))
    assert [h.title for h in hits] == ["ĐTKH.01/2024 — Chọn tạo giống lúa chịu hạn"]


# --- Query counts ---------------------------------------------------------------------------------


def test_lists_and_details_do_not_grow_with_records(client, portal, settings):
    switch_profile(settings, "hau-giang")
    agencies = [Agency.objects.create(code=f"cq{i}", name=f"Cơ quan {i}") for i in range(3)]
    bulk_programmes(10, agency=agencies[0])
    bulk_releases(10)
    bulk_edoc(agencies, 4)
    programme = make_programme(accepted_on=APPROVED, summary_report="Kết quả")
    release = make_release()
    edoc = make_edoc(agencies[0], year=2019, number=12, kind="month")
    urls = ["/khoa-hoc-cong-nghe/", "/khoa-hoc-cong-nghe/?status=accepted&level=provincial&q=de+tai",
            programme.get_absolute_url(), "/thong-ke/", "/thong-ke/?year=2024&q=so", release.get_absolute_url(),
            "/van-ban-dien-tu/", "/van-ban-dien-tu/?ky=2020-01&agency=cq1", edoc.get_absolute_url()]  # fmt: skip
    at_10 = {url: count_queries(client, url)[0] for url in urls}
    bulk_programmes(290, agency=agencies[1])
    bulk_releases(290)
    more = [Agency.objects.create(code=f"them{i}", name=f"Cơ quan thêm {i}") for i in range(20)]
    bulk_edoc(agencies, 15, start=4)
    bulk_edoc(more, 19)
    at_300 = {url: count_queries(client, url)[0] for url in urls}
    print("statistics pages, queries at 10 and at 300 records:", {u: (at_10[u], at_300[u]) for u in urls})
    assert at_300 == at_10
    assert max(at_10.values()) <= QUERY_BOUND, at_10
