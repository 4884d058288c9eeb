"""Journey 1: an administrator and a moderator sign in with password and authenticator code and land on
the back-office page they asked for."""

from urllib.parse import quote, urlsplit

import pytest

from .conftest import DEMO_PASSWORD

pytestmark = pytest.mark.e2e

TWO_STEP = "/quan-tri/bao-mat/xac-thuc-hai-buoc/"


def sign_in_with_second_factor(page, portal, username, wanted):
    page.goto(portal.url(f"/quan-tri/login/?next={quote(wanted)}"))
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.click("form button[type=submit]")
    page.wait_for_url(f"**{TWO_STEP}*")

    # The two-step page is a page of its own: one form, asking for the page wanted, no back-office menu.
    assert page.locator("input[name=token]").count() == 1
    assert page.locator("input[name=next]").input_value() == wanted
    assert page.locator("a[href='/quan-tri/pages/']").count() == 0

    # A mistyped code: a Vietnamese message, and the page wanted is still the one asked for.
    wrong = next(
        code for code in ("000000", "111111", "222222", "333333") if code not in portal.accepted_codes()
    )
    page.fill("input[name=token]", wrong)
    with page.expect_navigation():
        page.click("form:has(input[name=token]) button[type=submit]")
    assert "Mã xác thực không đúng" in page.locator("main").inner_text()  # the text shown, not hidden
    assert page.locator("input[name=next]").input_value() == wanted

    # django-otp locks the authenticator for a second after a wrong code (OTP_TOTP_THROTTLE_FACTOR); a
    # person takes longer than that to type the right one.
    page.wait_for_timeout(1500)
    page.fill("input[name=token]", portal.totp(username))
    with page.expect_navigation():
        page.click("form:has(input[name=token]) button[type=submit]")
    landed = urlsplit(page.url)
    assert landed.path + (f"?{landed.query}" if landed.query else "") == wanted


def test_administrator_signs_in_with_code_and_lands_on_the_audit_log(portal, visitor):
    wanted = "/quan-tri/bao-mat/nhat-ky/"
    sign_in_with_second_factor(visitor, portal, "quantri", wanted)
    assert visitor.locator("h1").first.inner_text().strip() != ""
    assert "Nhật ký" in visitor.title()
    # Signed in for real: the administrator's own security page opens without asking again.
    visitor.goto(portal.url("/quan-tri/bao-mat/tai-khoan/"))
    assert urlsplit(visitor.url).path == "/quan-tri/bao-mat/tai-khoan/"


def test_moderator_signs_in_with_code_and_lands_on_the_search_asked_for(portal, visitor):
    wanted = "/quan-tri/pages/search/?q=" + quote("thủy lợi")
    sign_in_with_second_factor(visitor, portal, "kiemduyet.sonnmt", wanted)
    # The search ran: the moderator's own portal's article is found.
    assert visitor.get_by_text("Ra quân làm thủy lợi mùa khô").first.is_visible()
