"""Journey 6 (issue 12): the regulation as people meet it in the running portal.

A visitor finds the portal's terms from the footer; the administrator reads the regulation profile in
Vietnamese and confirms an estimated holiday on the working calendar; an agency that received a question
outside its competence transfers it (ST-24.3) and the asker is told where it went."""

import re
import secrets

import pytest

from .conftest import mail_text
from .questions import ask_question, route_question

pytestmark = pytest.mark.e2e


def test_visitor_finds_the_terms_of_the_portal_from_the_footer(portal, visitor):
    visitor.goto(portal.url("/"))
    visitor.locator("footer").get_by_role("link", name="Giới thiệu, điều khoản sử dụng").click()
    visitor.wait_for_url(re.compile(r"/gioi-thieu-cong/$"))
    main = visitor.locator("main").inner_text()
    # Who owns the portal and the instrument it follows come from the active (national) profile.
    assert "Ủy ban nhân dân tỉnh" in main and "Nghị định 43/2011/NĐ-CP" in main


def test_administrator_reads_the_profile_and_confirms_an_estimated_day(portal, sign_in):
    admin = sign_in("quantri", "/quan-tri/ho-so-quy-dinh/")
    profile = admin.locator("main").inner_text()
    assert "Thời điểm bắt đầu tính" in profile and "Chưa áp dụng" in profile
    assert "next_working_day" not in profile and "calendar.counting.start" not in profile

    admin.goto(portal.url("/quan-tri/lich-lam-viec/?nam=2026"))
    table = admin.locator("main table").inner_text()
    assert "02/01/2026" in table and "12729/VPCP-KGVX" in table and "10/01/2026" in table
    row = admin.locator("main table tr", has_text="17/02/2026")
    assert "Dự kiến" in row.inner_text()
    row.locator("input[name=instrument]").fill("Thông báo nghỉ Tết Bính Ngọ 2026 (thử nghiệm)")
    with admin.expect_navigation():
        row.get_by_role("button", name="Xác nhận").click()
    assert "Đã xác nhận ngày 17/02/2026" in admin.content()
    row = admin.locator("main table tr", has_text="17/02/2026")
    assert "Dự kiến" not in row.inner_text() and "thử nghiệm" in row.inner_text()


def test_agency_transfers_a_question_outside_its_competence(portal, visitor, sign_in):
    """ST-24.3: «… không thuộc thẩm quyền của cơ quan mình thì trong vòng 02 ngày phải trả lời cho người hỏi
    biết, đồng thời có trách nhiệm chuyển câu hỏi đến các cơ quan có thẩm quyền»."""
    title = f"Thủ tục cấp phép xây dựng nhà ở riêng lẻ {secrets.token_hex(2)}"
    ask_question(
        visitor, portal, full_name="Hoàng Văn Nam", email="hoang.nam@example.com", phone="0987654321",
        title=title, content="Tôi muốn xây nhà hai tầng ở phường trung tâm, cần giấy tờ gì?",
    )  # fmt: skip
    route_question(sign_in, title, "Sở Nông nghiệp và Môi trường")

    # The department sees it is not theirs, tells the asker and sends it on to the Department of Finance.
    head = sign_in("gd.sonnmt", "/quan-tri/hoi-dap/")
    head.get_by_role("link", name=title).click()
    transfer = head.locator("form:has(input[name=action][value=transfer])")
    target = transfer.locator("select[name=agency] option", has_text="Tài chính").first.inner_text().strip()
    transfer.locator("select[name=agency]").select_option(label=target)
    transfer.locator("textarea[name=reason]").fill("Cấp phép xây dựng thuộc thẩm quyền của cơ quan khác.")
    with head.expect_navigation():
        transfer.locator("button[type=submit]").click()
    assert f"Đã báo người hỏi và chuyển câu hỏi đến {target}" in head.content()

    mail = portal.wait_for_mail(lambda m: "hoang.nam@example.com" in m["To"] and target in mail_text(m))
    assert "Cấp phép xây dựng thuộc thẩm quyền của cơ quan khác." in mail_text(mail)
