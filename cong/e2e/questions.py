"""Steps of the Hỏi – Đáp journeys shared by several tests: a citizen asks through the public form, the
board's secretary routes the question to an agency."""

from __future__ import annotations

import re


def ask_question(visitor, portal, *, full_name: str, email: str, phone: str, title: str, content: str):
    """The citizen fills in /hoi-dap/dat-cau-hoi/ as a private person, consents and sends; the page is then
    the receipt (biên nhận)."""
    visitor.goto(portal.url("/hoi-dap/dat-cau-hoi/"))
    visitor.check("input[name=asker_type][value=individual]")
    visitor.fill("input[name=full_name]", full_name)
    visitor.fill("input[name=email]", email)
    visitor.fill("input[name=phone]", phone)
    visitor.fill("input[name=title]", title)
    visitor.fill("textarea[name=content]", content)
    visitor.check("input[name=consent]")
    with visitor.expect_navigation(url=re.compile(r"/hoi-dap/bien-nhan/")):
        visitor.click("main form button[type=submit]")


def route_question(sign_in, title: str, agency: str):
    """The board's secretary (bbt.hoidap) opens the question ``title`` and routes it to ``agency``; returns
    the secretary's page and the address of the question in the back office."""
    board = sign_in("bbt.hoidap", "/quan-tri/hoi-dap/")
    board.get_by_role("link", name=title).click()
    question_admin = board.url
    board.select_option("select[name=agency]", label=agency)
    with board.expect_navigation():
        board.click("form:has(input[name=action][value=route]) button[type=submit]")
    return board, question_admin
