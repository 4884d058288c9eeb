"""Journey 6: one page of every public page type passes the Nu HTML checker (vnu-jar, run with Debian's
Java) with no error, and axe-core (injected into the page in Chromium) finds no WCAG 2.1 A/AA violation."""

import html
import json
import re
import shutil
import subprocess

import pytest

from .conftest import NPM_DIR, skip_or_fail
from .web import fetch

pytestmark = pytest.mark.e2e

VNU_JAR = NPM_DIR / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_JS = NPM_DIR / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# Each public page type: either a fixed address, or (list page, pattern whose group is the address of the
# first page of that type linked from it).
PAGE_TYPES = {
    "trang chủ": "/",
    "chuyên mục": "/tin-tuc-su-kien/",
    "tin bài": ("/tin-tuc-su-kien/", r'class="card__title"><a href="([^"]+)"'),
    "chuyên đề": "/chuyen-doi-so/",
    "giới thiệu": "/gioi-thieu/",
    "tin từ các cơ quan": "/tin-tu-cac-co-quan/",
    "tìm kiếm": "/tim-kiem/?q=ch%E1%BA%A5t+l%C6%B0%E1%BB%A3ng",
    "sơ đồ trang": "/so-do-trang/",
    "hỏi – đáp": "/hoi-dap/",
    "câu hỏi đã trả lời": ("/hoi-dap/", r'href="(/hoi-dap/\d+/)"'),
    "đặt câu hỏi": "/hoi-dap/dat-cau-hoi/",
    "tra cứu câu hỏi": "/hoi-dap/tra-cuu/",
    "phản ánh, kiến nghị": "/phan-anh-kien-nghi/",
    "một phản ánh": ("/phan-anh-kien-nghi/", r'href="(/phan-anh-kien-nghi/\d+/)"'),
    "gửi phản ánh": "/phan-anh-kien-nghi/gui/",
    "văn bản": "/van-ban/",
    "một văn bản": ("/van-ban/", r'href="(/van-ban/\d+/)"'),
    "công báo": "/cong-bao/",
    "một số công báo": ("/cong-bao/", r'href="(/cong-bao/\d{4}/[^/"]+/)"'),
    "lấy ý kiến": "/lay-y-kien/",
    "một dự thảo": ("/lay-y-kien/", r'href="(/lay-y-kien/[^/"?#]+/)"'),
    "bảo vệ dữ liệu cá nhân": "/bao-ve-du-lieu-ca-nhan/",
    "không tìm thấy (404)": "/khong-co-trang-nay/",
    # The English portal (ND43-13): home, an introduction page, an article, a page shown untranslated.
    "tiếng Anh: trang chủ": "/en/",
    "tiếng Anh: giới thiệu": "/en/about/",
    "tiếng Anh: tin bài": "/en/news/provincial-news/ben-ngu-bridge-opens/",
    "tiếng Anh: chưa dịch": "/en/chi-dao-dieu-hanh/",
    "tiếng Anh: không tìm thấy (404)": "/en/no-such-page/",
    # Registers (issue 14): direction and administration
    "lịch công tác (tuần)": "/lich-cong-tac/",
    "lịch công tác, tìm kiếm": "/lich-cong-tac/?q=hop",
    "lịch công tác, tuần sai": "/lich-cong-tac/?week=2026-W60",
    "một lịch công tác": ("/lich-cong-tac/", r'href="(/lich-cong-tac/\d+/)"'),
    "giấy mời họp": "/giay-moi-hop/",
    "một giấy mời họp": ("/giay-moi-hop/", r'href="(/giay-moi-hop/\d+/)"'),
    "lịch tiếp công dân": "/lich-tiep-cong-dan/",
    "một buổi tiếp công dân": ("/lich-tiep-cong-dan/", r'href="(/lich-tiep-cong-dan/\d+/)"'),
    "lãnh đạo": "/lanh-dao/",
    "một lãnh đạo": ("/lanh-dao/", r'href="(/lanh-dao/\d+/)"'),
    "danh bạ": "/danh-ba/?q=nguyen+van",
    "một người trong danh bạ": ("/danh-ba/", r'href="(/danh-ba/\d+/)"'),
    "phát ngôn": "/phat-ngon/?kind=xyz",
    "một phát ngôn": ("/phat-ngon/", r'href="(/phat-ngon/\d+/)"'),
    "người phát ngôn": "/phat-ngon/nguoi-phat-ngon/",
    "một người phát ngôn": ("/phat-ngon/", r'href="(/phat-ngon/nguoi-phat-ngon/\d+/)"'),
    "khen thưởng, xử lý vi phạm": "/khen-thuong-xu-ly/",
    "một quyết định khen thưởng, xử lý": ("/khen-thuong-xu-ly/", r'href="(/khen-thuong-xu-ly/\d+/)"'),
    # Registers (issue 14): open government information
    "dự án": "/du-an/?status=xyz",  # with its message for a bad status
    "một dự án": ("/du-an/", r'href="(/du-an/\d+/)"'),
    "đấu thầu": "/dau-thau/",
    "một thông báo đấu thầu": ("/dau-thau/", r'href="(/dau-thau/\d+/)"'),
    "quy hoạch, kế hoạch": "/quy-hoach-ke-hoach/",
    "một quy hoạch có bản đồ": (
        "/quy-hoach-ke-hoach/?kind=socio_economic",
        r'href="(/quy-hoach-ke-hoach/\d+/)"',
    ),
    "ngân sách": "/ngan-sach/",
    "một bảng ngân sách": ("/ngan-sach/", r'href="(/ngan-sach/\d+/)"'),
    "thống kê": "/thong-ke/",
    "một số liệu thống kê có biểu đồ": ("/thong-ke/", r'href="(/thong-ke/\d+/)"'),
    "khoa học và công nghệ": "/khoa-hoc-cong-nghe/",
    "một nhiệm vụ đã nghiệm thu": (
        "/khoa-hoc-cong-nghe/?status=accepted",
        r'href="(/khoa-hoc-cong-nghe/\d+/)"',
    ),
    # Administrative procedures (issue 15)
    "thủ tục hành chính": "/thu-tuc-hanh-chinh/",
    "thủ tục hành chính, tìm kiếm": "/thu-tuc-hanh-chinh/?q=dang+ky&service=mot-phan&page=abc",
    "thủ tục hành chính, lọc sai": "/thu-tuc-hanh-chinh/?field=khong-co",
    "một thủ tục": ("/thu-tuc-hanh-chinh/", r'href="(/thu-tuc-hanh-chinh/[0-9.]+/)"'),
    "thống kê hồ sơ": "/thu-tuc-hanh-chinh/thong-ke/",
    "tra cứu hồ sơ": "/tra-cuu-ho-so/",
}
MEMBER_HOME = "trang chủ cổng thành viên"


