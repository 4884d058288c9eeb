"""What the journeys do in Wagtail's back office, in the words of its screens (buttons, dialogs)."""

from __future__ import annotations

import re

from playwright.sync_api import expect


def section_id(page, portal, title: str) -> int:
    """The id of the provincial section ``title``, read from the page explorer as an editor would find it."""
    page.goto(portal.url("/quan-tri/pages/"))
    row = page.locator("tr", has=page.get_by_role("link", name=title, exact=True))
    href = row.locator("a[href$='/edit/']").first.get_attribute("href")
    return int(re.search(r"/pages/(\d+)/", href).group(1))


def new_article(page, portal, section: int, title: str, lead: str) -> int:
    """Open «Thêm trang con» → «Tin / bài» under ``section``, fill it and save a draft; returns the id."""
    page.goto(portal.url(f"/quan-tri/pages/{section}/add_subpage/"))
    page.click(f"a[href='/quan-tri/pages/add/portal/articlepage/{section}/']")
    # The slug follows the title through Wagtail's script: type only once it listens (a loaded machine
    # can show the form a moment before).
    page.wait_for_function(
        "() => window.wagtail?.app?.getControllerForElementAndIdentifier("
        "document.getElementById('id_title'), 'w-sync')"
    )
    page.fill("input[name=title]", title)
    page.locator("input[name=title]").press("Tab")
    expect(page.locator("input[name=slug]")).not_to_have_value("")
    page.fill("textarea[name=lead]", lead)
    # Author and source: the profile requires both before the item goes for review (ND43-14).
    page.fill("input[name=authors]", "Phóng viên Cổng")
    page.fill("input[name=source]", "Cổng TTĐT tỉnh")
    with page.expect_navigation(url=re.compile(r"/quan-tri/pages/\d+/edit/$")):
        page.click("footer button.action-save")
    return int(re.search(r"/pages/(\d+)/edit/", page.url).group(1))


def more_actions(page) -> None:
    """Open the save button's menu of further actions (submit, publish, workflow decisions)."""
    page.click("footer .w-dropdown__toggle")


def status_panel(page, *, open_: bool) -> None:
    """Open or close the status side panel. Wagtail remembers the last panel open in the browser profile
    and reopens it on the next page, so a journey finds it open or closed depending on what ran before."""
    page.wait_for_load_state()  # the admin's script has restored the remembered panel
    toggle = page.locator("[data-side-panel-toggle=status]")
    if (toggle.get_attribute("aria-expanded") == "true") != open_:
        toggle.click()


def set_schedule(page, go_live) -> None:
    """«Set schedule» in the status panel: the go-live time, saved with the draft."""
    status_panel(page, open_=True)
    page.click("[data-a11y-dialog-show=schedule-publishing-dialog]")
    page.fill("#id_go_live_at", f"{go_live:%Y-%m-%d %H:%M}")
    # The date picker stays open over the dialog's button: save with the keyboard.
    with page.expect_navigation(url=re.compile(r"/quan-tri/pages/\d+/edit/$")):
        page.locator("#schedule-publishing-dialog button.action-save").press("Enter")


def submit_for_review(page) -> None:
    more_actions(page)
    with page.expect_navigation():
        page.click("footer button[name=action-submit]")


def workflow_action(page, action: str, comment: str | None = None) -> None:
    """Take a workflow decision (``reject`` = send back, ``approve``) on the open edit page; with a comment,
    through the dialog that asks for it."""
    more_actions(page)
    with_dialog = "[data-workflow-action-modal-url]" if comment else ":not([data-workflow-action-modal-url])"
    button = page.locator(f"footer button[data-workflow-action-name={action}]{with_dialog}")
    if comment is None:
        with page.expect_navigation():
            button.click()
        return
    button.click()
    page.fill(".modal textarea[name=comment]", comment)
    with page.expect_navigation():
        page.click(".modal form [type=submit]")


def workflow_comments(page) -> list[str]:
    """The comments in the item's workflow history, as its status panel shows them («View details»)."""
    status_panel(page, open_=True)
    page.click("[data-a11y-dialog-show=workflow-status-dialog]")
    dialog = page.locator("#workflow-status-dialog")
    dialog.locator(".workflow-timeline").wait_for()
    comments = [text.strip().strip('"') for text in dialog.locator(".workflow-timeline em").all_inner_texts()]
    page.keyboard.press("Escape")
    status_panel(page, open_=False)
    return comments


def messages(page) -> str:
    return " ".join(page.locator(".messages").all_inner_texts())
