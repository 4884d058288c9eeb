"""Journey (issue 15): a person finds an administrative procedure, reads its page and looks up a dossier.

From the home page's link to the catalogue, a search typed without diacritics finds the procedure; its page
names the agency and the service level and carries schema.org GovernmentService; the lookup by the code on
a receipt shows status and dates only, and an unknown code gets a clear Vietnamese message."""

import json
import re

import pytest

from cong.demo.services import SAMPLE_CODE

pytestmark = pytest.mark.e2e


def test_search_a_procedure_read_it_and_look_up_a_dossier(portal, visitor):
    visitor.goto(portal.url("/"))
    visitor.locator("footer").get_by_role("link", name="Thủ tục hành chính").first.click()
    visitor.wait_for_url(re.compile(r"/thu-tuc-hanh-chinh/$"))
    visitor.get_by_label("Tên hoặc mã thủ tục").fill("cap giay chung nhan dang ky dau tu")
    with visitor.expect_navigation():
        visitor.get_by_role("button", name="Tìm thủ tục").click()
    assert "Có 1 thủ tục phù hợp" in visitor.locator("main").inner_text()
    with visitor.expect_navigation():
        visitor.get_by_role("link", name="Cấp Giấy chứng nhận đăng ký đầu tư").click()
    main = visitor.locator("main").inner_text()
    assert "Sở Tài chính" in main and "Thành phần hồ sơ" in main and "Mức độ dịch vụ công trực tuyến" in main
    data = json.loads(visitor.locator('script[type="application/ld+json"]').first.text_content())
    assert data["@type"] == "GovernmentService" and data["provider"]["name"] == "Sở Tài chính"

    with visitor.expect_navigation():
        visitor.get_by_role("link", name="Tra cứu tình trạng hồ sơ đã nộp").click()
    visitor.get_by_label("Mã hồ sơ").fill("H12.99-999999")
    with visitor.expect_navigation():
        visitor.get_by_role("button", name="Tra cứu").click()
    assert "Không tìm thấy hồ sơ với mã này" in visitor.locator("main").inner_text()
    visitor.get_by_label("Mã hồ sơ").fill(SAMPLE_CODE.lower())
    with visitor.expect_navigation():
        visitor.get_by_role("button", name="Tra cứu").click()
    result = visitor.locator("main").inner_text()
    assert (
        f"Hồ sơ {SAMPLE_CODE}" in result and "Đang giải quyết" in result and "Ngày hẹn trả kết quả" in result
    )


def test_the_services_pages_pass_the_html_checker_and_axe(portal, new_context, tmp_path):
    """A lookup result (a page only a POST shows; the catalogue, a procedure, the statistics and the lookup
    form are in test_html_and_accessibility.py): no error of the Nu HTML checker, no WCAG 2.1 A/AA
    violation of axe."""
    import shutil
    import subprocess

    from .conftest import skip_or_fail
    from .test_html_and_accessibility import AXE_JS, VNU_JAR, WCAG_21_AA

    if not shutil.which("java") or not VNU_JAR.exists() or not AXE_JS.exists():
        skip_or_fail("Java, vnu-jar or axe-core is missing (see cong/e2e/test_html_and_accessibility.py)")
    page = new_context(bypass_csp=True).new_page()
    page.goto(portal.url("/tra-cuu-ho-so/"))
    page.get_by_label("Mã hồ sơ").fill(SAMPLE_CODE)
    with page.expect_navigation():
        page.get_by_role("button", name="Tra cứu").click()
    bodies = [page.content().encode()]
    for number, body in enumerate(bodies):
        (tmp_path / f"page-{number}.html").write_bytes(body)
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json",
         *(f"page-{n}.html" for n in range(len(bodies)))],
        cwd=tmp_path, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    errors = [m for m in json.loads(result.stderr or result.stdout)["messages"] if m.get("type") == "error"]
    assert errors == [], errors
    violations = []

    def check(where):
        page.add_script_tag(path=str(AXE_JS))
        found = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
            WCAG_21_AA,
        )
        violations.extend(f"{where}: {v['id']} — {v['help']}" for v in found["violations"])

    check("kết quả tra cứu")
    assert violations == [], "\n".join(violations)
