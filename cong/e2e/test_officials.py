"""Journey (issue 14): a visitor finds an official in the directory without typing diacritics and saves
their vCard, then reads a spokesperson's statement (LC-9.1.k, BK-3.3.g, LC-9.2, HG-8.3)."""

import re
from pathlib import Path

import pytest

from cong.officials.tests.test_vcard import parse_vcard, unescape

pytestmark = pytest.mark.e2e


def test_visitor_searches_the_directory_downloads_a_vcard_and_reads_a_statement(portal, visitor):
    visitor.goto(portal.url("/"))
    visitor.locator("footer").get_by_role("link", name="Danh bạ", exact=True).click()
    visitor.wait_for_url(re.compile(r"/danh-ba/$"))
    search = visitor.get_by_role("search", name="Tìm trong danh bạ")
    search.get_by_label("Họ tên, chức vụ, đơn vị (có dấu hoặc không dấu)").fill("nguyen van")
    with visitor.expect_navigation():
        search.get_by_role("button", name="Tìm trong danh bạ").click()
    assert "q=nguyen+van" in visitor.url
    table = visitor.locator("main table")
    first = table.locator("tbody tr").first.locator("th").inner_text().strip()
    assert first.startswith("Nguyễn Văn"), first  # typed without diacritics, found with them
    assert "Trần" not in table.inner_text()

    with visitor.expect_download() as download_info:
        table.get_by_role("link", name=f"Tải vCard của {first}").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".vcf")
    properties = parse_vcard(Path(download.path()).read_bytes())
    values = {name: value for name, _params, value in properties}
    assert unescape(values["FN"]) == first and "@" in values["EMAIL"]

    visitor.goto(portal.url("/"))
    visitor.locator("footer").get_by_role("link", name="Phát ngôn", exact=True).click()
    visitor.wait_for_url(re.compile(r"/phat-ngon/$"))
    spokespersons = visitor.locator("section", has=visitor.get_by_role("heading", name="Người phát ngôn"))
    assert "Sở Tài chính" in spokespersons.inner_text()
    statements = visitor.locator(
        "section", has=visitor.get_by_role("heading", name="Phát ngôn, thông cáo báo chí")
    )
    link = statements.locator("h3 a").first
    title = link.inner_text().strip()
    link.click()
    visitor.wait_for_url(re.compile(r"/phat-ngon/\d+/$"))
    assert visitor.get_by_role("heading", level=1).inner_text().strip() == title
    facts = visitor.locator("main dl").inner_text()
    assert re.search(r"\d{2}/\d{2}/\d{4}", facts) and "Người ký" in facts and "Người phát ngôn" in facts
