"""The actions: required fields named by their clause, end before start, publication, changes raising the
iCalendar SEQUENCE, moves, cancellations, permissions, the audit log, and the posting clock of invitations."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import ModelLogEntry

from cong.agencies.models import AgencyStaff
from cong.core.clocks import clocks_for
from cong.demo.factories import AgencyFactory
from cong.schedules import access
from cong.schedules.actions import (
    ActionError,
    NotAllowed,
    cancel_record,
    change_record,
    create_event,
    create_invitation,
    create_reception,
    publish_record,
)
from cong.schedules.models import MeetingInvitation, ReceptionSession, WorkScheduleEvent

from .factories import MONDAY, event, invitation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("create", "fields", "message"),
    [
        (create_event, {"starts_at": MONDAY, "place": "Hội trường", "content": "Họp"}, "Thiếu lãnh đạo (KT-10.3)."),
        (create_event, {"leader_name": "A", "starts_at": MONDAY, "content": "Họp"}, "Thiếu địa điểm (KT-10.3)."),
        (create_event, {"leader_name": "A", "place": "P", "content": "Họp"}, "Thiếu thời gian bắt đầu (KT-10.3)."),
        (
            create_invitation,
            {"number": "1/GM", "subject": "Họp", "signer_name": "B", "signed_at": MONDAY, "place": "P",
             "chair": "C", "attendees": "D"},
            "Thiếu thời gian họp (KT-10.4).",
        ),
        (create_invitation, {"subject": "Họp", "signer_name": "B", "signed_at": MONDAY, "kind": "notice"},
         "Thiếu số, ký hiệu (KT-10.4)."),
        (create_reception, {"receiver_name": "A", "starts_at": MONDAY}, "Thiếu địa điểm tiếp (LC-10.1.b)."),
    ],
)  # fmt: skip
def test_a_missing_field_is_refused_naming_its_clause_and_nothing_is_stored(create, fields, message):
    with pytest.raises(ActionError) as refused:
        create(acting_user=None, **fields)
    assert message in str(refused.value)
    assert not WorkScheduleEvent.objects.exists()
    assert not MeetingInvitation.objects.exists() and not ReceptionSession.objects.exists()


def test_a_notice_needs_no_meeting_time_but_an_invitation_does():
    notice = invitation(kind="notice", starts_at=None, place="", chair="", attendees="")
    assert notice.live and notice.kind == "notice"


def test_an_end_before_the_start_is_refused():
    with pytest.raises(ActionError, match="Thời gian kết thúc phải sau thời gian bắt đầu"):
        event(ends_at=MONDAY - dt.timedelta(hours=1))
    published = event()
    with pytest.raises(ActionError, match="kết thúc phải sau"):
        change_record(published, acting_user=None, ends_at=published.starts_at)
    assert published.ends_at > published.starts_at  # the caller's copy is left as stored
    published.refresh_from_db()
    assert published.ends_at > published.starts_at and published.sequence == 0


def test_a_draft_is_not_public_until_published_and_the_first_publication_is_sequence_0():
    draft = event(publish=False)
    assert not draft.live and draft.sequence == 0
    change_record(draft, acting_user=None, place="Phòng họp số 2")
    assert draft.sequence == 0  # changes of a draft are nobody's business yet
    publish_record(draft, acting_user=None)
    draft.refresh_from_db()
    assert draft.live and draft.sequence == 0 and draft.place == "Phòng họp số 2"


def test_each_published_change_raises_the_sequence_and_keeps_the_uid():
    published = event()
    uid = published.uid
    change_record(published, acting_user=None, place="Hội trường tầng 3")
    assert (published.sequence, published.place) == (1, "Hội trường tầng 3")
    change_record(published, acting_user=None, participants="Thêm: Giám đốc Sở Tài chính")
    published.refresh_from_db()
    assert published.sequence == 2 and published.uid == uid
    # The admin's own Publish button (a new revision published) counts too, and an old revision never
    # brings back an old SEQUENCE.
    published.content = "Họp giao ban (bổ sung nội dung)"
    published.save_revision().publish()
    published.refresh_from_db()
    assert published.sequence == 3


def test_a_move_keeps_the_first_time_and_moving_back_clears_it():
    published = event()
    first = published.starts_at
    change_record(published, acting_user=None, starts_at=first + dt.timedelta(days=1),
                  ends_at=first + dt.timedelta(days=1, hours=2))  # fmt: skip
    assert published.moved and published.moved_from == first and published.sequence == 1
    change_record(published, acting_user=None, starts_at=first + dt.timedelta(days=2),
                  ends_at=first + dt.timedelta(days=2, hours=2))  # fmt: skip
    assert published.moved_from == first and published.sequence == 2
    change_record(published, acting_user=None, starts_at=first, ends_at=first + dt.timedelta(hours=2))
    assert not published.moved and published.moved_from is None and published.sequence == 3


def test_a_cancellation_keeps_the_record_public_marked_cancelled():
    published = event()
    cancel_record(published, acting_user=None, reason="Lãnh đạo đi công tác Trung ương")
    published.refresh_from_db()
    assert published.live and published.cancelled and published.sequence == 1
    assert published.cancel_reason == "Lãnh đạo đi công tác Trung ương"
    with pytest.raises(ActionError, match="đã hủy"):
        cancel_record(published, acting_user=None)
    with pytest.raises(ActionError, match="đã hủy"):
        change_record(published, acting_user=None, place="Nơi khác")
    with pytest.raises(ActionError, match="Chỉ hủy được lịch đã công bố"):
        cancel_record(event(publish=False), acting_user=None)


def test_every_action_writes_its_audit_entry(django_user_model):
    admin = django_user_model.objects.create_superuser("quantri", "qt@example.gov.vn", "x")
    record = create_event(acting_user=admin, leader_name="A", starts_at=MONDAY, place="P", content="Họp")
    publish_record(record, acting_user=admin)
    change_record(record, acting_user=admin, place="Q")
    cancel_record(record, acting_user=admin, reason="Hoãn")
    actions = list(
        ModelLogEntry.objects.filter(
            object_id=str(record.pk), content_type=ContentType.objects.get_for_model(record)
        )
        .order_by("timestamp", "id")
        .values_list("action", "user")
    )
    names = [name for name, _ in actions]
    assert names[0] == "schedules.created" and "schedules.changed" in names and "schedules.cancelled" in names
    assert names.count("wagtail.publish") == 3
    assert {user for _, user in actions} == {admin.pk}


def _staff(django_user_model, username, *codenames, agency=None):
    user = django_user_model.objects.create_user(
        username, f"{username}@ex.vn", "Mat-khau-Manh-2026", is_staff=True
    )
    group = Group.objects.create(name=f"Nhóm {username}")
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="schedules", codename__in=codenames)
    )
    user.groups.add(group)
    if agency is not None:
        AgencyStaff.objects.create(user=user, agency=agency, position="Chuyên viên")
    return django_user_model.objects.get(pk=user.pk)


def test_who_may_do_what(django_user_model):
    writer = _staff(django_user_model, "capnhat", "add_workscheduleevent", "change_workscheduleevent")
    editor = _staff(django_user_model, "kiemduyet", "add_workscheduleevent", "change_workscheduleevent",
                    "publish_workscheduleevent")  # fmt: skip
    draft = create_event(acting_user=writer, leader_name="A", starts_at=MONDAY, place="P", content="Họp")
    assert access.available_actions(writer, draft) == ["change"]
    with pytest.raises(NotAllowed, match="không có quyền công bố"):
        publish_record(draft, acting_user=writer)
    publish_record(draft, acting_user=editor)
    assert access.available_actions(editor, draft) == ["change", "publish", "cancel"]
    with pytest.raises(NotAllowed, match="không có quyền hủy"):
        cancel_record(draft, acting_user=writer)
    with pytest.raises(NotAllowed):  # a published record changes by publishing again
        change_record(draft, acting_user=writer, place="Q")
    with pytest.raises(NotAllowed):
        create_invitation(acting_user=writer, number="1/GM")
    from django.contrib.auth.models import AnonymousUser

    assert access.available_actions(AnonymousUser(), draft) == []


def test_agency_staff_act_on_their_agencys_records_only(django_user_model):
    own, other = AgencyFactory(code="sotc"), AgencyFactory(code="sogddt")
    codenames = ("add_workscheduleevent", "change_workscheduleevent", "publish_workscheduleevent")
    staff = _staff(django_user_model, "vp.sotc", *codenames, agency=own)
    mine = create_event(
        acting_user=staff, agency=own, leader_name="A", starts_at=MONDAY, place="P", content="Họp"
    )
    publish_record(mine, acting_user=staff)
    with pytest.raises(NotAllowed):
        create_event(
            acting_user=staff, agency=other, leader_name="A", starts_at=MONDAY, place="P", content="Họp"
        )
    with pytest.raises(NotAllowed):
        create_event(
            acting_user=staff, leader_name="A", starts_at=MONDAY, place="P", content="Họp"
        )  # province's
    theirs = event(agency=other)
    assert access.available_actions(staff, theirs) == []
    with pytest.raises(NotAllowed):
        cancel_record(theirs, acting_user=staff)
    with pytest.raises(NotAllowed):
        change_record(mine, acting_user=staff, agency=other)


def test_text_is_cleaned_and_the_leader_gets_a_stable_slug():
    record = event(leader_name="  Nguyễn Văn  An ", content="Họp\x00 giao ban")
    assert record.leader_slug == "nguyen-van-an"
    change_record(record, acting_user=None, leader_position="Phó Chủ tịch")
    assert record.leader_slug == "nguyen-van-an"
    assert " giao ban " in record.search_folded and " nguyen " in record.search_folded
    with pytest.raises(ActionError, match="Không có trường"):
        change_record(record, acting_user=None, colour="đỏ")


@pytest.mark.parametrize(("profile", "clocks"), [("kon-tum", 1), ("national", 0)])
def test_signing_an_invitation_starts_the_posting_clock_where_the_profile_sets_one(settings, profile, clocks):
    """KT-11.1.c: deadlines.meeting_invitation is "immediate" from signing in Kon Tum; national has none."""
    from cong.core.testing.profiles import switch_profile

    switch_profile(settings, profile)
    draft = invitation(publish=False)
    found = list(clocks_for(draft))
    assert len(found) == clocks
    if clocks:
        clock = found[0]
        assert clock.purpose == "deadlines.meeting_invitation" and clock.source == "KT-11.1.c"
        assert clock.running and clock.event == draft.signed_at
        publish_record(draft, acting_user=None)
        clock.refresh_from_db()
        assert not clock.running  # posting stops it
