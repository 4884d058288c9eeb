"""Builders of schedule records for tests, through the actions (as the admin and the demo create them).

Times are relative to ``timezone.now()`` or to a fixed moment the test passes: nothing reads today's date."""

from __future__ import annotations

import datetime as dt
import itertools

from django.utils import timezone

from cong.core.clock import TZ
from cong.schedules.actions import create_event, create_invitation, create_reception

_numbers = itertools.count(1)

# A Monday with no holiday near: 2026-W49 runs from 30/11/2026 to 06/12/2026.
MONDAY = dt.datetime(2026, 11, 30, 8, 0, tzinfo=TZ)


def this_monday(hour: int = 8) -> dt.datetime:
    """Monday of the current week at ``hour`` (local), from the clock at call time."""
    today = timezone.localtime(timezone.now(), TZ).date()
    monday = today - dt.timedelta(days=today.weekday())
    return dt.datetime.combine(monday, dt.time(hour), tzinfo=TZ)


def event(publish: bool = True, **fields):
    values = {
        "leader_name": "Nguyễn Văn An",
        "leader_position": "Chủ tịch UBND tỉnh",
        "starts_at": MONDAY,
        "ends_at": None,
        "place": "Phòng họp số 1, UBND tỉnh",
        "content": "Họp giao ban công tác tháng",
        "participants": "Các Phó Chủ tịch; Chánh Văn phòng",
        "preparing_unit": "Văn phòng UBND tỉnh",
        **fields,
    }
    if values["ends_at"] is None and values["starts_at"] is not None:
        values["ends_at"] = values["starts_at"] + dt.timedelta(hours=2)
    return create_event(acting_user=None, publish=publish, **values)


def invitation(publish: bool = True, **fields):
    values = {
        "kind": "invitation",
        "number": f"{next(_numbers)}/GM-UBND",
        "subject": "Họp bàn kế hoạch chuyển đổi số năm sau",
        "signer_name": "Trần Thị Bình",
        "signer_position": "Chánh Văn phòng",
        "signed_at": MONDAY - dt.timedelta(days=3),
        "starts_at": MONDAY + dt.timedelta(days=2),
        "place": "Hội trường UBND tỉnh",
        "chair": "Phó Chủ tịch UBND tỉnh Lê Văn Cường",
        "attendees": "Giám đốc các sở; Chủ tịch UBND các huyện",
        **fields,
    }
    return create_invitation(acting_user=None, publish=publish, **values)


def reception(publish: bool = True, **fields):
    values = {
        "receiver_name": "Nguyễn Văn An",
        "receiver_position": "Chủ tịch UBND tỉnh",
        "starts_at": MONDAY + dt.timedelta(days=3),
        "ends_at": None,
        "place": "Trụ sở Tiếp công dân tỉnh",
        "note": "Tiếp công dân định kỳ",
        **fields,
    }
    if values["ends_at"] is None and values["starts_at"] is not None:
        values["ends_at"] = values["starts_at"] + dt.timedelta(hours=3)
    return create_reception(acting_user=None, publish=publish, **values)
