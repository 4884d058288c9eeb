"""iCalendar feeds (RFC 5545), parsed with the ``icalendar`` library as a phone calendar reads them: one for
all leaders, one per leader; a change keeps the UID and raises SEQUENCE; a cancellation stays in the feed
with STATUS:CANCELLED."""

import datetime as dt

import icalendar
import pytest

from cong.schedules.actions import cancel_record, change_record

from .factories import event, invitation, reception, this_monday

pytestmark = pytest.mark.django_db


def parse(response) -> icalendar.Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def vevents(calendar) -> dict[str, icalendar.Event]:
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_the_feed_of_all_leaders(client, portal):
    first = event(starts_at=this_monday(8), content="Họp giao ban")
    second = event(starts_at=this_monday(14), leader_name="Lê Văn Cường", content="Kiểm tra công trình")
    calendar = parse(client.get("/lich-cong-tac/lich.ics"))
    assert calendar["VERSION"] == "2.0" and "PRODID" in calendar and calendar["METHOD"] == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == "Lịch công tác"
    found = vevents(calendar)
    assert set(found) == {str(first.uid), str(second.uid)}
    one = found[str(first.uid)]
    assert one.decoded("DTSTART") == first.starts_at and one.decoded("DTEND") == first.ends_at
    assert str(one["SUMMARY"]) == "Nguyễn Văn An: Họp giao ban"
    assert str(one["LOCATION"]) == "Phòng họp số 1, UBND tỉnh"
    assert str(one["URL"]) == f"http://testserver{first.get_absolute_url()}"
    assert int(one["SEQUENCE"]) == 0 and str(one["STATUS"]) == "CONFIRMED"
    assert "Thành phần: Các Phó Chủ tịch; Chánh Văn phòng" in str(one["DESCRIPTION"])


def test_one_feed_per_leader(client, portal):
    event(starts_at=this_monday(8), content="Việc của Chủ tịch")
    mine = event(
        starts_at=this_monday(9),
        leader_name="Lê Văn Cường",
        leader_position="Phó Chủ tịch",
        content="Việc của Phó Chủ tịch",
    )
    for url in ("/lich-cong-tac/le-van-cuong.ics", "/lich-cong-tac/lich.ics?leader=le-van-cuong"):
        calendar = parse(client.get(url))
        assert set(vevents(calendar)) == {str(mine.uid)}
        assert str(calendar["X-WR-CALNAME"]) == "Lịch công tác – Phó Chủ tịch Lê Văn Cường"
    response = client.get("/lich-cong-tac/khong-co-ai.ics")
    assert response.status_code == 404 and "khong-co-ai" in response.content.decode()
    assert client.get("/lich-cong-tac/lich.ics?leader=%C2%A0").status_code == 200


def test_a_change_and_a_cancellation_update_the_same_event(client, portal):
    record = event(starts_at=this_monday(8), content="Họp Ban chỉ đạo")
    before = vevents(parse(client.get("/lich-cong-tac/lich.ics")))[str(record.uid)]
    change_record(record, acting_user=None, starts_at=this_monday(15), ends_at=this_monday(17))
    moved = vevents(parse(client.get("/lich-cong-tac/lich.ics")))[str(record.uid)]
    assert int(moved["SEQUENCE"]) == int(before["SEQUENCE"]) + 1 == 1
    assert moved.decoded("DTSTART") == this_monday(15) and str(moved["STATUS"]) == "CONFIRMED"
    assert moved.decoded("DTSTAMP") >= before.decoded("DTSTAMP")
    cancel_record(record, acting_user=None, reason="Lãnh đạo họp đột xuất")
    calendar = parse(client.get("/lich-cong-tac/lich.ics"))
    assert len(vevents(calendar)) == 1  # the same event, never a second one
    cancelled = vevents(calendar)[str(record.uid)]
    assert str(cancelled["STATUS"]) == "CANCELLED" and int(cancelled["SEQUENCE"]) == 2
    assert "ĐÃ HỦY: Lãnh đạo họp đột xuất" in str(cancelled["DESCRIPTION"])


def test_drafts_and_old_events_stay_out_of_the_feed(client, portal):
    event(starts_at=this_monday(8), publish=False, content="Nháp")
    event(starts_at=this_monday(8) - dt.timedelta(days=400), content="Năm ngoái")
    assert vevents(parse(client.get("/lich-cong-tac/lich.ics"))) == {}


def test_invitation_and_reception_feeds(client, portal):
    meeting = invitation(starts_at=this_monday(9), number="12/GM-UBND")
    invitation(kind="notice", starts_at=None, place="", chair="", attendees="", number="3/TB-UBND")
    found = vevents(parse(client.get("/giay-moi-hop/lich.ics")))
    assert set(found) == {str(meeting.uid)}
    assert "Chủ trì: Phó Chủ tịch UBND tỉnh Lê Văn Cường" in str(found[str(meeting.uid)]["DESCRIPTION"])
    session = reception(starts_at=this_monday(8) + dt.timedelta(days=3))
    found = vevents(parse(client.get("/lich-tiep-cong-dan/lich.ics")))
    assert str(found[str(session.uid)]["SUMMARY"]) == "Tiếp công dân: Chủ tịch UBND tỉnh Nguyễn Văn An"
