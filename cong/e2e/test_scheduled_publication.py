"""Journey 4: an article is given a publication time a few minutes ahead and approved by the board; it
goes live at that time through the running scheduler and task worker alone — the test only watches the
public section page.

Two tests: the first runs first of the suite and schedules the article; the second runs after the other
journeys (cong/e2e/conftest.py orders them) and watches. The minutes until the publication time pass
while the other journeys run, instead of in a sleep."""

import datetime as dt
import secrets
import time
from zoneinfo import ZoneInfo

import pytest
from django.utils.dateparse import parse_datetime

from . import admin
from .web import fetch

pytestmark = pytest.mark.e2e

SECTION = "Tin tức – Sự kiện"
SECTION_PATH = "/tin-tuc-su-kien/"
# Time for the updater, the secretary and the board head to do their part before the publication time.
LEAD_TIME = dt.timedelta(minutes=3)
# The scheduler ticks every 30 s and runs «publish-scheduled» every minute: live at most ~2 minutes after
# the time set; beyond 5 minutes something is broken.
GO_LIVE_TIMEOUT = 300


# What the scheduling test hands to the watching one.
SCHEDULED: dict = {}


def test_an_article_is_scheduled_and_approved_before_its_time(portal, sign_in):
    title = f"Lịch tiếp công dân của Chủ tịch UBND tỉnh {secrets.token_hex(2)}"
    local = ZoneInfo("Asia/Ho_Chi_Minh")
    # The admin's date picker takes whole minutes.
    go_live = (dt.datetime.now(local) + LEAD_TIME).replace(second=0, microsecond=0)

    updater = sign_in("capnhat")
    section = admin.section_id(updater, portal, SECTION)
    article = admin.new_article(
        updater,
        portal,
        section,
        title,
        "Chủ tịch UBND tỉnh tiếp công dân định kỳ tại Trụ sở Tiếp công dân tỉnh.",
    )
    admin.set_schedule(updater, go_live)
    admin.submit_for_review(updater)
    admin.workflow_action(sign_in("thuky", f"/quan-tri/pages/{article}/edit/"), "approve")
    admin.workflow_action(sign_in("truongban", f"/quan-tri/pages/{article}/edit/"), "approve")

    # Approved before its time, so not live yet: from here on only the scheduler and the worker act.
    assert dt.datetime.now(local) < go_live, "the approvals took longer than LEAD_TIME; raise it"
    assert title not in fetch(portal.url(SECTION_PATH)).text
    SCHEDULED.update(title=title, go_live=go_live, article=article)


def test_the_scheduled_article_goes_live_through_the_scheduler_alone(portal):
    assert SCHEDULED, (
        "the article was not scheduled (see test_an_article_is_scheduled_and_approved_before_its_time)"
    )
    title, go_live = SCHEDULED["title"], SCHEDULED["go_live"]
    local = go_live.tzinfo
    deadline = time.monotonic() + (go_live - dt.datetime.now(local)).total_seconds() + GO_LIVE_TIMEOUT
    while title not in fetch(portal.url(SECTION_PATH)).text:
        assert time.monotonic() < deadline, f"not live {GO_LIVE_TIMEOUT}s after {go_live:%H:%M}"
        time.sleep(3)  # polling for the scheduler's work, bounded by the deadline
    # The other journeys ran meanwhile, so the moment it was seen live says little: the page's own record
    # of its publication says when the scheduler published it.
    published = parse_datetime(
        portal.read(
            f"str(__import__('wagtail.models').models.Page.objects.get(pk={SCHEDULED['article']}).last_published_at)"
        )
    )
    assert published >= go_live - dt.timedelta(seconds=5), f"went live at {published}, before its time"
    assert published <= go_live + dt.timedelta(seconds=GO_LIVE_TIMEOUT), f"went live late, at {published}"
