"""Public pages: the week view (?week=, ?leader=, ?q=, previous/next), bad parameters, detail pages with
JSON-LD Event, cancelled and moved records, invitations and reception lists, member portals."""

import datetime as dt
import json
import re

import pytest
from wagtail.models import Page, Site

from cong.agencies.models import Agency
from cong.portal.models import HomePage
from cong.schedules.actions import cancel_record, change_record

from .factories import MONDAY, event, invitation, reception, this_monday

pytestmark = pytest.mark.django_db


def text(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def json_ld(html: str) -> dict:
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_the_week_shows_monday_to_sunday_of_that_week_only(client, portal):
    event(content="Họp giao ban đầu tuần")
    event(content="Tiếp đoàn công tác cuối tuần", starts_at=MONDAY + dt.timedelta(days=6, hours=10))
    event(content="Việc của tuần trước", starts_at=MONDAY - dt.timedelta(hours=8, minutes=1))  # Sunday 23:59
    event(content="Việc của tuần sau", starts_at=MONDAY + dt.timedelta(days=7))
    html = text(client.get("/lich-cong-tac/?week=2026-W49"))
    assert "Họp giao ban đầu tuần" in html and "Tiếp đoàn công tác cuối tuần" in html
    assert "Việc của tuần trước" not in html and "Việc của tuần sau" not in html
    assert "Tuần 49 (30/11/2026 – 06/12/2026)" in html
    days = re.findall(r"<h3 id=\"ngay-\d+\">(.*?),", html)
    assert days == ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
    assert 'href="/lich-cong-tac/?week=2026-W48"' in html and 'href="/lich-cong-tac/?week=2026-W50"' in html
    html = text(client.get("/lich-cong-tac/?week=2026-W50"))
    assert "Việc của tuần sau" in html and "Họp giao ban đầu tuần" not in html


def test_without_a_week_the_current_week_is_shown(client, portal):
    event(content="Lịch của tuần này", starts_at=this_monday(9))
    event(content="Lịch tuần xa", starts_at=this_monday(9) + dt.timedelta(days=21))
    html = text(client.get("/lich-cong-tac/"))
    assert "Lịch của tuần này" in html and "Lịch tuần xa" not in html and "tuần này" in html


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ("week=2026-W60", "Tuần “2026-W60” không có: năm 2026 có 53 tuần"),
        ("week=abc", "Tuần “abc” không hợp lệ"),
        ("week=2027-W53", "năm 2027 có 52 tuần"),
        ("leader=khong-co-ai", "Không có lãnh đạo có mã “khong-co-ai”"),
        ("page=abc", None),
        ("week=2026-W49%C2%A0x", "không hợp lệ"),
    ],
)
def test_bad_parameters_give_a_message_and_the_current_week(client, portal, query, said):
    event(content="Lịch của tuần này", starts_at=this_monday(9))
    html = text(client.get(f"/lich-cong-tac/?{query}"))
    assert "Lịch của tuần này" in html
    if said:
        assert said in html and 'role="alert"' in html


def test_the_leader_filter_keeps_the_week_and_one_leader(client, portal):
    event(leader_name="Nguyễn Văn An", content="Việc của Chủ tịch")
    event(
        leader_name="Lê Văn Cường", leader_position="Phó Chủ tịch UBND tỉnh", content="Việc của Phó Chủ tịch"
    )
    html = text(client.get("/lich-cong-tac/?week=2026-W49&leader=le-van-cuong"))
    assert "Việc của Phó Chủ tịch" in html and "Việc của Chủ tịch" not in html
    assert '<option value="le-van-cuong" selected>' in html and '<option value="nguyen-van-an">' in html
    assert 'href="/lich-cong-tac/?week=2026-W50&amp;leader=le-van-cuong"' in html
    assert (
        'href="/lich-cong-tac/le-van-cuong.ics"' in html
        and 'href="webcal://testserver/lich-cong-tac/le-van-cuong.ics"' in html
    )


