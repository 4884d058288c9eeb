"""Journey 3: a citizen asks a question and gets a receipt; the board routes it to the agency, the agency's
head answers, the board publishes; the citizen's lookup shows the answer, and the site search finds it."""

import secrets
from urllib.parse import quote

import pytest

from .conftest import mail_text
from .guide import guide_shot
from .questions import ask_question, route_question

pytestmark = pytest.mark.e2e

ANSWER = (
    "Hộ gia đình được hỗ trợ giống lúa chịu rét khi gieo cấy vụ Đông Xuân trên đất trồng lúa của xã; "
    "đăng ký tại Ủy ban nhân dân xã trước ngày 15 tháng Giêng."
)


def test_question_is_routed_answered_published_and_found(portal, visitor, sign_in):
    # A word no demo question has, so that the search finds this one.
    marker = f"giống lúa chịu rét {secrets.token_hex(2)}"
    title = f"Hỗ trợ {marker} cho hộ gia đình"

    # The citizen asks, as a private person.
    ask_question(
        visitor, portal, full_name="Lường Thị Hoa", email="luong.hoa@example.com", phone="0912345678",
        title=title, content="Gia đình tôi ở xã Nà Phặc muốn biết điều kiện được hỗ trợ giống lúa.",
    )  # fmt: skip
    receipt = visitor.locator(".qa-receipt")
    reference = receipt.locator("dd").first.inner_text().strip()
    code = receipt.locator(".qa-code").inner_text().strip()
    assert title in receipt.inner_text() and code

    # The receipt mail gives the reference and where to look it up, on the served address.
    mail = portal.wait_for_mail(lambda m: "luong.hoa@example.com" in m["To"] and reference in m["Subject"])
    assert code in mail_text(mail)
    assert portal.url("/hoi-dap/tra-cuu/") in mail_text(mail)

    # The board's secretary routes it to the Department of Agriculture and Environment.
    board, question_admin = route_question(sign_in, title, "Sở Nông nghiệp và Môi trường")
    assert "Đã chuyển đến Sở Nông nghiệp và Môi trường" in board.content()

    # The department's director answers.
    head = sign_in("gd.sonnmt", "/quan-tri/hoi-dap/")
    head.get_by_role("link", name=title).click()
    head.fill("textarea[name=body]", ANSWER)
    head.fill("input[name=signer_name]", "Lò Văn Thành")
    head.fill("input[name=signer_position]", "Giám đốc Sở")
    guide_shot(head, "4-tra-loi-cau-hoi")
    with head.expect_navigation():
        head.click("form:has(input[name=action][value=answer]) button[type=submit]")
    assert "Đã gửi câu trả lời" in head.content()

    # The board publishes the question with its answer.
    board.goto(question_admin)
    with board.expect_navigation():
        board.click("form:has(input[name=action][value=publish]) button[type=submit]")
    assert "Đã đăng câu hỏi và câu trả lời" in board.content()

    # The citizen looks the question up with the code and reads the answer.
    visitor.goto(portal.url("/hoi-dap/tra-cuu/"))
    visitor.fill("input[name=code]", code)
    with visitor.expect_navigation():
        visitor.click("main form button[type=submit]")
    answer = visitor.locator(".qa-answer")
    assert ANSWER in answer.inner_text() and "Sở Nông nghiệp và Môi trường" in answer.inner_text()
    answer.get_by_role("link", name="Xem trên Cổng").click()
    published_url = visitor.url
    assert ANSWER in visitor.locator("main").inner_text()

    # The site search finds the published answer.
    visitor.goto(portal.url(f"/tim-kiem/?q={quote(marker)}"))
    path = published_url.removeprefix(portal.base_url)
    assert visitor.locator(f"main a[href='{path}'], main a[href='{published_url}']").count() >= 1
