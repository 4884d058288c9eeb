"""Journey (issue 14, statistics): a visitor opens /thong-ke/, opens a release, reads its chart and the
table beside it, downloads the figures as CSV; the page — chart included — passes axe (WCAG 2.1 A/AA), and
so do the statistics list, the science list and an accepted programme's page."""

import csv
import io

import pytest

from .conftest import NPM_DIR, skip_or_fail

pytestmark = pytest.mark.e2e

AXE_JS = NPM_DIR / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def test_visitor_reads_a_statistics_release_and_downloads_its_figures(portal, visitor, new_context):
    visitor.goto(portal.url("/"))
    visitor.locator("footer").get_by_role("link", name="Thống kê", exact=True).click()
    visitor.wait_for_url("**/thong-ke/")
    visitor.get_by_role("link", name="Dân số trung bình", exact=False).first.click()
    visitor.wait_for_url("**/thong-ke/*/")

    chart = visitor.get_by_role("img", name="Dân số trung bình", exact=False)
    assert chart.count() == 1
    description = chart.locator("desc").text_content()
    assert "Nam: cao nhất Thành phố Hòa Sơn 61.240 người" in description
    table = visitor.get_by_role("table", name="Bảng số liệu", exact=False)
    assert "61.240" in table.inner_text() and "Huyện Tân Lập" in table.inner_text()

    with visitor.expect_download() as download_info:
        visitor.get_by_role("link", name="CSV", exact=True).click()
    path = download_info.value.path()
    rows = list(csv.reader(io.StringIO(open(path, encoding="utf-8-sig").read())))
    assert rows[0] == ["Huyện/thành phố", "Nam", "Nữ"] and rows[1] == ["Thành phố Hòa Sơn", "61240", "60850"]

    if not AXE_JS.exists():
        skip_or_fail(f"{AXE_JS} is missing (npm install --prefix {NPM_DIR.parent} axe-core)")
    page = new_context(bypass_csp=True).new_page()  # the CSP allows no injected script otherwise
    violations = []
    # The release page with its chart, and the registers' other page types on the way.
    for url in (visitor.url, portal.url("/thong-ke/"), portal.url("/khoa-hoc-cong-nghe/"),
                portal.url("/khoa-hoc-cong-nghe/?status=accepted")):  # fmt: skip
        page.goto(url)
        if url.endswith("status=accepted"):
            page.get_by_role("table").get_by_role("link").first.click()
            page.wait_for_url("**/khoa-hoc-cong-nghe/*/")
            assert "Hội đồng khoa học nghiệm thu ngày" in page.locator("main").inner_text()
        page.add_script_tag(path=str(AXE_JS))
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
            WCAG_21_AA,
        )
        violations += [
            f"{page.url}: {v['id']} [{v['impact']}] — {v['help']}: "
            + ", ".join(" ".join(n["target"]) for n in v["nodes"][:3])
            for v in result["violations"]
        ]
    assert violations == [], "\n".join(violations)
