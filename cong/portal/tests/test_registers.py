"""Every public register — legal documents, gazette, drafts for comment, published answers, petitions — is
reachable by clicking from the home page, listed in the HTML site map and in sitemap.xml, and found by the
one site search, with only its public items. These tests drive the portal as a reader does (test client,
links followed from the HTML) and need the legal and citizens apps beside the portal.
"""

import datetime as dt
import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import strip_tags
from wagtail.models import Page, Site

from cong.citizens import actions as citizen_actions
from cong.citizens.models import Question
from cong.citizens.tests import factories as citizen_factories
from cong.legal.models import GazetteIssue, GazetteItem
from cong.legal.tests.factories import make_consultation, make_document
from cong.portal.models import HomePage
from cong.portal.registers import linked_registers
from cong.portal.sitemaps import RegisterSitemap

pytestmark = pytest.mark.django_db

REGISTER_PATHS = ["/van-ban/", "/cong-bao/", "/lay-y-kien/", "/hoi-dap/", "/phan-anh-kien-nghi/"]


def publish_gazette(number: str, document, *, note: str = "") -> GazetteIssue:
    issue = GazetteIssue(number=number, year=2024, published_on=dt.date(2024, 4, 2), note=note, live=False)
    issue.save()
    GazetteItem.objects.create(issue=issue, document=document, pages="3-9")
    issue.save_revision().publish()
    issue.refresh_from_db()
    return issue


def answered(title: str, content: str, answer: str, *, kind=Question.Kind.QUESTION, publish=True) -> Question:
    """A question (or petition) taken through reception, routing and answer; published unless told not."""
    agency = citizen_factories.agency()
    board = _board()
    head = _head(agency)
    question = citizen_factories.question(title=title, content=content, kind=kind)
    citizen_actions.route_question(question, agency, acting_user=board)
    citizen_actions.answer_question(question, answer, acting_user=head)
    if publish:
        citizen_actions.publish_answer(question, acting_user=board)
    question.refresh_from_db()
    return question


def _board():
    from django.contrib.auth import get_user_model

    found = get_user_model().objects.filter(username="bbt").first()
    return found or citizen_factories.board_member("bbt")


def _head(agency):
    from cong.agencies.models import AgencyStaff

    staff = AgencyStaff.objects.filter(agency=agency, is_head=True).select_related("user").first()
    return staff.user if staff else citizen_factories.staff(agency, "giamdoc", head=True, position="Giám đốc")


@pytest.fixture
def registers(portal):
    """One published item of each register, and one that is not public, with words the tests search for."""
    section = portal.section("Tin tức")
    article = portal.article(
        section, title="Hội nghị về đăng ký hộ kinh doanh", lead="Tin về kinh tế tư nhân."
    )
    document = make_document(
        kind="nghi-dinh",
        number="307/2010/NĐ-CP",
        issuer="Chính phủ",
        summary="Quy định về phân cấp quản lý viên chức ngành giáo dục",
        issued_on=dt.date(2010, 3, 16),
        effective_on=dt.date(2010, 5, 1),
    )
    draft_document = make_document(
        publish=False, number="99/2024/QĐ-UBND", summary="Dự thảo chưa ban hành về thủy lợi nội đồng"
    )
    issue = publish_gazette("15", document, note="Số chuyên đề cải cách hành chính")
    consultation = make_consultation(title="Dự thảo Quy chế phối hợp quản lý chợ nông thôn")
    question = answered(
        "Điều kiện mở quán cà phê",
        "Tôi muốn mở quán cà phê tại nhà thì cần giấy tờ gì?",
        "Ông đăng ký hộ kinh doanh tại UBND cấp xã nơi đặt địa điểm kinh doanh.",
    )
    hidden_question = answered(
        "Câu hỏi chưa đăng về nuôi ong",
        "Nuôi ong lấy mật có phải đăng ký không?",
        "Không cần đăng ký hộ kinh doanh khi nuôi ong quy mô gia đình.",
        publish=False,
    )
    petition = answered(
        "Kiến nghị đơn giản hóa thủ tục cấp phép đào đường",
        "Thủ tục cấp phép đào đường còn nhiều giấy tờ trùng lặp.",
        "Sở Giao thông vận tải đã trình sửa đổi quy trình.",
        kind=Question.Kind.PETITION,
    )
    return {
        "article": article,
        "document": document,
        "draft_document": draft_document,
        "issue": issue,
        "consultation": consultation,
        "question": question,
        "hidden_question": hidden_question,
        "petition": petition,
    }


