"""Public pages, feed, site search, site map and API of the officials app: what a visitor sees on the
provincial portal and on a member portal, searching without diacritics, bad parameters."""

import json
import re

import pytest
from django.utils.html import escape

from cong.officials.actions import save_record
from cong.officials.models import Official

from .factories import make_commendation, make_leader, make_official, make_spokesperson, make_statement

pytestmark = pytest.mark.django_db
SOTC = {"HTTP_HOST": "sotc.thunghiem.gov.vn"}


def page(client, url, **extra) -> str:
    response = client.get(url, **extra)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def json_ld(html: str) -> dict:
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


@pytest.fixture
def directory(newsroom):
    a, b = newsroom.agency_a, newsroom.agency_b
    return {
        "nguyen": make_official(name="Nguyễn Văn Bình", agency=a, unit="Phòng Ngân sách"),
        "nguyet": make_official(name="Lò Thị Nguyệt", agency=b, email="ltnguyet@tanlap.gov.vn"),
        "tran": make_official(name="Trần Văn Nam", agency=b, email="tvnam@tanlap.gov.vn"),
        "draft": make_official(name="Nguyễn Văn Nháp", agency=a, publish=False),
    }


def test_the_directory_is_searched_without_diacritics(client, directory):
    html = page(client, "/danh-ba/?q=nguyen+van")
    assert "Nguyễn Văn Bình" in html and "Trần Văn Nam" not in html and "Lò Thị Nguyệt" not in html
    assert "Nguyễn Văn Nháp" not in html  # a draft is not public
    assert "Có 1 người phù hợp" in html
    html = page(client, "/danh-ba/?q=NGUYỄN")
    assert "Nguyễn Văn Bình" in html and "Lò Thị Nguyệt" not in html  # "nguyen" is not "nguyet"
    html = page(client, "/danh-ba/?q=nguy")  # the start of a word finds both
    assert "Nguyễn Văn Bình" in html and "Lò Thị Nguyệt" in html
    html = page(client, "/danh-ba/?q=ngan+sach")  # the unit
    assert "Nguyễn Văn Bình" in html and "Trần Văn Nam" not in html


def test_the_directory_filters_by_agency_and_explains_a_bad_filter(client, directory):
    html = page(client, "/danh-ba/?agency=ubndtanlap")
    assert "Trần Văn Nam" in html and "Nguyễn Văn Bình" not in html
    html = page(client, "/danh-ba/?agency=xyz&page=abc")
    assert "Không có cơ quan “xyz”" in html and "Trần Văn Nam" in html and "Nguyễn Văn Bình" in html
    assert client.get("/danh-ba/?page=99").status_code == 404
    assert '<option value="sotc"' in html and '<option value="ubndtanlap"' in html


def test_a_member_portal_shows_its_agencys_entries_only(client, directory):
    html = page(client, "/danh-ba/", **SOTC)
    assert "Nguyễn Văn Bình" in html and "Trần Văn Nam" not in html
    assert 'name="agency"' not in html  # no agency filter on a member portal
    assert client.get(f"/danh-ba/{directory['tran'].pk}/", **SOTC).status_code == 404
    assert client.get(f"/danh-ba/{directory['tran'].pk}.vcf", **SOTC).status_code == 404
    assert page(client, f"/danh-ba/{directory['tran'].pk}/")  # the provincial portal shows everyone's


def test_an_entry_shows_its_contacts_with_person_json_ld(client, directory):
    official = directory["nguyen"]
    html = page(client, official.get_absolute_url())
    assert "nvbinh@hoason.gov.vn" in html and "0201 3852 123" in html and official.get_vcard_url() in html
    data = json_ld(html)
    assert data["@type"] == "Person" and data["name"] == "Nguyễn Văn Bình"
    assert data["worksFor"]["name"] == "Sở Tài chính" and data["telephone"] == "0201 3852 123"


def test_leaders_are_listed_in_order_with_a_person_page(client, portal):
    second = make_leader(
        name="Hoàng Văn Sơn", position="Phó Chủ tịch UBND tỉnh", order=2, duties="Phụ trách khối kinh tế."
    )
    make_leader(name="Nguyễn Văn An", order=1)
    make_leader(name="Lê Thị Nháp", order=0, publish=False)
    html = page(client, "/lanh-dao/")
    assert html.index("Nguyễn Văn An") < html.index("Hoàng Văn Sơn") and "Lê Thị Nháp" not in html
    html = page(client, second.get_absolute_url())
    assert "Phụ trách khối kinh tế." in html
    data = json_ld(html)
    assert data["@type"] == "Person" and data["jobTitle"] == "Phó Chủ tịch UBND tỉnh"
    assert data["description"] == "Phụ trách khối kinh tế."


