"""Open-data API of the schedules app: each (path under /api/v1/, router, what it lists) in ``ENDPOINTS``.

* ``work-schedules/`` — the leaders' work schedule, with ``week`` (2026-W49), ``leader`` (slug), ``q``;
* ``meeting-invitations/`` — invitations and notices, with ``kind``, ``year``, ``q``;
* ``reception-schedules/`` — citizen-reception days, with ``period`` (upcoming, past), ``q``.

A cancelled record stays listed with ``status: "cancelled"``; ``sequence`` counts its published changes and
``uid`` is the stable identity its calendar feeds use. A member portal's API lists its agency's records.
"""

from __future__ import annotations

import datetime as dt
import uuid

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import Router, Schema
from ninja.responses import Status

from cong.core.api import ErrorOut, paged
from cong.core.clock import TZ
from cong.core.params import text_param, year_error, year_param
from cong.core.search import MAX_QUERY_CHARS
from cong.registers.portals import public_records

from .models import CalendarEntry, MeetingInvitation, ReceptionSession, WorkScheduleEvent
from .views import PERIODS, _search
from .weeks import parse_week


class EntryOut(Schema):
    id: int
    uid: uuid.UUID
    url: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    place: str
    status: str
    status_name: str
    cancel_reason: str
    moved_from: dt.datetime | None
    sequence: int
    agency: str | None
    published_at: dt.datetime | None
    updated_at: dt.datetime | None


class WorkScheduleOut(EntryOut):
    leader: str
    leader_position: str
    leader_slug: str
    content: str
    participants: str
    preparing_unit: str


class WorkScheduleList(Schema):
    count: int
    page: int
    pages: int
    results: list[WorkScheduleOut]


class InvitationOut(Schema):
    id: int
    uid: uuid.UUID
    url: str
    kind: str
    kind_name: str
    number: str
    subject: str
    signer: str
    signer_position: str
    signed_at: dt.datetime
    starts_at: dt.datetime | None
    ends_at: dt.datetime | None
    place: str
    chair: str
    attendees: str
    file: str | None
    status: str
    status_name: str
    cancel_reason: str
    moved_from: dt.datetime | None
    sequence: int
    agency: str | None
    published_at: dt.datetime | None


class InvitationList(Schema):
    count: int
    page: int
    pages: int
    results: list[InvitationOut]


class ReceptionOut(EntryOut):
    receiver: str
    receiver_position: str
    note: str


class ReceptionList(Schema):
    count: int
    page: int
    pages: int
    results: list[ReceptionOut]


def _entry(request, record: CalendarEntry) -> dict:
    return {
        "id": record.pk,
        "uid": record.uid,
        "url": request.build_absolute_uri(record.get_absolute_url()),
        "starts_at": record.starts_at,
        "ends_at": record.ends_at,
        "place": record.place,
        "status": record.status,
        "status_name": record.get_status_display(),
        "cancel_reason": record.cancel_reason,
        "moved_from": record.moved_from,
        "sequence": record.sequence,
        "agency": record.agency.name if record.agency_id else None,
        "published_at": record.first_published_at,
        "updated_at": record.last_published_at,
    }


def event_out(request, event: WorkScheduleEvent) -> dict:
    return {
        **_entry(request, event),
        "leader": event.leader_name,
        "leader_position": event.leader_position,
        "leader_slug": event.leader_slug,
        "content": event.content,
        "participants": event.participants,
        "preparing_unit": event.preparing_unit,
    }


def invitation_out(request, invitation: MeetingInvitation) -> dict:
    entry = _entry(request, invitation)
    return {
        **{k: entry[k] for k in ("id", "uid", "url", "starts_at", "ends_at", "place", "status", "status_name",
                                 "cancel_reason", "moved_from", "sequence", "agency", "published_at")},
        "kind": invitation.kind,
        "kind_name": invitation.get_kind_display(),
        "number": invitation.number,
        "subject": invitation.subject,
        "signer": invitation.signer_name,
        "signer_position": invitation.signer_position,
        "signed_at": invitation.signed_at,
        "chair": invitation.chair,
        "attendees": invitation.attendees,
        "file": request.build_absolute_uri(invitation.document.url) if invitation.document_id else None,
    }  # fmt: skip


def reception_out(request, session: ReceptionSession) -> dict:
    return {
        **_entry(request, session),
        "receiver": session.receiver_name,
        "receiver_position": session.receiver_position,
        "note": session.note,
    }


def _many(render, request):
    return lambda window: [render(request, record) for record in window]


# --- Work schedule ------------------------------------------------------------------------------------

work_router = Router(tags=[gettext_lazy("Lịch công tác")])


@work_router.get(
    "/",
    response={200: WorkScheduleList, 400: ErrorOut, 404: ErrorOut},
    summary=gettext_lazy("Lịch công tác của lãnh đạo"),
)
def list_events(request, week: str = "", leader: str = "", q: str = "", page: str = "1"):
    """Published events in start order. ``week`` (ISO week, 2026-W49) keeps that week, Monday to Sunday;
    ``leader`` (the slug of /lich-cong-tac/?leader=) one leader; ``q`` words with or without diacritics."""
    events = public_records(request, WorkScheduleEvent.objects.select_related("agency"))
    if week:
        chosen, error = parse_week(week, timezone.now(), fallback_note=False)
        if error:
            return Status(400, {"detail": error})
        events = events.filter(starts_at__gte=chosen.start, starts_at__lt=chosen.end)
    slug = text_param(leader, 120)
    if slug:
        events = events.filter(leader_slug=slug)
    events = _search(events, text_param(q, MAX_QUERY_CHARS)).order_by("starts_at", "id")
    return paged(events, page, _many(event_out, request))


