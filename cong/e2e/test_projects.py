"""Journey (issue 14, open government information): a visitor reads the province's projects and budget.

From the home page the visitor reaches /du-an/, keeps the projects under way (status filter), opens one
and reads its LC-10.4.c facts with the budget in Vietnamese number format; then opens /ngan-sach/, the
current year's estimate, and reads its table."""

import re

import pytest

pytestmark = pytest.mark.e2e


def test_visitor_filters_projects_by_status_and_reads_a_budget_table(portal, visitor):
    visitor.goto(portal.url("/"))
    visitor.locator("footer").get_by_role("link", name="Dự án, đầu tư").click()
    visitor.wait_for_url(re.compile(r"/du-an/$"))
    assert visitor.get_by_role("heading", level=1).inner_text() == "Dự án, hạng mục đầu tư"

    visitor.locator("select[name=status]").select_option(label="Đang thực hiện")
    with visitor.expect_navigation():
        visitor.get_by_role("button", name="Lọc dự án").click()
    assert "status=ongoing" in visitor.url
    rows = visitor.locator("main table tbody tr")
    assert rows.count() >= 3
    for text in rows.all_inner_texts():
        assert "Đang thực hiện" in text and "Đã hoàn thành" not in text

    visitor.get_by_role("link", name="Đường giao thông liên xã Tân Lập – Hòa Bình").click()
    visitor.wait_for_url(re.compile(r"/du-an/\d+/$"))
    facts = visitor.locator("main dl").inner_text()
    for text in ("Mục tiêu chính", "Nâng cấp 12 km đường liên xã", "Loại hình tài trợ", "Nhà tài trợ",
                 "45.500.000.000 đồng", "1234/QĐ-UBND"):  # fmt: skip
        assert text in facts, text
    assert "Thông báo mời thầu gói thầu số 05" in visitor.locator("main").inner_text()

    # A status that does not exist: a message and every project, never an error page.
    visitor.goto(portal.url("/du-an/?status=xyz"))
    assert "không có trong danh mục" in visitor.get_by_role("alert").inner_text()

    visitor.goto(portal.url("/ngan-sach/"))
    visitor.get_by_role("link", name=re.compile(r"^Dự toán thu, chi ngân sách địa phương năm \d{4}$")).click()
    visitor.wait_for_url(re.compile(r"/ngan-sach/\d+/$"))
    table = visitor.locator("main table")
    assert "đơn vị tính: triệu đồng" in table.locator("caption").inner_text()
    row = table.locator("tbody tr", has_text="TỔNG CHI NGÂN SÁCH ĐỊA PHƯƠNG")
    assert row.locator("td.num").inner_text() == "9.870.500"


# Each page type of the four registers: a fixed address, or (list, pattern of the first record's address).
PAGE_TYPES = {
    "dự án": "/du-an/?status=xyz",  # with its message for a bad status
    "một dự án": ("/du-an/", r'href="(/du-an/\d+/)"'),
    "đấu thầu": "/dau-thau/",
    "một thông báo": ("/dau-thau/", r'href="(/dau-thau/\d+/)"'),
    "quy hoạch, kế hoạch": "/quy-hoach-ke-hoach/",
    "một quy hoạch có bản đồ": (
        "/quy-hoach-ke-hoach/?kind=socio_economic",
        r'href="(/quy-hoach-ke-hoach/\d+/)"',
    ),
    "ngân sách": "/ngan-sach/",
    "một bảng ngân sách": ("/ngan-sach/", r'href="(/ngan-sach/\d+/)"'),
}


@pytest.fixture(scope="module")
def register_pages(portal):
    from .web import fetch

    found = {}
    for name, spec in PAGE_TYPES.items():
        if isinstance(spec, str):
            found[name] = portal.url(spec)
            continue
        listing, pattern = spec
        link = re.search(pattern, fetch(portal.url(listing)).text)
        assert link, f"no link to a {name} on {listing}"
        found[name] = portal.url(link.group(1))
    return found


def test_register_pages_pass_the_html_checker_and_axe(register_pages, new_context, tmp_path):
    import json
    import shutil
    import subprocess

    from .conftest import skip_or_fail
    from .test_html_and_accessibility import AXE_JS, VNU_JAR, WCAG_21_AA
    from .web import fetch

    if not shutil.which("java") or not VNU_JAR.exists() or not AXE_JS.exists():
        skip_or_fail("Java, vnu-jar or axe-core is missing (see cong/e2e/conftest.py)")
    files = {}
    for number, (name, url) in enumerate(register_pages.items()):
        response = fetch(url)
        assert response.status == 200, f"{name}: {url} answered {response.status}"
        files[f"page-{number}.html"] = name
        (tmp_path / f"page-{number}.html").write_bytes(response.body)
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *sorted(files)],
        cwd=tmp_path, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [f"{files[m['url'].rsplit('/', 1)[-1]]}, line {m.get('lastLine')}: {m['message']}"
              for m in messages if m.get("type") == "error"]  # fmt: skip
    assert errors == [], "\n".join(errors)

    page = new_context(bypass_csp=True).new_page()
    violations = []
    for name, url in register_pages.items():
        page.goto(url)
        page.add_script_tag(path=str(AXE_JS))
        found = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
            WCAG_21_AA,
        )
        for violation in found["violations"]:
            targets = ", ".join(" ".join(node["target"]) for node in violation["nodes"][:3])
            violations.append(f"{name} ({url}): {violation['id']} — {violation['help']}: {targets}")
    assert violations == [], "\n".join(violations)
