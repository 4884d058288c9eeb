"""The demo's schedules load on any day of the year around its ``now``: this week filled, one event and one
invitation cancelled, one of each moved (SEQUENCE above 0), reception days; loading again adds nothing."""

import datetime as dt

import pytest

from cong.core.clock import TZ
from cong.demo import schedules as demo
from cong.schedules.models import MeetingInvitation, ReceptionSession, WorkScheduleEvent
from cong.schedules.weeks import current_week

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "now",
    [
        dt.datetime(2026, 11, 30, 9, tzinfo=TZ),  # a Monday
        dt.datetime(2027, 1, 3, 23, 30, tzinfo=TZ),  # a Sunday night in the last ISO week of 2026
        dt.datetime(2028, 2, 29, 12, tzinfo=TZ),  # a leap day
        dt.datetime(2026, 12, 31, 16, tzinfo=TZ),
    ],
)
def test_the_demo_loads_around_now(client, portal, now):
    said = []
    demo.load(now, said.append)
    week = current_week(now)
    in_week = WorkScheduleEvent.objects.filter(live=True, starts_at__gte=week.start, starts_at__lt=week.end)
    assert in_week.count() >= 5
    assert WorkScheduleEvent.objects.filter(status="cancelled").count() == 1
    moved = WorkScheduleEvent.objects.get(moved_from__isnull=False)
    assert moved.sequence == 1 and week.start <= moved.starts_at < week.end
    assert MeetingInvitation.objects.filter(status="cancelled", sequence=1).count() == 1
    assert MeetingInvitation.objects.get(moved_from__isnull=False).sequence == 1
    assert MeetingInvitation.objects.filter(kind="notice").count() == 1
    assert all(i.signed_at < now for i in MeetingInvitation.objects.all())
    assert ReceptionSession.objects.filter(live=True).count() == 4
    html = client.get(f"/lich-cong-tac/?week={week.code}").content.decode()
    assert "Giao ban Thường trực UBND tỉnh" in html and "Đã hủy" in html and "Đã dời lịch" in html
    counts = (
        WorkScheduleEvent.objects.count(),
        MeetingInvitation.objects.count(),
        ReceptionSession.objects.count(),
    )
    demo.load(now, said.append)
    assert counts == (
        WorkScheduleEvent.objects.count(),
        MeetingInvitation.objects.count(),
        ReceptionSession.objects.count(),
    )
    assert "/lich-cong-tac/" in said[0]
