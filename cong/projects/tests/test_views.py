"""Public pages, feeds, API, site search and site map of projects (BK-3.3.i, LC-9.1.h, LC-10.4.c),
procurement notices, plans (BK-3.3.đ, LC-9.1.đ) and budget disclosure (LC-10.5); bad parameters; member
portals."""

import datetime as dt
import json
import re

import pytest
from django.utils import timezone
from wagtail.models import Page, Site

from cong.agencies.models import Agency
from cong.projects.actions import change_project_status
from cong.projects.models import Plan, ProcurementNotice, Project

from .factories import a_file, make_budget, make_notice, make_plan, make_project

pytestmark = pytest.mark.django_db


@pytest.fixture
def records(portal):
    finance = Agency.objects.create(code="sotc", name="Sở Tài chính")
    health = Agency.objects.create(code="soyte", name="Sở Y tế")
    road = make_project(files=[(a_file("qd-phe-duyet.pdf"), "Quyết định phê duyệt")])
    hospital = make_project(name="Bệnh viện đa khoa huyện Tân Lập", field="Y tế", agency=health,
                            status=Project.Status.PREPARING, approved_on=None, donor="Ngân hàng Thế giới",
                            funding_type=Project.Funding.ODA, budget=120_000_000_000)  # fmt: skip
    school = make_project(name="Trường tiểu học Hòa Bình", field="Giáo dục", agency=finance,
                          status=Project.Status.COMPLETED)  # fmt: skip
    draft = make_project(name="Dự án nháp chưa công bố", publish=False)
    invitation = make_notice(project=road, closes_at=timezone.now() + dt.timedelta(days=5))
    result = make_notice(kind=ProcurementNotice.Kind.RESULT, title="Kết quả lựa chọn nhà thầu gói 02",
                         closes_at=None, winner="Công ty cổ phần Xây dựng Hòa Sơn", contract_price=9_870_000_000,
                         agency=finance)  # fmt: skip
    land = make_plan()
    waste = make_plan(title="Quy hoạch thu gom, xử lý chất thải rắn", kind=Plan.Kind.WASTE, agency=finance)
    estimate = make_budget(agency=finance)
    execution = make_budget(kind="execution", title="Tình hình thực hiện dự toán 9 tháng năm 2025", year=2025,
                            period="9 tháng", rows=[], files=[(a_file("bao-cao.pdf"), "Báo cáo")])  # fmt: skip
    return locals()


def names(response) -> list[str]:
    return re.findall(r'<th scope="row"><a href="/[a-z-]+/\d+/">([^<]+)</a>', response.content.decode())


def test_project_list_shows_published_projects_with_their_clause_fields(client, records):
    response = client.get("/du-an/")
    page = response.content.decode()
    assert response.status_code == 200
    assert sorted(names(response)) == sorted(["Đường giao thông liên xã Tân Lập – Hòa Bình",
                                              "Bệnh viện đa khoa huyện Tân Lập", "Trường tiểu học Hòa Bình"])  # fmt: skip
    assert "Dự án nháp" not in page
    assert "120.000.000.000" in page  # Vietnamese number format
    assert "Đang chuẩn bị đầu tư (1)" in page and "Đang thực hiện (1)" in page and "Đã hoàn thành (1)" in page


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=preparing", ["Bệnh viện đa khoa huyện Tân Lập"]),
        ("status=completed", ["Trường tiểu học Hòa Bình"]),
        ("field=Y+t%E1%BA%BF", ["Bệnh viện đa khoa huyện Tân Lập"]),
        ("agency=sotc", ["Trường tiểu học Hòa Bình"]),
        ("q=benh+vien", ["Bệnh viện đa khoa huyện Tân Lập"]),  # without diacritics
        ("q=ngan+hang+the+gioi", ["Bệnh viện đa khoa huyện Tân Lập"]),  # the donor
    ],
)
def test_project_filters(client, records, query, expected):
    assert names(client.get(f"/du-an/?{query}")) == expected


@pytest.mark.parametrize(
    ("url", "message", "count"),
    [
        ("/du-an/?status=xyz", "Tình trạng “xyz” không có trong danh mục; đang hiển thị tất cả.", 3),
        ("/du-an/?agency=khong-co", "Không có cơ quan mã “khong-co”", 3),
        ("/du-an/?page=abc", "", 3),
        ("/dau-thau/?kind=xyz", "Loại thông báo “xyz” không có trong danh mục", 2),
        ("/quy-hoach-ke-hoach/?kind=%C4%91%E1%BA%A5t", "Loại “đất” không có trong danh mục", 2),
        ("/ngan-sach/?year=20x5", "Năm “20x5” không hợp lệ", 2),
        ("/ngan-sach/?year=99999999999999999999", "không hợp lệ", 2),
        ("/ngan-sach/?kind=xyz&page=-3", "Loại “xyz” không có", 2),
    ],
)
def test_bad_parameters_give_a_message_and_the_unfiltered_list(client, records, url, message, count):
    response = client.get(url)
    assert response.status_code == 200
    page = response.content.decode()
    if message:
        assert message in page and 'role="alert"' in page
    assert len(names(response)) == count


