"""Every change of state of the officials app (leaders, directory, spokespersons, statements, commendations
and sanctions), one function each, called by the admin, the demo and the tests alike.

Each checks who may act (``cong.officials.access``), refuses a record missing what its clause requires
(``problems()`` of the model: «Cần ít nhất số điện thoại hoặc số fax (LC-9.1.k)», the profile's
``spokesperson.fields``…) before anything is written, runs in one transaction and writes its audit entry
(Wagtail's audit log: «officials.saved», and Wagtail's own publish and unpublish entries).

``acting_user`` is keyword-only; ``None`` is the system (the demo loader, a command).
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from . import access
from .models import OfficialsRecord


class ActionError(ValueError):
    """A record that cannot be saved or published as it stands; the message says why, in Vietnamese."""


class NotAllowed(PermissionDenied):
    """The user may not take this action on this record."""


def _check(action: str, record: OfficialsRecord, acting_user) -> None:
    if not access.may(acting_user, action, record):
        raise NotAllowed(access.refusal(action, record))


def _validate(record: OfficialsRecord) -> None:
    """Django's field checks and the clause checks (``problems``), as one Vietnamese message."""
    try:
        record.full_clean(exclude=["search_folded"])
    except ValidationError as error:
        messages = []
        for field, errors in error.message_dict.items():
            label = record._meta.get_field(field).verbose_name if field != "__all__" else ""
            messages += [f"{label}: {e}" if label else e for e in errors]
        raise ActionError(" ".join(m if m.endswith(".") else m + "." for m in messages)) from None


@transaction.atomic
def save_record(record: OfficialsRecord, *, acting_user, publish: bool = False) -> OfficialsRecord:
    """Lưu (và đăng): validate, save, write the audit entry; ``publish`` publishes it in the same step.

    A new or withdrawn record is saved as a draft; a live record's changes are kept in a revision until
    it is published again (what the portal shows does not change before that)."""
    created = record.pk is None
    _check(access.SAVE, record, acting_user)
    if publish:
        _check(access.PUBLISH, record, acting_user)
    _validate(record)
    if created:
        record.live = False  # a new record is a draft until it is published
    if record.live:
        # A live record's changes wait in a revision; the portal shows the published version until then.
        if not publish:
            record.save_revision(user=acting_user, log_action=False)
    else:
        record.save()
    log(
        instance=record,
        action="officials.saved",
        user=acting_user,
        data={"created": created, "record": str(record)},
    )
    if publish:
        _publish(record, acting_user)
    return record


@transaction.atomic
def publish_record(record: OfficialsRecord, *, acting_user) -> OfficialsRecord:
    """Đăng: the record goes live on its portal (Wagtail's revision, its ``published`` signal and entry)."""
    _check(access.PUBLISH, record, acting_user)
    _validate(record)
    _publish(record, acting_user)
    return record


def _publish(record: OfficialsRecord, acting_user) -> None:
    revision = record.save_revision(user=acting_user, log_action=True)
    revision.publish(user=acting_user)
    record.refresh_from_db()


@transaction.atomic
def unpublish_record(record: OfficialsRecord, *, acting_user) -> OfficialsRecord:
    """Gỡ: the record leaves the portal (kept as a draft; Wagtail's unpublish entry)."""
    _check(access.UNPUBLISH, record, acting_user)
    if not record.live:
        raise ActionError(_("Bản ghi này chưa được đăng."))
    record.unpublish(user=acting_user, log_action=True)
    record.refresh_from_db()
    return record