def test_a_leaders_portrait_is_shown(client, portal):
    from cong.portal.tests.factories import make_image

    leader = make_leader(portrait=make_image("Chân dung"))
    html = page(client, leader.get_absolute_url())
    assert "<img" in html and json_ld(html)["image"].startswith("http://testserver/")
    assert "<img" in page(client, "/lanh-dao/")


def test_statements_with_their_spokespersons_and_feed(client, newsroom):
    person = make_spokesperson(agency=newsroom.agency_a)
    statement = make_statement(spokesperson=person, summary="Tóm tắt về mưa lũ.")
    release = make_statement(
        spokesperson=person, kind="press_release", title="Thông cáo báo chí về hội nghị xúc tiến đầu tư"
    )
    html = page(client, "/phat-ngon/")
    assert "Trần Thị Hoa" in html and "0912 345 678" in html and "tthoa@hoason.gov.vn" in html
    assert statement.title in html and release.title in html
    html = page(client, "/phat-ngon/?kind=press_release")
    assert release.title in html and statement.title not in html
    html = page(client, "/phat-ngon/?q=hoi+nghi")
    assert release.title in html and statement.title not in html
    html = page(client, statement.get_absolute_url())
    assert "02/11/2026" in html and "Người ký" in html and person.get_absolute_url() in html
    assert json_ld(html)["datePublished"] == "2026-11-02"
    html = page(client, person.get_absolute_url())
    assert statement.title in html and json_ld(html)["email"] == "tthoa@hoason.gov.vn"
    assert "Trần Thị Hoa" in page(client, "/phat-ngon/nguoi-phat-ngon/")
    feed = page(client, "/phat-ngon/rss/")
    assert "<rss" in feed and escape(release.title) in feed
    assert release.title in page(client, "/phat-ngon/", **SOTC)
    assert release.title not in page(client, "/phat-ngon/", HTTP_HOST="ubndtanlap.thunghiem.gov.vn")
    assert release.title not in page(client, "/phat-ngon/rss/", HTTP_HOST="ubndtanlap.thunghiem.gov.vn")


def test_commendations_and_sanctions_filter_by_kind_and_year(client, portal):
    import datetime as dt

    sanction = make_commendation()
    award = make_commendation(
        kind="commendation", organisation="Hợp tác xã Chè Tân Lập", decision_number="88/QĐ-UBND",
        decided_on=dt.date(2025, 5, 4), deciding_body="UBND tỉnh", content="Tặng Bằng khen.",
    )  # fmt: skip
    html = page(client, "/khen-thuong-xu-ly/")
    assert sanction.organisation in html and award.organisation in html
    html = page(client, "/khen-thuong-xu-ly/?kind=commendation")
    assert award.organisation in html and sanction.organisation not in html
    html = page(client, "/khen-thuong-xu-ly/?year=2025")
    assert award.organisation in html and sanction.organisation not in html
    html = page(client, "/khen-thuong-xu-ly/?q=dong+phong")
    assert sanction.organisation in html and award.organisation not in html
    assert "88/QĐ-UBND" in page(client, award.get_absolute_url())


@pytest.mark.parametrize(
    "url, message",
    [
        ("/khen-thuong-xu-ly/?kind=xyz", "Không có loại “xyz”"),
        ("/khen-thuong-xu-ly/?year=abc", "Năm “abc” không hợp lệ"),
        ("/phat-ngon/?year=20261&kind=xyz", "Năm “20261” không hợp lệ"),
        ("/lanh-dao/?agency=xyz&page=abc", "Không có cơ quan “xyz”"),
        ("/phat-ngon/nguoi-phat-ngon/?agency=khong-co&page=-1", "Không có cơ quan “khong-co”"),
    ],
)
def test_bad_parameters_give_a_message_and_the_first_page(client, portal, url, message):
    make_commendation()
    assert message in page(client, url)