@pytest.fixture(scope="module")
def pages(portal):
    """The address of one page of each type (a member portal's home page included)."""
    found = {}
    for name, spec in PAGE_TYPES.items():
        if isinstance(spec, str):
            found[name] = portal.url(spec)
            continue
        listing, pattern = spec
        link = re.search(pattern, fetch(portal.url(listing)).text)
        assert link, f"no link to a {name} on {listing}"
        found[name] = portal.url(html.unescape(link.group(1)))
    found[MEMBER_HOME] = portal.member_portals()[0]
    return found


def test_nu_html_checker_finds_no_error(pages, tmp_path):
    if not shutil.which("java"):
        skip_or_fail("Java is not installed (apt-get install default-jre-headless)")
    if not VNU_JAR.exists():
        skip_or_fail(f"{VNU_JAR} is missing (npm install --prefix {NPM_DIR.parent} vnu-jar)")
    files = {}
    for number, (name, url) in enumerate(pages.items()):
        response = fetch(url)
        assert response.status == (404 if "404" in name else 200), f"{name}: {url} answered {response.status}"
        files[f"page-{number}.html"] = (name, url)
        (tmp_path / f"page-{number}.html").write_bytes(response.body)
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *sorted(files)],
        cwd=tmp_path, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [
        f"{files[message['url'].rsplit('/', 1)[-1]][0]} ({files[message['url'].rsplit('/', 1)[-1]][1]}), "
        f"line {message.get('lastLine')}: {message['message']}"
        for message in messages
        if message.get("type") == "error"
    ]
    assert errors == [], f"{len(errors)} errors:\n" + "\n".join(dict.fromkeys(errors))


def test_axe_finds_no_wcag_21_aa_violation(pages, new_context):
    if not AXE_JS.exists():
        skip_or_fail(f"{AXE_JS} is missing (npm install --prefix {NPM_DIR.parent} axe-core)")
    # The site's Content-Security-Policy allows no inline script: let the test inject axe-core.
    page = new_context(bypass_csp=True).new_page()
    violations = []
    for name, url in pages.items():
        page.goto(url)
        page.add_script_tag(path=str(AXE_JS))
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
            WCAG_21_AA,
        )
        for violation in result["violations"]:
            targets = ", ".join(" ".join(node["target"]) for node in violation["nodes"][:3])
            violations.append(
                f"{name} ({url}): {violation['id']} [{violation['impact']}] — {violation['help']}: {targets}"
            )
    assert violations == [], f"{len(violations)} violations:\n" + "\n".join(violations)