@pytest.fixture
def member(portal):
    """A member portal (Sở Giáo dục) at sogd.localhost with one article."""
    home = HomePage(title="Cổng TTĐT Sở Giáo dục", slug="sogd", intro="Sở Giáo dục và Đào tạo")
    Page.get_first_root_node().add_child(instance=home)
    home.save_revision(log_action=False).publish(log_action=False)
    site = Site.objects.create(hostname="sogd.localhost", port=80, root_page=home, site_name="Sở Giáo dục")
    section = portal.section("Tin giáo dục", parent=home)
    article = portal.article(section, title="Tuyển sinh lớp 10 và hộ kinh doanh cá thể")
    return {"site": site, "home": home, "article": article}


# --- Reachable by clicking --------------------------------------------------------------------------


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def links_of(html: str, base: str) -> set[str]:
    """Same-site paths linked from ``html`` (anchors dropped)."""
    parser = _Links()
    parser.feed(html)
    paths = set()
    for href in parser.hrefs:
        url = urlsplit(urljoin(base, href))
        if url.scheme in ("http", "https") and url.hostname in ("testserver", "localhost"):
            paths.add(url.path)
    return paths


def clicks_from_home(client, targets, max_clicks=2) -> dict[str, int]:
    """Breadth-first over links from the home page: how many clicks each target path takes."""
    found, frontier, seen = {}, ["/"], {"/"}
    for clicks in range(1, max_clicks + 1):
        next_frontier = []
        for path in frontier:
            response = client.get(path)
            if response.status_code != 200 or "text/html" not in response["Content-Type"]:
                continue
            for link in links_of(response.content.decode(), "http://testserver" + path):
                if link in targets and link not in found:
                    found[link] = clicks
                if link not in seen:
                    seen.add(link)
                    next_frontier.append(link)
        frontier = next_frontier
    return found


def test_every_register_is_within_two_clicks_of_the_home_page(client, registers):
    found = clicks_from_home(client, set(REGISTER_PATHS))
    assert set(found) == set(REGISTER_PATHS), f"not reached: {set(REGISTER_PATHS) - set(found)}"
    assert all(clicks <= 2 for clicks in found.values())
    # The home page itself names each register in its own block, with what it is for.
    home = client.get("/").content.decode()
    block = re.search(r'<section class="home-registers".*?</section>', home, re.S).group(0)
    for path in REGISTER_PATHS:
        assert f'href="{path}"' in block
    # Each register's list shows the published item: the reader gets from home to the item.
    assert registers["document"].get_absolute_url() in client.get("/van-ban/").content.decode()
    assert registers["question"].get_absolute_url() in client.get("/hoi-dap/").content.decode()


def test_every_page_footer_links_the_registers(client, registers):
    for path in ["/", registers["article"].url, "/van-ban/", "/tim-kiem/?q=abc"]:
        footer = client.get(path).content.decode().split('<footer class="site-footer">')[1]
        for register_path in REGISTER_PATHS:
            assert f'href="{register_path}"' in footer, (path, register_path)


def test_a_register_the_profile_switches_off_is_not_linked(client, portal, settings):
    settings.CONG_PROFILE = "kon-tum"  # KT-2.3: petitions only, no Q&A
    home = client.get("/").content.decode()
    assert 'href="/hoi-dap/"' not in home and 'href="/phan-anh-kien-nghi/"' in home
    assert 'href="/hoi-dap/"' not in client.get("/so-do-trang/").content.decode()
    assert "hoi-dap" not in [entry.code for entry in linked_registers()]
    assert "sitemap-hoi-dap.xml" not in client.get("/sitemap.xml").content.decode()


def test_html_sitemap_lists_every_register(client, registers):
    html = client.get("/so-do-trang/").content.decode()
    tree = re.search(r'<nav aria-label="Sơ đồ trang".*?</nav>', html, re.S).group(0)
    for path in REGISTER_PATHS:
        assert f'href="{path}"' in tree
    assert "Văn bản" in tree and "Công báo" in tree and "Lấy ý kiến dự thảo" in tree


# --- sitemap.xml ------------------------------------------------------------------------------------


def locs(xml: str) -> list[str]:
    return re.findall(r"<loc>(.*?)</loc>", xml)


