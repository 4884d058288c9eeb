"""Two-step sign-in in a real browser (Debian's Chromium through Playwright) against the demo as
`make demo` prepares it: an administrator and a moderator ask for an admin page, sign in with the README
password, mistype the code once, enter the authenticator's code and land on the page they asked for.

The defect it reproduces: the admin's icon sprite was redirected to the two-step page, so the browser
inlined that page into itself (it showed twice), the form carried ``next=/quan-tri/sprite/…`` and a correct
code led to an XML parse error; the full admin menu showed before the second factor.
"""

import base64
import os
import shutil
import time

import pytest
from django_otp.oath import totp

from cong.demo.users import DEMO_PASSWORD, DEMO_TOTP_SECRET
from cong.portal.tests.server import prepare_demo, running_server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium package is not installed"),
]
PASSWORD = DEMO_PASSWORD  # the README's demo password


def authenticator_code() -> str:
    return str(totp(base64.b32decode(DEMO_TOTP_SECRET))).zfill(6)


@pytest.fixture(scope="module")
def server(tmp_path_factory, prepared_demo):
    env = prepare_demo(tmp_path_factory.mktemp("var"), prepared_demo)
    with running_server(env) as base:
        yield base


@pytest.fixture
def page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
        )
        yield browser.new_page()
        browser.close()


@pytest.mark.parametrize("username", ["quantri", "kiemduyet.sonnmt"])
def test_sign_in_with_password_and_totp_lands_on_the_requested_page(server, page, username):
    from playwright.sync_api import expect

    page.goto(server + "/quan-tri/pages/")
    assert "/quan-tri/login/" in page.url
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")

    page.wait_for_url("**/quan-tri/bao-mat/xac-thuc-hai-buoc/?next=%2Fquan-tri%2Fpages%2F")
    assert page.locator("input[name=next]").input_value() == "/quan-tri/pages/"
    # Shown once, without the admin menu; the icon sprite is the sprite, not this page again.
    expect(page.locator("h1")).to_have_count(1)
    assert page.locator("#wagtail-sidebar").count() == 0
    page.wait_for_function("document.querySelector('[data-sprite] svg') !== null")
    assert page.locator("[data-sprite] form, [data-sprite] h1").count() == 0

    wrong = "000000" if authenticator_code() != "000000" else "111111"
    page.fill("#id_token", wrong)
    page.click("form.login-form button[type=submit]")
    expect(page.locator(".messages").get_by_text("Mã xác thực không đúng hoặc đã hết hạn")).to_be_visible()
    assert page.locator("input[name=next]").input_value() == "/quan-tri/pages/"

    time.sleep(1.5)  # django-otp waits a second after one wrong code
    page.fill("#id_token", authenticator_code())
    page.click("form.login-form button[type=submit]")
    page.wait_for_url("**/quan-tri/pages/**")
    assert page.url.startswith(server + "/quan-tri/pages/")
    expect(page.locator("#wagtail-sidebar")).to_have_count(1)  # the admin, now with its menu
    assert "XML" not in page.content()
