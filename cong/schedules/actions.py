"""Every change of state of schedules, invitations and reception days, one function each (called by the
admin, the demo and the tests alike). Each checks who may act (``cong.schedules.access``), refuses bad input
with a Vietnamese message naming the clause, runs in one transaction and writes its audit entry.

Publication goes through Wagtail's revisions (``save_revision().publish()``, like the admin's Publish
button); the ``published`` signal raises the record's iCalendar SEQUENCE when it was published before
(``record_published``), so a phone that subscribed to the feed replaces its copy of the event.

``acting_user`` is keyword-only everywhere; ``None`` is the system (the demo loader, a command).
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from cong.core.text import clean_text

from . import access
from .models import CalendarEntry, MeetingInvitation, ReceptionSession, WorkScheduleEvent

CANCEL_REASON_MAX = 500


class ActionError(ValueError):
    """Input an action refuses; the message says what is wrong and names the clause. Nothing was stored."""


class NotAllowed(PermissionDenied):
    """The user may not take this action; the message says so in Vietnamese."""


def _empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def problems(record: CalendarEntry) -> list[str]:
    """What stops ``record`` being stored or published: each field its clause requires that is empty
    («Thiếu địa điểm (KT-10.3)»), and an end that is not after the start."""
    found = [
        _("Thiếu %(field)s (%(clause)s).") % {"field": label, "clause": record.CLAUSE}
        for field, label in record.required_fields()
        if _empty(getattr(record, field, None))
    ]
    if record.starts_at and record.ends_at and record.ends_at <= record.starts_at:
        found.append(_("Thời gian kết thúc phải sau thời gian bắt đầu."))
    return found


def _check(record: CalendarEntry) -> None:
    found = problems(record)
    if found:
        raise ActionError(" ".join(found))


def _allow(user, action: str, record_or_model, agency=None) -> None:
    model = record_or_model if isinstance(record_or_model, type) else type(record_or_model)
    if not access.may(user, action, model, agency):
        raise NotAllowed(str(access.REFUSALS[action]))


def _clean(model: type[CalendarEntry], fields: dict) -> dict:
    """Text fields as one clean NFC string (legacy TCVN3/VNI repaired); an unknown field is refused."""
    names = {f.name for f in model._meta.get_fields()}
    unknown = sorted(set(fields) - names)
    if unknown:
        raise ActionError(_("Không có trường %(fields)s.") % {"fields": ", ".join(unknown)})
    return {k: clean_text(v).strip() if isinstance(v, str) else v for k, v in fields.items()}


def _publish(record: CalendarEntry, user) -> CalendarEntry:
    revision = record.save_revision(user=user, log_action=True)
    revision.publish(user=user)
    record.refresh_from_db()
    return record


# --- Create, change, publish, cancel -----------------------------------------------------------------


@transaction.atomic
def create_record(
    model: type[CalendarEntry], *, acting_user, publish: bool = False, **fields
) -> CalendarEntry:
    """Thêm: a new record of ``model`` (a draft, or published at once with ``publish=True``)."""
    _allow(acting_user, access.ADD, model, fields.get("agency"))
    record = model(**_clean(model, fields))
    record.live = False
    _check(record)
    record.save()
    record.save_revision(user=acting_user)
    log(record, "schedules.created", user=acting_user)
    if publish:
        publish_record(record, acting_user=acting_user)
    return record


def create_event(*, acting_user, publish: bool = False, **fields) -> WorkScheduleEvent:
    """Thêm lịch công tác của lãnh đạo (KT-10.3)."""
    return create_record(WorkScheduleEvent, acting_user=acting_user, publish=publish, **fields)


def create_invitation(*, acting_user, publish: bool = False, **fields) -> MeetingInvitation:
    """Thêm giấy mời họp hoặc thông báo (KT-10.4); ``signed_at`` starts its posting clock (KT-11.1.c)."""
    return create_record(MeetingInvitation, acting_user=acting_user, publish=publish, **fields)


def create_reception(*, acting_user, publish: bool = False, **fields) -> ReceptionSession:
    """Thêm buổi tiếp công dân (LC-10.1.b)."""
    return create_record(ReceptionSession, acting_user=acting_user, publish=publish, **fields)


@transaction.atomic
def change_record(record: CalendarEntry, *, acting_user, **fields) -> CalendarEntry:
    """Sửa: change fields; a published record is published again at once (its SEQUENCE goes up, so the
    subscribed calendars update the same event). A new start time of a published record is a move: the
    first start is kept in ``moved_from`` and shown («đã dời từ …»)."""
    _allow(acting_user, access.CHANGE, record, record.agency)
    fields = _clean(type(record), fields)
    if "agency" in fields:
        _allow(acting_user, access.CHANGE, record, fields["agency"])
    if record.cancelled:
        raise ActionError(_("Lịch đã hủy không sửa được; hãy thêm lịch mới."))
    if record.live:  # a change of a published record is published at once
        _allow(acting_user, access.PUBLISH, record, record.agency)
    before = record.starts_at
    kept = {name: getattr(record, name) for name in (*fields, "moved_from")}
    for name, value in fields.items():
        setattr(record, name, value)
    try:
        _check(record)
    except ActionError:
        for name, value in kept.items():  # the caller's copy stays as stored
            setattr(record, name, value)
        raise
    if record.live and before is not None and record.starts_at != before:
        original = record.moved_from or before
        record.moved_from = None if record.starts_at == original else original
    log(record, "schedules.changed", user=acting_user, data={"fields": sorted(fields)})
    if record.live:
        return _publish(record, acting_user)
    record.save()
    record.save_revision(user=acting_user)
    return record


@transaction.atomic
def publish_record(record: CalendarEntry, *, acting_user) -> CalendarEntry:
    """Công bố: publish the record (its fields checked again); the posting clock, if any, stops."""
    _allow(acting_user, access.PUBLISH, record, record.agency)
    _check(record)
    return _publish(record, acting_user)


@transaction.atomic
def cancel_record(record: CalendarEntry, *, acting_user, reason: str = "") -> CalendarEntry:
    """Hủy: a published event is cancelled, not deleted: it stays on the page marked «Đã hủy» and in the
    calendar feed with STATUS:CANCELLED and a higher SEQUENCE, so subscribed phones drop it."""
    _allow(acting_user, access.CANCEL, record, record.agency)
    if record.cancelled:
        raise ActionError(_("Lịch này đã hủy."))
    if not record.live:
        raise ActionError(_("Chỉ hủy được lịch đã công bố; lịch chưa công bố hãy xóa."))
    reason = clean_text(reason or "").strip()[:CANCEL_REASON_MAX]
    record.status = CalendarEntry.Status.CANCELLED
    record.cancel_reason = reason
    log(record, "schedules.cancelled", user=acting_user, data={"reason": reason} if reason else None)
    return _publish(record, acting_user)


def record_published(record: CalendarEntry) -> None:
    """After a publication (by an action or the admin's button): a record published before gets the next
    SEQUENCE (RFC 5545 §3.8.7.4), written to the row alone (revisions never carry it)."""
    first, last = record.first_published_at, record.last_published_at
    if first is None or last is None or last <= first:
        return
    type(record).objects.filter(pk=record.pk).update(sequence=F("sequence") + 1)
    record.sequence += 1