def test_sitemap_index_has_a_sitemap_per_register_with_only_public_items(client, registers):
    host = "localhost:8101"  # the address the reader used, not the Site record's localhost:80
    index = client.get("/sitemap.xml", HTTP_HOST=host)
    assert index.status_code == 200 and "<sitemapindex" in index.content.decode()
    sitemaps = locs(index.content.decode())
    expected = ["trang", "thong-tin", "van-ban", "cong-bao", "lay-y-kien", "hoi-dap", "phan-anh-kien-nghi"]
    # The registers of other apps (projects, schedules…) have their sitemaps too; these are in this order.
    assert [url for url in sitemaps if url.split("sitemap-")[1][:-4] in expected] == [
        f"http://{host}/sitemap-{code}.xml" for code in expected
    ]

    def urls(code):
        response = client.get(f"/sitemap-{code}.xml", HTTP_HOST=host)
        assert response.status_code == 200
        return locs(response.content.decode())

    absolute = lambda item: f"http://{host}{item.get_absolute_url()}"  # noqa: E731
    assert urls("thong-tin") == [f"http://{host}/gioi-thieu-cong/", f"http://{host}/bao-ve-du-lieu-ca-nhan/"]
    assert absolute(registers["document"]) in urls("van-ban")
    assert absolute(registers["draft_document"]) not in urls("van-ban")
    assert urls("cong-bao") == [absolute(registers["issue"])]
    assert urls("lay-y-kien") == [absolute(registers["consultation"])]
    assert urls("hoi-dap") == [absolute(registers["question"])]  # not the unpublished one
    assert urls("phan-anh-kien-nghi") == [absolute(registers["petition"])]
    pages = urls("trang")
    assert f"http://{host}/" in pages and f"http://{host}{registers['article'].url}" in pages
    assert all(url.startswith(f"http://{host}/") for code in expected for url in urls(code))
    assert client.get("/sitemap-khong-co.xml").status_code == 404


def test_withdrawn_items_leave_sitemap_and_search(client, registers):
    document, question = registers["document"], registers["question"]
    document.unpublish()
    board = _board()
    question.public_until = None
    question.save(update_fields=["public_until"])
    citizen_actions.unpublish_answer(question, "Văn bản căn cứ đã hết hiệu lực", acting_user=board)
    assert document.get_absolute_url() not in client.get("/sitemap-van-ban.xml").content.decode()
    assert question.get_absolute_url() not in client.get("/sitemap-hoi-dap.xml").content.decode()
    assert "van-ban" not in hit_kinds(client.get("/tim-kiem/", {"q": "307/2010"}))
    found = titles(client.get("/tim-kiem/", {"q": "quán cà phê"}))
    assert question.title not in found


def test_large_register_sitemaps_are_paged_with_bounded_queries(client, portal, monkeypatch):
    monkeypatch.setattr(RegisterSitemap, "limit", 5)
    counts = []
    for total in (6, 30):
        for i in range(total - (6 if counts else 0)):
            make_document(number=f"{len(counts)}{i}/2024/QĐ-UBND", summary=f"Quyết định thử số {i}")
        index = client.get("/sitemap.xml").content.decode()
        pages = (total + 4) // 5
        assert "http://testserver/sitemap-van-ban.xml" in locs(index)
        assert f"http://testserver/sitemap-van-ban.xml?p={pages}" in locs(index)
        assert len(locs(client.get(f"/sitemap-van-ban.xml?p={pages}").content.decode())) == total - 5 * (
            pages - 1
        )
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/sitemap-van-ban.xml?p=2").status_code == 200
        counts.append(len(queries))
        with CaptureQueriesContext(connection) as queries:
            client.get("/sitemap.xml")
        counts.append(len(queries))
    assert counts[0] == counts[2] and counts[1] == counts[3], counts
    assert client.get("/sitemap-van-ban.xml?p=99").status_code == 404


def test_member_portal_sitemap_lists_its_own_pages_on_its_own_host(client, registers, member):
    index = client.get("/sitemap.xml", HTTP_HOST="sogd.localhost")
    assert locs(index.content.decode()) == ["http://sogd.localhost/sitemap-trang.xml"]
    pages = locs(client.get("/sitemap-trang.xml", HTTP_HOST="sogd.localhost").content.decode())
    assert "http://sogd.localhost/" in pages
    assert f"http://sogd.localhost{member['article'].get_url_parts()[2]}" in pages
    assert not any(registers["article"].url in url for url in pages)
    # The registers are the provincial portal's: one address each, in its sitemaps only.
    assert client.get("/sitemap-van-ban.xml", HTTP_HOST="sogd.localhost").status_code == 404


# --- One search ---------------------------------------------------------------------------------------


def titles(response) -> list[str]:
    return [strip_tags(hit["title"]) for hit in response.context["hits"]]


def hit_kinds(response) -> list[str]:
    return [hit["kind"] for hit in response.context["hits"]]