def test_site_search_and_site_map_reach_every_register(client, directory):
    person = make_spokesperson(agency=directory["nguyen"].agency)
    statement = make_statement(spokesperson=person)
    leader = make_leader()
    sanction = make_commendation()
    html = page(client, "/tim-kiem/?q=nguyen+van+binh")
    assert directory["nguyen"].get_absolute_url() in html
    html = page(client, "/tim-kiem/?q=mua+lu")
    assert statement.get_absolute_url() in html
    footer = page(client, "/")
    for url in ("/lanh-dao/", "/danh-ba/", "/phat-ngon/", "/khen-thuong-xu-ly/"):
        assert f'href="{url}"' in footer
    index = page(client, "/sitemap.xml")
    for code in ("lanh-dao", "danh-ba", "phat-ngon", "nguoi-phat-ngon", "khen-thuong-xu-ly"):
        assert f"sitemap-{code}.xml" in index
    for code, record in (("danh-ba", directory["nguyen"]), ("lanh-dao", leader), ("khen-thuong-xu-ly", sanction),
                         ("nguoi-phat-ngon", person), ("phat-ngon", statement)):  # fmt: skip
        assert record.get_absolute_url() in page(client, f"/sitemap-{code}.xml")
    assert directory["draft"].get_absolute_url() not in page(client, "/sitemap-danh-ba.xml")


def test_the_directory_api_shows_what_the_page_shows_and_nothing_more(client, directory):
    data = client.get("/api/v1/officials/?q=nguyen+van").json()
    assert data["count"] == 1
    entry = data["results"][0]
    assert set(entry) == {"id", "url", "vcard", "name", "position", "agency", "unit", "email", "phone", "fax"}
    assert entry["agency"] == {"code": "sotc", "name": "Sở Tài chính"}
    assert client.get("/api/v1/officials/?agency=ubndtanlap").json()["count"] == 2
    assert client.get("/api/v1/officials/?page=abc").json()["page"] == 1
    refused = client.get("/api/v1/officials/?agency=xyz")
    assert refused.status_code == 400 and "Không có cơ quan" in refused.json()["detail"]
    assert client.get(f"/api/v1/officials/{directory['draft'].pk}/").status_code == 404
    assert client.get("/api/v1/officials/", **SOTC).json()["count"] == 1
    # What the model holds beyond the public fields never leaves it (internal order, search text, dates).
    hidden = {f.name for f in Official._meta.get_fields()} - set(entry) - {"agency"}
    assert {"order", "search_folded", "created_at", "updated_at", "latest_revision"} <= hidden


def test_every_api_endpoint_lists_and_is_in_the_openapi_document(client, newsroom):
    person = make_spokesperson(agency=newsroom.agency_a)
    statement = make_statement(spokesperson=person)
    leader = make_leader()
    sanction = make_commendation()
    assert client.get("/api/v1/leaders/").json()["results"][0]["name"] == leader.name
    assert client.get(f"/api/v1/leaders/{leader.pk}/").json()["position"] == leader.position
    assert client.get("/api/v1/spokespersons/").json()["results"][0]["phone"] == "0912 345 678"
    statements = client.get("/api/v1/statements/?kind=statement&year=2026").json()
    assert statements["results"][0]["spokesperson_id"] == person.pk and statements["results"][0]["signer"]
    assert client.get(f"/api/v1/statements/{statement.pk}/").json()["issued_on"] == "2026-11-02"
    assert client.get("/api/v1/statements/?kind=xyz").status_code == 400
    assert client.get("/api/v1/commendations/?year=abc").status_code == 400
    assert client.get(f"/api/v1/commendations/{sanction.pk}/").json()["decision_number"] == "125/QĐ-XPHC"
    paths = set(client.get("/api/v1/openapi.json").json()["paths"])
    for prefix in ("leaders", "officials", "spokespersons", "statements", "commendations"):
        assert f"/api/v1/{prefix}/" in paths and f"/api/v1/{prefix}/{{pk}}/" in paths
    index = client.get("/api/v1/").json()
    assert any(e["url"].endswith("/api/v1/officials/") for e in index["endpoints"])


def test_a_live_entrys_edit_waits_for_publication(client, directory):
    official = Official.objects.get(pk=directory["nguyen"].pk)
    official.position = "Giám đốc Sở"
    save_record(official, acting_user=None)
    assert "Giám đốc Sở" not in page(client, official.get_absolute_url())
    save_record(official, acting_user=None, publish=True)
    assert "Giám đốc Sở" in page(client, official.get_absolute_url())