def test_a_page_past_the_end_is_a_404(client, records):
    assert client.get("/du-an/?page=99").status_code == 404


def test_project_page_has_every_lc_10_4_c_field_files_notices_and_json_ld(client, records):
    road = records["road"]
    response = client.get(f"/du-an/{road.pk}/")
    page = response.content.decode()
    for text in ("Nâng cấp 12 km đường liên xã", "Giao thông", "Dự án nhóm B, đầu tư công", "2024 – 2026",
                 "45.500.000.000 đồng", "Vốn ngân sách nhà nước", "Ngân sách tỉnh", "Đang thực hiện",
                 "1234/QĐ-UBND", "Quyết định phê duyệt", "Thông báo mời thầu gói thầu xây lắp số 03",
                 "Thời hạn đăng tải"):  # fmt: skip
        assert text in page, text
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    assert data["@type"] == "CreativeWork" and data["funder"]["name"] == "Ngân sách tỉnh"
    assert client.get(f"/du-an/{records['draft'].pk}/").status_code == 404


def test_notice_list_and_page(client, records):
    page = client.get("/dau-thau/").content.decode()
    assert "đang nhận hồ sơ" in page and "Kết quả lựa chọn nhà thầu gói 02" in page
    assert names(client.get("/dau-thau/?kind=result")) == ["Kết quả lựa chọn nhà thầu gói 02"]
    page = client.get(f"/dau-thau/{records['result'].pk}/").content.decode()
    assert "Công ty cổ phần Xây dựng Hòa Sơn" in page and "9.870.000.000 đồng" in page
    page = client.get(f"/dau-thau/{records['invitation'].pk}/").content.decode()
    assert f'href="/du-an/{records["road"].pk}/"' in page


def test_plan_list_filters_by_kind_and_the_page_links_the_legal_register(client, records):
    assert names(client.get("/quy-hoach-ke-hoach/?kind=waste")) == ["Quy hoạch thu gom, xử lý chất thải rắn"]
    from cong.legal.tests.factories import make_document

    decision = make_document(number="77/QĐ-UBND", issued_on=dt.date(2024, 1, 9))
    plan = make_plan(title="Chiến lược phát triển du lịch", kind=Plan.Kind.STRATEGY, approval_number="",
                     approved_on=None, approving_document=decision)  # fmt: skip
    page = client.get(f"/quy-hoach-ke-hoach/{plan.pk}/").content.decode()
    assert f'<a href="/van-ban/{decision.pk}/">' in page and "09/01/2024" in page
    page = client.get(f"/quy-hoach-ke-hoach/{records['land'].pk}/").content.decode()
    assert "456/QĐ-UBND" in page and "Huyện Tân Lập" in page


def test_budget_grouped_by_year_with_its_table(client, records):
    page = client.get("/ngan-sach/").content.decode()
    assert page.index('id="nam-2025"') < page.index('id="nam-2024"')
    assert "Bảng 2 dòng" in page and "Tệp tài liệu" in page
    assert names(client.get("/ngan-sach/?year=2025")) == ["Tình hình thực hiện dự toán 9 tháng năm 2025"]
    page = client.get(f"/ngan-sach/{records['estimate'].pk}/").content.decode()
    assert "<caption>Dự toán thu, chi ngân sách tỉnh năm 2024 (đơn vị tính: triệu đồng)</caption>" in page
    assert "5.150.000,5" in page and "Tổng chi ngân sách" in page
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    assert data["@type"] == "Dataset" and data["temporalCoverage"] == "2024"
    page = client.get(f"/ngan-sach/{records['execution'].pk}/").content.decode()
    assert '"@type": "Report"' in page and "bao-cao" in page


