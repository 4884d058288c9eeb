"""Demo content of the schedules app (data in cong/demo/data/schedules/schedules.toml), loaded through its
actions: four weeks of the leaders' work schedule around ``now`` (this week always filled; one engagement
cancelled, one moved), meeting invitations and a notice (one cancelled, one moved — its SEQUENCE above 0 in
the calendar feed), and the citizen-reception days. Every date is relative to ``now``, so the demo loads on
any day of the year. Running it again adds nothing twice."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.utils import timezone
from django.utils.translation import gettext as _

from cong.core.clock import TZ
from cong.schedules.actions import (
    cancel_record,
    change_record,
    create_event,
    create_invitation,
    create_reception,
)
from cong.schedules.models import MeetingInvitation, ReceptionSession, WorkScheduleEvent

from .files import read_toml

DATA = read_toml("schedules/schedules.toml")
WEEKS = (-2, -1, 0, 1)


def _monday(now: dt.datetime) -> dt.date:
    today = timezone.localtime(now, TZ).date()
    return today - dt.timedelta(days=today.weekday())


def _at(now: dt.datetime, week: int, day: int, at: str) -> dt.datetime:
    hour, minute = (int(part) for part in at.split(":"))
    date = _monday(now) + dt.timedelta(weeks=week, days=day)
    return dt.datetime.combine(date, dt.time(hour, minute), tzinfo=TZ)


def _leader(slug: str) -> dict:
    leader = next(item for item in DATA["leaders"] if item["slug"] == slug)
    return {"leader_slug": slug, "leader_name": leader["name"], "leader_position": leader["position"]}


def load(now: dt.datetime, say: Callable[[str], object]) -> None:
    events = work_schedule(now)
    invitations = meeting_invitations(now)
    receptions = citizen_reception(now)
    say(
        _(
            "Lịch công tác: %(events)s lịch của %(leaders)s lãnh đạo trong 4 tuần tại /lich-cong-tac/ (lịch điện "
            "thoại: /lich-cong-tac/lich.ics); %(invitations)s giấy mời họp, thông báo tại /giay-moi-hop/; "
            "%(receptions)s buổi tiếp công dân tại /lich-tiep-cong-dan/."
        )
        % {
            "events": events,
            "leaders": len(DATA["leaders"]),
            "invitations": invitations,
            "receptions": receptions,
        }
    )


def _event(now, spec: dict, week: int):
    starts = _at(now, week, spec["day"], spec["at"])
    return create_event(
        acting_user=None,
        publish=True,
        **_leader(spec["leader"]),
        starts_at=starts,
        ends_at=starts + dt.timedelta(hours=spec["hours"]),
        place=spec["place"],
        content=spec["content"],
        participants=spec["participants"],
        preparing_unit=spec["preparing_unit"],
    )


def work_schedule(now: dt.datetime) -> int:
    if WorkScheduleEvent.objects.exists():
        return WorkScheduleEvent.objects.count()
    made = {}
    for week in WEEKS:
        for spec in DATA["weekly"]:
            made[(spec["leader"], week, spec["day"])] = _event(now, spec, week)
    for spec in DATA["once"]:
        _event(now, spec, spec["week"])
    spec = DATA["cancelled_event"]
    cancel_record(made[(spec["leader"], spec["week"], spec["day"])], acting_user=None, reason=spec["reason"])
    spec = DATA["moved_event"]
    moved = made[(spec["leader"], spec["week"], spec["day"])]
    starts = _at(now, spec["week"], spec["to_day"], spec["to_at"])
    change_record(
        moved, acting_user=None, starts_at=starts, ends_at=starts + (moved.ends_at - moved.starts_at)
    )
    return WorkScheduleEvent.objects.count()


def meeting_invitations(now: dt.datetime) -> int:
    if MeetingInvitation.objects.exists():
        return MeetingInvitation.objects.count()
    latest = (now - dt.timedelta(hours=1)).replace(second=0, microsecond=0)  # nothing signed after ``now``
    for number, spec in enumerate(DATA["invitations"], start=101):
        when = _at(now, spec["week"], spec["day"], spec["at"])
        # Signed some days before the meeting, in office hours, and never after the demo's ``now``.
        signed = min(
            dt.datetime.combine((when - dt.timedelta(days=spec["signed"])).date(), dt.time(10), tzinfo=TZ),
            latest,
        )
        meeting = spec["kind"] == "invitation"
        record = create_invitation(
            acting_user=None,
            publish=True,
            kind=spec["kind"],
            number=spec["number"].format(n=number),
            subject=spec["subject"],
            signer_name=spec["signer_name"],
            signer_position=spec["signer_position"],
            signed_at=signed if meeting else min(when, latest),
            starts_at=when if meeting else None,
            ends_at=when + dt.timedelta(hours=spec["hours"]) if meeting else None,
            place=spec.get("place", ""),
            chair=spec.get("chair", ""),
            attendees=spec.get("attendees", ""),
        )
        if "cancel" in spec:
            cancel_record(record, acting_user=None, reason=spec["cancel"])
        if "move_to_day" in spec:
            moved = _at(now, spec["week"], spec["move_to_day"], spec["move_to_at"])
            change_record(
                record, acting_user=None, starts_at=moved, ends_at=moved + dt.timedelta(hours=spec["hours"])
            )
    return MeetingInvitation.objects.count()


def citizen_reception(now: dt.datetime) -> int:
    if ReceptionSession.objects.exists():
        return ReceptionSession.objects.count()
    for spec in DATA["receptions"]:
        leader = _leader(spec["leader"])
        for week in spec["weeks"]:
            starts = _at(now, week, spec["day"], spec["at"])
            create_reception(
                acting_user=None,
                publish=True,
                receiver_name=leader["leader_name"],
                receiver_position=leader["leader_position"],
                starts_at=starts,
                ends_at=starts + dt.timedelta(hours=spec["hours"]),
                place=spec["place"],
                note=spec["note"],
            )
    return ReceptionSession.objects.count()
