"""Every public page, feed and API list of the schedules runs the same number of queries with 10 records as
with 300 (the week view with 300 events in one week)."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cong.core.records import folded_words
from cong.demo.factories import AgencyFactory
from cong.schedules.models import MeetingInvitation, ReceptionSession, WorkScheduleEvent

from .factories import event, invitation, reception, this_monday

pytestmark = pytest.mark.django_db


def count_queries(client, url: str) -> int:
    client.get(url)  # fills the per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def _many(model, total: int, **fields) -> None:
    """``total`` published rows at once (the actions make one of each kind; this makes the bulk)."""
    now = timezone.now()
    agencies = [AgencyFactory(code="sotc"), None]
    rows = []
    for i in range(total):
        values = {key: value(i) if callable(value) else value for key, value in fields.items()}
        row = model(
            live=True, first_published_at=now, last_published_at=now, agency=agencies[i % 2], **values
        )
        row.search_folded = folded_words(*row.search_parts())
        rows.append(row)
    model.objects.bulk_create(rows)


def build(total: int) -> dict:
    for model in (WorkScheduleEvent, MeetingInvitation, ReceptionSession):
        model.objects.all().delete()
    monday = this_monday(7)
    first = event(starts_at=monday, content="Họp kiểm định")
    _many(
        WorkScheduleEvent, total - 1,
        leader_name=lambda i: f"Lãnh đạo {i % 7}", leader_slug=lambda i: f"lanh-dao-{i % 7}",
        starts_at=lambda i: monday + dt.timedelta(minutes=30 * i), place="Hội trường", content="Họp kiểm định",
        participants="Các sở", preparing_unit="Văn phòng",
    )  # fmt: skip
    signed = invitation(subject="Họp kiểm định", starts_at=monday)
    _many(
        MeetingInvitation, total - 1, number=lambda i: f"{i}/GM", subject="Họp kiểm định", signer_name="B",
        signed_at=monday, starts_at=monday, place="P", chair="C", attendees="D",
    )  # fmt: skip
    session = reception(starts_at=monday + dt.timedelta(days=7))
    _many(ReceptionSession, total - 1, receiver_name="A", starts_at=lambda i: monday + dt.timedelta(days=7, hours=i),
          place="P", note="Kiểm định")  # fmt: skip
    return {"event": first, "invitation": signed, "session": session}


def test_pages_feeds_and_api_run_a_fixed_number_of_queries(client, portal, settings):
    settings.CONG_PAGE_SIZE = 20
    counts = []
    for total in (10, 300):
        records = build(total)
        urls = [
            "/lich-cong-tac/",
            "/lich-cong-tac/?leader=lanh-dao-3",
            "/lich-cong-tac/?q=kiem+dinh",
            records["event"].get_absolute_url(),
            "/lich-cong-tac/lich.ics",
            "/lich-cong-tac/lanh-dao-3.ics",
            "/giay-moi-hop/",
            "/giay-moi-hop/?q=kiem+dinh&kind=invitation&year=" + str(this_monday().year),
            records["invitation"].get_absolute_url(),
            "/giay-moi-hop/lich.ics",
            "/giay-moi-hop/rss/",
            "/lich-tiep-cong-dan/",
            records["session"].get_absolute_url(),
            "/lich-tiep-cong-dan/lich.ics",
            "/api/v1/work-schedules/",
            "/api/v1/meeting-invitations/",
            "/api/v1/reception-schedules/",
        ]
        counts.append([count_queries(client, url) for url in urls])
        assert WorkScheduleEvent.objects.filter(live=True).count() == total
    assert counts[0] == counts[1], list(zip(urls, counts[0], counts[1], strict=True))
    week = client.get("/lich-cong-tac/").content.decode()
    assert week.count('<li class="sched-event') == 300  # all 300 in the week, in a fixed number of queries
