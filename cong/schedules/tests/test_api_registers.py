"""Open data under /api/v1/ (in the OpenAPI document), the registers' links switched by the profile key
``registers.schedules``, site search and sitemap entries."""

import datetime as dt

import pytest

from cong.core.testing.profiles import switch_profile
from cong.portal.registers import linked_registers, listed_registers
from cong.schedules.actions import cancel_record

from .factories import event, invitation, reception, this_monday

pytestmark = pytest.mark.django_db


def test_the_endpoints_are_in_the_index_and_the_openapi_document(client, portal):
    index = client.get("/api/v1/").json()
    urls = [endpoint["url"] for endpoint in index["endpoints"]]
    for path in ("work-schedules/", "meeting-invitations/", "reception-schedules/"):
        assert f"http://testserver/api/v1/{path}" in urls
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    for path in ("work-schedules", "meeting-invitations", "reception-schedules"):
        assert f"/api/v1/{path}/" in paths and f"/api/v1/{path}/{{" in " ".join(paths)


def test_work_schedule_api_filters_and_bad_input(client, portal):
    record = event(content="Họp giao ban", starts_at=dt.datetime(2026, 11, 30, 8, tzinfo=dt.UTC))
    event(
        content="Tuần sau", leader_name="Lê Văn Cường", starts_at=dt.datetime(2026, 12, 8, 8, tzinfo=dt.UTC)
    )
    cancel_record(record, acting_user=None, reason="Hoãn")
    body = client.get("/api/v1/work-schedules/?week=2026-W49").json()
    assert body["count"] == 1
    item = body["results"][0]
    assert item["status"] == "cancelled" and item["sequence"] == 1 and item["uid"] == str(record.uid)
    assert item["leader_slug"] == "nguyen-van-an" and item["cancel_reason"] == "Hoãn"
    assert client.get("/api/v1/work-schedules/?leader=le-van-cuong").json()["count"] == 1
    assert client.get("/api/v1/work-schedules/?q=giao+ban").json()["count"] == 1
    response = client.get("/api/v1/work-schedules/?week=2026-W60")
    assert response.status_code == 400 and "năm 2026 có 53 tuần" in response.json()["detail"]
    assert client.get("/api/v1/work-schedules/?page=abc").json()["page"] == 1
    assert client.get("/api/v1/work-schedules/?page=9").status_code == 404
    assert client.get(f"/api/v1/work-schedules/{record.pk}/").json()["content"] == "Họp giao ban"
    assert client.get("/api/v1/work-schedules/999999/").status_code == 404


def test_invitation_and_reception_api(client, portal):
    signed = invitation(number="5/GM-UBND")
    assert client.get("/api/v1/meeting-invitations/").json()["results"][0]["number"] == "5/GM-UBND"
    assert client.get("/api/v1/meeting-invitations/?kind=notice").json()["count"] == 0
    assert client.get("/api/v1/meeting-invitations/?kind=xyz").status_code == 400
    assert client.get("/api/v1/meeting-invitations/?year=abc").status_code == 400
    assert client.get(f"/api/v1/meeting-invitations/{signed.pk}/").json()["chair"].startswith("Phó Chủ tịch")
    session = reception(starts_at=this_monday(8) + dt.timedelta(days=9))
    assert client.get("/api/v1/reception-schedules/").json()["results"][0]["id"] == session.pk
    assert client.get("/api/v1/reception-schedules/?period=past").json()["count"] == 0
    assert client.get("/api/v1/reception-schedules/?period=xyz").status_code == 400
    assert client.get(f"/api/v1/reception-schedules/{session.pk}/").json()["receiver"] == "Nguyễn Văn An"


def _codes(entries) -> set[str]:
    return {entry.code for entry in entries} & {"lich-cong-tac", "giay-moi-hop", "lich-tiep-cong-dan"}


@pytest.mark.parametrize(
    ("profile", "linked_when_empty"),
    [
        ("national", {"lich-cong-tac"}),  # work_schedule (ND43-10.c)
        (
            "kon-tum",
            {"lich-cong-tac", "giay-moi-hop"},
        ),  # weekly_schedule, meeting_invitations (KT-10.3, 10.4)
        ("lai-chau", {"lich-cong-tac", "lich-tiep-cong-dan"}),  # work_schedule, citizen_reception (LC-10.1.b)
    ],
)
def test_registers_schedules_decides_which_registers_are_linked_while_empty(
    client, portal, settings, profile, linked_when_empty
):
    switch_profile(settings, profile)
    assert _codes(linked_registers()) == linked_when_empty
    footer = client.get("/").content.decode().split('<footer class="site-footer">')[1]
    for path, code in (("/lich-cong-tac/", "lich-cong-tac"), ("/giay-moi-hop/", "giay-moi-hop"),
                       ("/lich-tiep-cong-dan/", "lich-tiep-cong-dan")):  # fmt: skip
        assert (f'href="{path}"' in footer) == (code in linked_when_empty), (profile, path)
    sitemap = client.get("/so-do-trang/").content.decode()
    assert ('href="/giay-moi-hop/"' in sitemap) == ("giay-moi-hop" in linked_when_empty)
    # An empty register has nothing for sitemap.xml or the search to list.
    assert _codes(listed_registers()) == set()


def test_a_register_the_profile_does_not_list_is_linked_once_it_has_a_published_record(
    client, portal, settings
):
    switch_profile(settings, "national")
    invitation(publish=False)
    assert "giay-moi-hop" not in _codes(linked_registers())
    invitation(number="77/GM-UBND", subject="Họp về chuyển đổi số")
    assert "giay-moi-hop" in _codes(linked_registers()) and "giay-moi-hop" in _codes(listed_registers())
    assert 'href="/giay-moi-hop/"' in client.get("/").content.decode()
    assert "sitemap-giay-moi-hop.xml" in client.get("/sitemap.xml").content.decode()
    sitemap = client.get("/sitemap-giay-moi-hop.xml").content.decode()
    assert "/giay-moi-hop/" in sitemap
    hits = client.get("/tim-kiem/", {"q": "chuyen doi so", "loai": "giay-moi-hop"}).content.decode()
    assert "77/GM-UBND" in hits


def test_site_search_finds_a_schedule_event_without_diacritics(client, portal):
    record = event(content="Tiếp xúc cử tri huyện Tân Lập")
    html = client.get("/tim-kiem/", {"q": "tiep xuc cu tri"}).content.decode()
    assert record.get_absolute_url() in html and "Lịch công tác" in html