def test_a_member_portal_shows_its_agency_s_records_and_the_province_all(client, records, settings):
    settings.ALLOWED_HOSTS = [".hoason.gov.vn", "testserver"]
    site = Site.objects.create(hostname="sotc.hoason.gov.vn", port=80, root_page=Page.get_first_root_node())
    Agency.objects.filter(code="sotc").update(site=site)
    host = {"HTTP_HOST": "sotc.hoason.gov.vn"}
    assert names(client.get("/du-an/", **host)) == ["Trường tiểu học Hòa Bình"]
    assert names(client.get("/dau-thau/", **host)) == ["Kết quả lựa chọn nhà thầu gói 02"]
    assert names(client.get("/quy-hoach-ke-hoach/", **host)) == ["Quy hoạch thu gom, xử lý chất thải rắn"]
    assert names(client.get("/ngan-sach/", **host)) == ["Dự toán thu, chi ngân sách tỉnh năm 2024"]
    assert 'name="agency"' not in client.get("/du-an/", **host).content.decode()
    assert client.get(f"/du-an/{records['hospital'].pk}/", **host).status_code == 404
    # Feeds and links between records stay within what the member portal shows.
    rss = client.get("/du-an/rss/", **host).content.decode()
    assert "Trường tiểu học Hòa Bình" in rss and "Bệnh viện" not in rss
    road = records["road"]  # the province's own project
    linked = make_notice(title="Thông báo của Sở Tài chính về gói thầu của tỉnh", project=road,
                         agency=records["finance"])  # fmt: skip
    assert f'href="/du-an/{road.pk}/"' not in client.get(f"/dau-thau/{linked.pk}/", **host).content.decode()
    assert f'href="/du-an/{road.pk}/"' not in client.get("/dau-thau/", **host).content.decode()
    assert f'href="/du-an/{road.pk}/"' in client.get(f"/dau-thau/{linked.pk}/").content.decode()
    page = client.get("/du-an/").content.decode()
    assert 'name="agency"' in page and "Sở Y tế" in page


def test_status_change_shows_on_the_public_page(client, records):
    hospital = records["hospital"]
    change_project_status(hospital, Project.Status.ONGOING, acting_user=None, approved_on=dt.date(2025, 1, 6))
    assert "Bệnh viện đa khoa huyện Tân Lập" in names(client.get("/du-an/?status=ongoing"))


def test_feeds(client, records):
    rss = client.get("/du-an/rss/").content.decode()
    assert "<title>Bệnh viện đa khoa huyện Tân Lập</title>" in rss and "Dự án nháp" not in rss
    rss = client.get("/dau-thau/rss/").content.decode()
    assert "Kết quả lựa chọn nhà thầu: Kết quả lựa chọn nhà thầu gói 02" in rss


def test_api_lists_filters_and_refuses_bad_values(client, records):
    body = client.get("/api/v1/projects/?status=preparing").json()
    assert body["count"] == 1 and body["results"][0]["donor"] == "Ngân hàng Thế giới"
    assert body["results"][0]["budget"] == 120_000_000_000 and body["results"][0]["agency"] == "soyte"
    bad = client.get("/api/v1/projects/?status=xyz")
    assert bad.status_code == 400 and "xyz" in bad.json()["detail"]
    assert client.get("/api/v1/projects/?page=abc").json()["page"] == 1
    assert client.get("/api/v1/projects/?page=9").status_code == 404
    assert client.get(f"/api/v1/projects/{records['draft'].pk}/").status_code == 404
    notice = client.get(f"/api/v1/procurement/{records['invitation'].pk}/").json()
    assert notice["project_id"] == records["road"].pk
    assert client.get("/api/v1/plans/?kind=waste").json()["count"] == 1
    budget = client.get(f"/api/v1/budget/{records['estimate'].pk}/").json()
    assert [r["item"] for r in budget["rows"]] == ["Tổng thu ngân sách", "Tổng chi ngân sách"]
    assert client.get("/api/v1/budget/?year=20x5").status_code == 400
    assert client.get("/api/v1/budget/?year=2025").json()["count"] == 1
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    for prefix in ("projects", "procurement", "plans", "budget"):
        assert f"/api/v1/{prefix}/" in paths
    index = client.get("/api/v1/").json()
    assert any(e["url"].endswith("/api/v1/budget/") for e in index["endpoints"])


def test_registers_are_linked_searched_and_in_the_sitemap(client, records):
    home = client.get("/").content.decode()
    for url in ("/du-an/", "/dau-thau/", "/quy-hoach-ke-hoach/", "/ngan-sach/"):
        assert f'href="{url}"' in home, url
    found = re.sub(r"</?mark>", "", client.get("/tim-kiem/?q=benh+vien+da+khoa").content.decode())
    assert (
        "Bệnh viện đa khoa huyện Tân Lập" in found
        and '<span class="search-result__kind">Dự án</span>' in found
    )
    found = re.sub(r"</?mark>", "", client.get("/tim-kiem/?q=chat+thai").content.decode())
    assert "Quy hoạch thu gom, xử lý chất thải rắn" in found
    sitemap = client.get("/sitemap-du-an.xml").content.decode()
    assert f"/du-an/{records['road'].pk}/" in sitemap and f"/du-an/{records['draft'].pk}/" not in sitemap
