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