def test_search_without_diacritics_lists_matching_events_of_any_week(client, portal):
    event(content="Kiểm tra tiến độ xây dựng cầu Hòa Sơn")
    event(content="Họp Ban chỉ đạo", starts_at=MONDAY + dt.timedelta(days=60))
    html = text(client.get("/lich-cong-tac/?q=cau+hoa+son"))
    assert "Kiểm tra tiến độ xây dựng cầu Hòa Sơn" in html and "Họp Ban chỉ đạo" not in html
    assert "Có 1 lịch phù hợp" in html
    assert "Không có lịch nào phù hợp" in text(client.get("/lich-cong-tac/?q=khong+co+gi"))
    assert client.get("/lich-cong-tac/?q=hop&page=99").status_code == 404


def test_drafts_are_not_shown(client, portal):
    draft = event(content="Bản nháp chưa công bố", publish=False)
    assert "Bản nháp chưa công bố" not in text(client.get("/lich-cong-tac/?week=2026-W49"))
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get("/lich-cong-tac/999999/").status_code == 404


def test_detail_page_with_json_ld_event(client, portal):
    record = event(content="Làm việc với Sở Tài chính về dự toán")
    html = text(client.get(record.get_absolute_url()))
    assert "Làm việc với Sở Tài chính về dự toán" in html and "Văn phòng UBND tỉnh" in html
    data = json_ld(html)
    assert data["@type"] == "Event" and data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["startDate"] == "2026-11-30T08:00:00+07:00" and data["location"]["name"] == record.place
    assert data["performer"]["name"] == "Chủ tịch UBND tỉnh Nguyễn Văn An"
    assert 'href="/lich-cong-tac/?week=2026-W49"' in html


def test_cancelled_and_moved_events_show_as_such(client, portal):
    cancelled = event(content="Dự hội nghị trực tuyến")
    cancel_record(cancelled, acting_user=None, reason="Hội nghị lùi sang tháng sau")
    moved = event(content="Kiểm tra công trình")
    change_record(moved, acting_user=None, starts_at=MONDAY + dt.timedelta(days=1),
                  ends_at=MONDAY + dt.timedelta(days=1, hours=2))  # fmt: skip
    html = text(client.get("/lich-cong-tac/?week=2026-W49"))
    assert "Đã hủy</strong>: Hội nghị lùi sang tháng sau" in html and "Dự hội nghị trực tuyến" in html
    assert "Đã dời lịch</strong> (trước đây 08:00 30/11/2026)" in html
    page = text(client.get(cancelled.get_absolute_url()))
    assert "Lịch này đã hủy" in page and json_ld(page)["eventStatus"] == "https://schema.org/EventCancelled"
    page = text(client.get(moved.get_absolute_url()))
    data = json_ld(page)
    assert data["eventStatus"] == "https://schema.org/EventRescheduled"
    assert data["previousStartDate"] == "2026-11-30T08:00:00+07:00"


def test_invitation_list_filters_and_detail(client, portal):
    from cong.demo.factories import stored_file

    signed = invitation(number="125/GM-UBND", subject="Họp triển khai kế hoạch phòng chống thiên tai",
                        document=stored_file("gm-125.pdf", title="Giấy mời 125"))  # fmt: skip
    invitation(kind="notice", number="40/TB-UBND", subject="Thông báo kết luận của Chủ tịch",
               starts_at=None, place="", chair="", attendees="", signed_at=MONDAY - dt.timedelta(days=400))  # fmt: skip
    html = text(client.get("/giay-moi-hop/"))
    assert "125/GM-UBND" in html and "40/TB-UBND" in html and "Có 2 giấy mời" in html
    html = text(client.get("/giay-moi-hop/?kind=notice"))
    assert "40/TB-UBND" in html and "125/GM-UBND" not in html
    html = text(client.get("/giay-moi-hop/?q=phong+chong+thien+tai&year=2026"))
    assert "125/GM-UBND" in html and "40/TB-UBND" not in html
    for bad, said in (
        ("kind=xyz", "Loại “xyz” không có"),
        ("year=abc", "Năm “abc” không hợp lệ"),
        ("page=abc", ""),
    ):
        html = text(client.get(f"/giay-moi-hop/?{bad}"))
        assert said in html and "125/GM-UBND" in html
    page = text(client.get(signed.get_absolute_url()))
    assert "Phó Chủ tịch UBND tỉnh Lê Văn Cường" in page and "Giám đốc các sở" in page
    assert signed.document.url in page and json_ld(page)["@type"] == "Event"
    rss = client.get("/giay-moi-hop/rss/").content.decode()
    assert "125/GM-UBND" in rss and "<rss" in rss