@work_router.get(
    "/{int:event_id}/",
    response={200: WorkScheduleOut, 404: ErrorOut},
    summary=gettext_lazy("Một lịch công tác"),
)
def get_event(request, event_id: int):
    event = (
        public_records(request, WorkScheduleEvent.objects.select_related("agency"))
        .filter(pk=event_id)
        .first()
    )
    if event is None:
        return Status(404, {"detail": _("Không có lịch công tác này.")})
    return event_out(request, event)


# --- Meeting invitations ------------------------------------------------------------------------------

invitations_router = Router(tags=[gettext_lazy("Giấy mời họp, thông báo")])


def _invitations(request):
    return public_records(request, MeetingInvitation.objects.select_related("agency", "document"))


@invitations_router.get(
    "/",
    response={200: InvitationList, 400: ErrorOut, 404: ErrorOut},
    summary=gettext_lazy("Giấy mời họp, thông báo"),
)
def list_invitations(request, kind: str = "", year: str = "", q: str = "", page: str = "1"):
    """Published invitations and notices, newest signed first; ``kind`` (invitation, notice), ``year`` of
    signing, ``q`` words with or without diacritics."""
    invitations = _invitations(request)
    if kind:
        if kind not in MeetingInvitation.Kind.values:
            return Status(
                400,
                {
                    "detail": _("Loại “%(kind)s” không có; dùng invitation hoặc notice.")
                    % {"kind": text_param(kind, 20)}
                },
            )
        invitations = invitations.filter(kind=kind)
    if year:
        if year_param(year) is None:
            return Status(400, {"detail": year_error(year)})
        invitations = invitations.filter(signed_at__year=year_param(year))
    invitations = _search(invitations, text_param(q, MAX_QUERY_CHARS)).order_by("-signed_at", "-id")
    return paged(invitations, page, _many(invitation_out, request))


@invitations_router.get(
    "/{int:invitation_id}/",
    response={200: InvitationOut, 404: ErrorOut},
    summary=gettext_lazy("Một giấy mời họp, thông báo"),
)
def get_invitation(request, invitation_id: int):
    invitation = _invitations(request).filter(pk=invitation_id).first()
    if invitation is None:
        return Status(404, {"detail": _("Không có giấy mời họp, thông báo này.")})
    return invitation_out(request, invitation)


# --- Citizen reception --------------------------------------------------------------------------------

reception_router = Router(tags=[gettext_lazy("Lịch tiếp công dân")])


@reception_router.get(
    "/",
    response={200: ReceptionList, 400: ErrorOut, 404: ErrorOut},
    summary=gettext_lazy("Lịch tiếp công dân"),
)
def list_receptions(request, period: str = "", q: str = "", page: str = "1"):
    """Citizen-reception days: ``period`` upcoming (from today, soonest first; the default) or past (latest
    first); ``q`` words with or without diacritics."""
    sessions = public_records(request, ReceptionSession.objects.select_related("agency"))
    period = period or "upcoming"
    if period not in PERIODS:
        return Status(
            400,
            {
                "detail": _("Mục “%(period)s” không có; dùng upcoming hoặc past.")
                % {"period": text_param(period, 20)}
            },
        )
    today = dt.datetime.combine(timezone.localtime(timezone.now(), TZ).date(), dt.time(), tzinfo=TZ)
    if period == "upcoming":
        sessions = sessions.filter(starts_at__gte=today).order_by("starts_at", "id")
    else:
        sessions = sessions.filter(starts_at__lt=today).order_by("-starts_at", "-id")
    sessions = _search(sessions, text_param(q, MAX_QUERY_CHARS))
    return paged(sessions, page, _many(reception_out, request))


@reception_router.get(
    "/{int:session_id}/",
    response={200: ReceptionOut, 404: ErrorOut},
    summary=gettext_lazy("Một buổi tiếp công dân"),
)
def get_reception(request, session_id: int):
    session = (
        public_records(request, ReceptionSession.objects.select_related("agency"))
        .filter(pk=session_id)
        .first()
    )
    if session is None:
        return Status(404, {"detail": _("Không có buổi tiếp công dân này.")})
    return reception_out(request, session)


ENDPOINTS: list = [
    (
        "work-schedules/",
        work_router,
        gettext_lazy("Lịch công tác của lãnh đạo tỉnh; lọc theo week (2026-W49), leader, q"),
    ),
    (
        "meeting-invitations/",
        invitations_router,
        gettext_lazy("Giấy mời họp, thông báo; lọc theo kind, year, q"),
    ),
    (
        "reception-schedules/",
        reception_router,
        gettext_lazy("Lịch tiếp công dân; lọc theo period (upcoming, past), q"),
    ),
]
