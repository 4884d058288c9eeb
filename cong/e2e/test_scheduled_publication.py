"""Journey 4: the board head schedules an article a minute or two ahead; it goes live through the running
scheduler and task worker alone — the test only watches the public section page."""

import datetime as dt
import secrets
import time
from zoneinfo import ZoneInfo

import pytest

from . import admin
from .web import fetch

pytestmark = pytest.mark.e2e

SECTION = "Tin tức – Sự kiện"
SECTION_PATH = "/tin-tuc-su-kien/"
# The scheduler ticks every 30 s and runs «publish-scheduled» every minute: live at most ~2.5 minutes
# after the time set; beyond 5 minutes something is broken.
GO_LIVE_TIMEOUT = 300


def test_scheduled_article_goes_live_through_the_scheduler_alone(portal, sign_in):
    title = f"Lịch tiếp công dân của Chủ tịch UBND tỉnh {secrets.token_hex(2)}"
    head = sign_in("truongban")
    section = admin.section_id(head, portal, SECTION)
    head.goto(portal.url(f"/quan-tri/pages/{section}/add_subpage/"))
    head.click(f"a[href='/quan-tri/pages/add/portal/articlepage/{section}/']")
    head.fill("input[name=title]", title)
    head.locator("input[name=title]").press("Tab")
    head.fill(
        "textarea[name=lead]", "Chủ tịch UBND tỉnh tiếp công dân định kỳ tại Trụ sở Tiếp công dân tỉnh."
    )

    # The admin's date picker takes minutes: the next whole minute after one minute from now.
    local = ZoneInfo("Asia/Ho_Chi_Minh")
    go_live = (dt.datetime.now(local) + dt.timedelta(minutes=2)).replace(second=0, microsecond=0)
    admin.set_schedule(head, go_live)
    admin.more_actions(head)
    with head.expect_navigation():
        head.click("footer button[name=action-publish]")
    assert title in admin.messages(head)

    # Not live before its time.
    assert title not in fetch(portal.url(SECTION_PATH)).text

    deadline = time.monotonic() + (go_live - dt.datetime.now(local)).total_seconds() + GO_LIVE_TIMEOUT
    while title not in fetch(portal.url(SECTION_PATH)).text:
        assert time.monotonic() < deadline, f"not live {GO_LIVE_TIMEOUT}s after {go_live:%H:%M}"
        time.sleep(3)  # polling the scheduler's work, bounded above
    assert dt.datetime.now(local) >= go_live - dt.timedelta(seconds=5), "went live before its time"
