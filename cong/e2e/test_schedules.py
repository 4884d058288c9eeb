"""Journey (issue 14): a visitor reads the leaders' work schedule week by week, keeps one leader, and takes
that leader's calendar to a phone — an iCalendar file that a real parser (``icalendar``) reads, in which the
event the demo moved this week carries SEQUENCE 1 under the same UID."""

import re

import icalendar
import pytest

pytestmark = pytest.mark.e2e


def test_visitor_reads_the_week_goes_to_the_next_filters_a_leader_and_downloads_the_calendar(portal, visitor):
    visitor.goto(portal.url("/"))
    visitor.locator("footer").get_by_role("link", name="Lịch công tác").click()
    visitor.wait_for_url(re.compile(r"/lich-cong-tac/$"))
    main = visitor.locator("main")
    this_week = main.locator("nav.sched-weeknav h2").inner_text()
    assert "tuần này" in this_week
    assert "Giao ban Thường trực UBND tỉnh" in main.inner_text()
    assert "Đã hủy" in main.inner_text() and "Đã dời lịch" in main.inner_text()

    main.get_by_role("link", name="Tuần sau »").click()
    visitor.wait_for_url(re.compile(r"/lich-cong-tac/\?week=\d{4}-W\d{2}$"))
    next_week = main.locator("nav.sched-weeknav h2").inner_text()
    assert next_week != this_week and "tuần này" not in next_week
    assert "Đoàn công tác của Bộ Nông nghiệp và Môi trường" in main.inner_text()

    main.get_by_label("Lãnh đạo").select_option(label="Lê Văn Cường – Phó Chủ tịch Thường trực UBND tỉnh")
    main.get_by_role("button", name="Xem lịch").click()
    visitor.wait_for_url(re.compile(r"leader=le-van-cuong"))
    text = main.inner_text()
    assert main.locator("nav.sched-weeknav h2").inner_text() == next_week  # still the week chosen
    assert "Họp Ban Chỉ đạo chuyển đổi số tỉnh" in text and "Giao ban Thường trực UBND tỉnh" not in text

    with visitor.expect_download() as download:
        main.get_by_role("link", name="Tải lịch (.ics) của Lê Văn Cường").click()
    calendar = icalendar.Calendar.from_ical(open(download.value.path(), "rb").read())
    events = list(calendar.walk("VEVENT"))
    assert events and all(str(event["SUMMARY"]).startswith("Lê Văn Cường:") for event in events)
    assert len({str(event["UID"]) for event in events}) == len(events)
    # The conference cancelled this week stays in the calendar, cancelled, one published change later.
    cancelled = [event for event in events if str(event["STATUS"]) == "CANCELLED"]
    assert len(cancelled) == 1 and int(cancelled[0]["SEQUENCE"]) == 1

    # The feed of every leader holds the Chairman's visit moved this week: same UID, SEQUENCE 1.
    response = visitor.request.get(portal.url("/lich-cong-tac/lich.ics"))
    assert response.ok and response.headers["content-type"].startswith("text/calendar")
    everyone = icalendar.Calendar.from_ical(response.body())
    moved = [e for e in everyone.walk("VEVENT") if "Đã dời" in str(e.get("DESCRIPTION", ""))]
    assert len(moved) == 1 and int(moved[0]["SEQUENCE"]) == 1 and str(moved[0]["STATUS"]) == "CONFIRMED"