def test_reception_list_upcoming_and_past(client, portal):
    soon = reception(starts_at=this_monday(8) + dt.timedelta(days=10), note="Lĩnh vực đất đai")
    reception(starts_at=this_monday(8) - dt.timedelta(days=30), note="Buổi tiếp đã qua")
    html = text(client.get("/lich-tiep-cong-dan/"))
    assert "Lĩnh vực đất đai" in html and "Buổi tiếp đã qua" not in html
    html = text(client.get("/lich-tiep-cong-dan/?period=past"))
    assert "Buổi tiếp đã qua" in html and "Lĩnh vực đất đai" not in html
    html = text(client.get("/lich-tiep-cong-dan/?period=xyz&page=abc"))
    assert "Mục “xyz” không có" in html and "Lĩnh vực đất đai" in html
    assert "Lĩnh vực đất đai" in text(client.get("/lich-tiep-cong-dan/?q=dat+dai"))
    page = text(client.get(soon.get_absolute_url()))
    assert "Trụ sở Tiếp công dân tỉnh" in page and json_ld(page)["@type"] == "Event"


@pytest.fixture
def member(portal):
    """A member portal (Sở Tài chính) at sotc.localhost with its agency."""
    home = HomePage(title="Cổng TTĐT Sở Tài chính", slug="sotc", intro="Sở Tài chính")
    Page.get_first_root_node().add_child(instance=home)
    home.save_revision(log_action=False).publish(log_action=False)
    site = Site.objects.create(hostname="sotc.localhost", port=80, root_page=home, site_name="Sở Tài chính")
    return Agency.objects.create(code="sotc", name="Sở Tài chính", site=site)


def test_a_member_portal_shows_its_agencys_records_and_the_province_all(client, member):
    own = event(content="Lịch của Giám đốc Sở Tài chính", agency=member, leader_name="Đỗ Minh Quang")
    event(content="Lịch của Chủ tịch tỉnh")
    invitation(number="7/GM-STC", agency=member)
    invitation(number="9/GM-UBND")
    html = text(client.get("/lich-cong-tac/?week=2026-W49", HTTP_HOST="sotc.localhost"))
    assert "Lịch của Giám đốc Sở Tài chính" in html and "Lịch của Chủ tịch tỉnh" not in html
    html = text(client.get("/lich-cong-tac/?week=2026-W49"))
    assert (
        "Lịch của Giám đốc Sở Tài chính" in html
        and "Lịch của Chủ tịch tỉnh" in html
        and "Sở Tài chính" in html
    )
    html = text(client.get("/giay-moi-hop/", HTTP_HOST="sotc.localhost"))
    assert "7/GM-STC" in html and "9/GM-UBND" not in html
    assert client.get(own.get_absolute_url(), HTTP_HOST="sotc.localhost").status_code == 200
    other = event(content="Không phải của Sở")
    assert client.get(other.get_absolute_url(), HTTP_HOST="sotc.localhost").status_code == 404
    feed = client.get("/lich-cong-tac/lich.ics", HTTP_HOST="sotc.localhost").content.decode()
    assert "Giám đốc Sở Tài chính" in feed and "Chủ tịch tỉnh" not in feed


def test_a_nul_in_the_address_is_refused_never_a_500(client, portal):
    for url in (
        "/lich-cong-tac/?week=%00",
        "/lich-cong-tac/?q=%00",
        "/giay-moi-hop/?q=%00",
        "/lich-tiep-cong-dan/?q=%00",
    ):
        assert client.get(url).status_code in (200, 400)