@pytest.mark.parametrize(
    ("query", "kind", "label", "title"),
    [
        ("307/2010", "van-ban", "Văn bản", "Nghị định 307/2010/NĐ-CP"),
        ("vien chuc nganh giao duc", "van-ban", "Văn bản", "Nghị định 307/2010/NĐ-CP"),
        ("hộ kinh doanh", "hoi-dap", "Hỏi – đáp", "Điều kiện mở quán cà phê"),
        ("ho kinh doanh", "hoi-dap", "Hỏi – đáp", "Điều kiện mở quán cà phê"),
        ("cong bao so 15", "cong-bao", "Công báo", "Công báo số 15/2024"),
        (
            "chợ nông thôn",
            "lay-y-kien",
            "Dự thảo lấy ý kiến",
            "Dự thảo Quy chế phối hợp quản lý chợ nông thôn",
        ),
        (
            "dao duong",
            "phan-anh-kien-nghi",
            "Phản ánh, kiến nghị",
            "Kiến nghị đơn giản hóa thủ tục cấp phép đào đường",
        ),
        ("hộ kinh doanh", "trang", "Tin / bài", "Hội nghị về đăng ký hộ kinh doanh"),
    ],
)
def test_search_finds_each_kind_and_shows_its_label(client, registers, query, kind, label, title):
    response = client.get("/tim-kiem/", {"q": query})
    hits = [hit for hit in response.context["hits"] if strip_tags(hit["title"]) == title]
    assert hits, f"{query!r} did not find {title!r}: {titles(response)}"
    assert hits[0]["kind"] == kind
    html = response.content.decode()
    item_html = html[html.index(str(hits[0]["title"])) :].split("</li>")[0]
    assert f'<span class="search-result__kind">{label}</span>' in item_html
    assert f'href="{hits[0]["url"]}"' in html and client.get(hits[0]["url"]).status_code == 200


def test_search_never_shows_what_is_not_public(client, registers):
    assert titles(client.get("/tim-kiem/", {"q": "thuy loi noi dong"})) == []  # draft document
    assert titles(client.get("/tim-kiem/", {"q": "nuôi ong"})) == []  # answer not published


def test_search_filters_by_kind_and_counts_each(client, registers):
    everything = client.get("/tim-kiem/", {"q": "hộ kinh doanh"})
    assert set(hit_kinds(everything)) == {"trang", "hoi-dap"}
    options = {option["code"]: option["count"] for option in everything.context["kind_options"]}
    assert options["trang"] == 1 and options["hoi-dap"] == 1 and options["van-ban"] == 0
    assert '<option value="hoi-dap">Hỏi – Đáp (1)</option>' in everything.content.decode()
    only_answers = client.get("/tim-kiem/", {"q": "hộ kinh doanh", "loai": "hoi-dap"})
    assert hit_kinds(only_answers) == ["hoi-dap"]
    assert '<option value="hoi-dap" selected>' in only_answers.content.decode()
    # An unknown kind is ignored, not an error.
    assert set(hit_kinds(client.get("/tim-kiem/", {"q": "hộ kinh doanh", "loai": "xyz"}))) == {
        "trang",
        "hoi-dap",
    }


def test_search_pages_keep_the_filters(client, registers, settings):
    settings.CONG_PAGE_SIZE = 1
    first = client.get("/tim-kiem/", {"q": "hộ kinh doanh", "loai": "hoi-dap"})
    assert first.context["page_obj"].paginator.num_pages == 1
    both = client.get("/tim-kiem/", {"q": "hộ kinh doanh"})
    assert both.context["page_obj"].paginator.num_pages == 2
    assert "q=h%E1%BB%99+kinh+doanh&amp;page=2" in both.content.decode()
    narrowed = client.get("/tim-kiem/", {"q": "ho kinh doanh", "cong": "1"})
    assert "cong=1" in narrowed.context["filter_query"]


def test_provincial_search_covers_member_portals_and_filters_by_portal(client, registers, member, portal):
    everything = client.get("/tim-kiem/", {"q": "hộ kinh doanh"})
    found = titles(everything)
    assert "Tuyển sinh lớp 10 và hộ kinh doanh cá thể" in found and "Điều kiện mở quán cà phê" in found
    portals = {strip_tags(hit["title"]): hit["portal"] for hit in everything.context["hits"]}
    assert portals["Tuyển sinh lớp 10 và hộ kinh doanh cá thể"] == "Sở Giáo dục"
    assert portals["Điều kiện mở quán cà phê"] == portal.site.site_name
    only_member = client.get("/tim-kiem/", {"q": "hộ kinh doanh", "cong": member["site"].pk})
    assert titles(only_member) == ["Tuyển sinh lớp 10 và hộ kinh doanh cá thể"]
    only_province = titles(client.get("/tim-kiem/", {"q": "hộ kinh doanh", "cong": portal.site.pk}))
    assert "Tuyển sinh lớp 10 và hộ kinh doanh cá thể" not in only_province
    assert {"Hội nghị về đăng ký hộ kinh doanh", "Điều kiện mở quán cà phê"} <= set(only_province)
    assert "Sở Giáo dục</option>" in everything.content.decode()
    # A portal number that is malformed, unknown or too large for the database searches every portal.
    for bad in ("abc", "-1", "99999", "9" * 40):
        assert len(titles(client.get("/tim-kiem/", {"q": "hộ kinh doanh", "cong": bad}))) == len(found)


