"""Changes of state of the core kernel (see cong/citizens/actions.py for the pattern).

``confirm_estimated_day``: the operator confirms a day the ``holidays`` package estimated (dự kiến) with
the instrument that announced it; from then on the day is an operator entry, no longer an estimate.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from .clock import MAKE_UP, WorkingCalendar
from .models import CalendarAdjustment

CONFIRM_ACTION = "cong.calendar.confirm"


class CalendarActionError(ValueError):
    """A calendar change that cannot happen; the message is shown to the operator, in Vietnamese."""


def confirm_estimated_day(day: dt.date, *, acting_user, instrument: str) -> CalendarAdjustment:
    """Confirm the estimated day ``day`` with ``instrument`` (số, ngày của văn bản công bố).

    Writes an operator entry of the same kind (day off or make-up day), so clocks keep their due
    moments and no longer carry the «dự kiến» note; the audit log keeps who confirmed it and how.
    """
    if not acting_user.has_perm("core.add_calendaradjustment"):
        raise PermissionDenied(_("Bạn không có quyền xác nhận lịch nghỉ."))
    instrument = (instrument or "").strip()
    if not instrument:
        raise CalendarActionError(_("Hãy ghi văn bản công bố (số, ngày ban hành) để xác nhận ngày dự kiến."))
    with transaction.atomic():
        calendar = WorkingCalendar()
        estimate = calendar.special_day(day)
        if estimate is None or not estimate.estimated:
            raise CalendarActionError(
                _("Ngày %(day)s không phải ngày dự kiến: không có gì để xác nhận.")
                % {"day": f"{day:%d/%m/%Y}"}
            )
        kind = (
            CalendarAdjustment.Kind.MAKE_UP if estimate.kind == MAKE_UP else CalendarAdjustment.Kind.DAY_OFF
        )
        entry = CalendarAdjustment.objects.create(
            date=day, kind=kind, reason=f"{estimate.name} — {instrument}"[:255]
        )
        log(
            entry,
            CONFIRM_ACTION,
            user=acting_user,
            data={"date": day.isoformat(), "estimate": estimate.name, "instrument": instrument},
        )
    return entry
