"""Journey (issue 14, statistics): a visitor opens /thong-ke/, opens a release, reads its chart and the
table beside it, downloads the figures as CSV. The release page (chart included), the lists and an
accepted programme's page pass axe and the HTML checker in test_html_and_accessibility.py."""

import csv
import io

import pytest

pytestmark = pytest.mark.e2e


def test_visitor_reads_a_statistics_release_and_downloads_its_figures(portal, visitor):
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