def test_member_portal_search_covers_itself_and_the_provinces_registers(client, registers, member):
    response = client.get("/tim-kiem/", {"q": "hộ kinh doanh", "cong": "1"}, HTTP_HOST="sogd.localhost")
    found = titles(response)
    assert "Tuyển sinh lớp 10 và hộ kinh doanh cá thể" in found
    assert "Điều kiện mở quán cà phê" in found  # the province's Q&A, served on this host too
    assert "Hội nghị về đăng ký hộ kinh doanh" not in found  # another portal's article
    assert 'name="cong"' not in response.content.decode()  # no portal filter on a member portal


KINDS_SEARCHED_HERE = ("trang", "van-ban", "cong-bao", "lay-y-kien", "hoi-dap", "phan-anh-kien-nghi")


def test_search_queries_do_not_grow_with_the_registers(client, portal, settings):
    settings.CONG_PAGE_SIZE = 100  # every hit of every kind on the page shown
    section = portal.section("Tin tức")
    counts = []
    for total in (2, 12):
        for i in range(total - (2 if counts else 0)):
            n = f"{total}{i}"
            portal.article(section, title=f"Bản tin kiểm định {n}", revision=False)
            make_document(number=f"{n}/2024/QĐ-UBND", summary=f"Quyết định kiểm định số {n}")
            make_consultation(title=f"Dự thảo kiểm định {n}", slug=f"du-thao-{n}")
            answered(f"Hỏi kiểm định {n}", "Nội dung hỏi.", f"Trả lời kiểm định {n}.")
            answered(f"Kiến nghị kiểm định {n}", "Nội dung.", "Đã xử lý.", kind=Question.Kind.PETITION)
        client.get("/tim-kiem/", {"q": "kiem dinh"})
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/tim-kiem/", {"q": "kiem dinh"})
        counted = {option["code"]: option["count"] for option in response.context["kind_options"]}
        others = {code: counted.pop(code) for code in list(counted) if code not in KINDS_SEARCHED_HERE}
        assert set(others.values()) <= {0}  # the registers of other apps: nothing of theirs matches
        assert counted == {
            "trang": total,
            "van-ban": total,
            "cong-bao": 0,
            "lay-y-kien": total,
            "hoi-dap": total,
            "phan-anh-kien-nghi": total,
        }
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
    from cong.portal.tests.test_queries import query_limit

    assert counts[1] <= query_limit("search") + 5


def test_registers_are_linked_under_their_heading_in_the_footer_home_and_site_map(client, portal):
    """Many registers (issue 14) read as groups: a reader looking for a leader's schedule scans «Chỉ đạo,
    điều hành», not one long row of links."""
    from cong.portal import registers as registry
    from cong.portal.registers import DIRECTION, PublicRegister, grouped_registers

    entry = PublicRegister(
        code="thu-nghiem-nhom",
        name="Danh mục thử nghiệm",
        hit_label="Thử nghiệm",
        url_name="legal:documents",
        description="Một danh mục chỉ để kiểm thử nhóm.",
        public_items=lambda: GazetteIssue.objects.none(),
        describe=lambda item: None,
        lastmod_field="last_published_at",
        group=DIRECTION,
    )
    registry.register(entry)
    try:
        groups = dict(grouped_registers())
        assert "thu-nghiem-nhom" in [e.code for e in groups[DIRECTION]]  # with the schedules' own
        assert "thu-nghiem-nhom" not in [e.code for e in groups["Tra cứu, hỏi đáp"]]
        for path, start in (("/", '<footer class="site-footer">'), ("/", 'class="home-aside"'),
                            ("/so-do-trang/", "<h1>")):  # fmt: skip
            html = client.get(path).content.decode().split(start, 1)[1]
            heading = html.index("Chỉ đạo, điều hành")
            assert html.index("Danh mục thử nghiệm", heading) > heading, path
    finally:
        registry._registry.pop("thu-nghiem-nhom")
