"""Posting clocks of register records (thời hạn đăng tải): strategies, plans, projects and bidding within N
working days of approval (BK-7.1.d, LC-12.1.d), science tasks of approval or acceptance (BK-7.1.đ), statistics
of the decision to publish (BK-7.1.e). The periods are the profile's ``deadlines.*`` keys; a profile whose
period is ``none`` starts no clock.

A record's ``POSTING_CLOCKS`` names (profile key, date field) pairs. Saving the record starts a clock for
each date that is set; changing a date before publication stops the old clock ("ngày đã sửa") and starts a
new one; publishing the record stops every running clock, on time or late.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from cong.core.clock import TZ, working_calendar
from cong.core.clocks import PostingStatus, clocks_for, posting_status, start_clock, stop_clock
from cong.core.profiles import get_profile

from .models import RegisterRecord

POSTED = "Đã đăng trên Cổng"  # i18n: data
DATE_CHANGED = "Ngày bắt đầu tính thời hạn đã được sửa"  # i18n: data


def _runs(key: str) -> bool:
    return get_profile().period(key).has_limit


def sync_posting_clocks(record: RegisterRecord) -> list:
    """Start the clocks the record's dates call for; stop those whose date changed. Returns the clocks."""
    if not record.POSTING_CLOCKS or record.pk is None:
        return []
    with transaction.atomic():
        existing = list(clocks_for(record))
        for key, field in record.POSTING_CLOCKS:
            date = getattr(record, field)
            mine = [c for c in existing if c.purpose == key]
            wanted = {getattr(record, f) for k, f in record.POSTING_CLOCKS if k == key} - {None}
            for clock in mine:
                if clock.running and clock.event not in wanted:
                    stop_clock(clock, reason=DATE_CHANGED)
            if date is None or not _runs(key) or any(c.event == date for c in mine):
                continue
            clock = start_clock(key, date, subject=record)
            existing.append(clock)
            if record.live:
                # The live row itself changed (publishing a revision, or an action writing a published
                # record): what the date stands for is public from now on.
                stop_clock(clock, at=max(timezone.now(), _start_of(date)), reason=POSTED)
    return list(clocks_for(record))


def _start_of(event: dt.date | dt.datetime) -> dt.datetime:
    if isinstance(event, dt.datetime):
        return event
    return dt.datetime.combine(event, dt.time(), tzinfo=TZ)


def stop_posting_clocks(record: RegisterRecord, at: dt.datetime | None = None) -> None:
    """Publication: every running posting clock of the record stops now (on time or late)."""
    at = at or timezone.now()
    for clock in clocks_for(record):
        if clock.running:
            stop_clock(clock, at=at, reason=POSTED)


def posting_states(record: RegisterRecord, now: dt.datetime | None = None) -> list[PostingStatus]:
    """What the admin shows of each posting clock of the record: on time, late, due in N days, overdue."""
    calendar = working_calendar()
    states = (posting_status(clock, calendar, now) for clock in clocks_for(record))
    return [state for state in states if state is not None]
