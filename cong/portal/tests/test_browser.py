"""The public site in a real browser (Debian's Chromium driven by Playwright): small screens, keyboard,
font size and contrast that persist across pages, print. Skipped only where Chromium is not installed."""

import os

import pytest

from cong.core.testing.browser import CHROMIUM, CHROMIUM_FLAGS

from .server import prepare_demo, running_server

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium package is not installed"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory, prepared_demo):
    """The demo portal served by `cong runserver` on a fresh SQLite database, once for this module."""
    env = prepare_demo(tmp_path_factory.mktemp("var"), prepared_demo)
    with running_server(env) as base:
        yield base


@pytest.fixture(scope="module")
def site_pages(server):
    import urllib.request

    home = urllib.request.urlopen(server + "/").read().decode()  # noqa: S310 — our own local server
    article = next(
        line.split('href="')[1].split('"')[0] for line in home.splitlines() if 'class="card__title"' in line
    )
    return {"section": "/tin-tuc-su-kien/", "article": article}


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.mark.parametrize("page_key", ["/", "section", "article", "/so-do-trang/"])
def test_no_horizontal_scrolling_at_360_px(server, site_pages, browser, page_key):
    page = browser.new_page(viewport={"width": 360, "height": 740})
    path = page_key if page_key.startswith("/") else site_pages[page_key]
    page.goto(server + path)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    # The collapsed menu opens with its button.
    toggle = page.locator(".main-nav__toggle")
    assert toggle.is_visible() and not page.locator("#menu-chinh").is_visible()
    toggle.click()
    assert page.locator("#menu-chinh").is_visible() and toggle.get_attribute("aria-expanded") == "true"


def test_skip_link_is_the_first_stop_and_leads_to_the_content(server, site_pages, browser):
    page = browser.new_page()
    page.goto(server + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link" and page.locator(".skip-link").is_visible()
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # visible focus
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#noi-dung"


def test_font_size_and_contrast_persist_across_pages(server, site_pages, browser):
    page = browser.new_page()
    page.goto(server + "/")
    base = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    page.click("button[data-font=up]")
    page.click("button[data-font=up]")
    page.click("button[data-contrast]")
    page.goto(server + site_pages["article"])
    bigger = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert bigger > base * 1.15
    assert page.evaluate("document.documentElement.classList.contains('contrast')")
    assert page.get_attribute("button[data-contrast]", "aria-pressed") == "true"
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(0, 0, 0)"
    page.click("button[data-font=reset]")
    page.click("button[data-contrast]")
    page.reload()
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") == base
    assert not page.evaluate("document.documentElement.classList.contains('contrast')")


def test_article_print_button_and_print_stylesheet(server, site_pages, browser):
    page = browser.new_page()
    page.goto(server + site_pages["article"])
    assert page.locator("button[data-print]").is_visible()
    page.emulate_media(media="print")
    assert not page.locator(".main-nav").is_visible()
    assert not page.locator(".article__tools").is_visible()
    assert page.locator(".article__title").is_visible()
