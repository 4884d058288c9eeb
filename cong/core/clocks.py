"""Changes of state of clocks: start, stop, and recompute after a calendar change.

Other apps call these, never edit ``Clock`` rows themselves::

    from cong.core.clocks import start_clock, stop_clock
    clock = start_clock("qa.answer", question.received_at, subject=question)
    ...
    stop_clock(clock, reason="Đã trả lời")
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Model
from django.utils import timezone
from django.utils.translation import gettext as _

from .clock import TZ, WorkingCalendar, local, working_calendar
from .models import Clock, ClockDueChange
from .profiles import Period, Profile


def start_clock(
    purpose: str,
    event: dt.datetime | dt.date,
    *,
    subject: Model | None = None,
    period: Period | None = None,
    source: str = "",
    profile: Profile | str | None = None,
) -> Clock:
    """Start the clock named ``purpose`` (a profile key such as ``"qa.answer"``) for ``event``.

    The period and its clause come from the profile unless given. ``event`` is the start event: the
    reception moment, or a date alone (an issue date) — then counting starts the next working day.
    """
    clock = new_clock(purpose, event, period=period, source=source, profile=profile)
    if subject is not None:
        return save_clock(clock, subject)
    clock.save()
    return clock


def new_clock(
    purpose: str,
    event: dt.datetime | dt.date,
    *,
    period: Period | None = None,
    source: str = "",
    profile: Profile | str | None = None,
) -> Clock:
    """The clock ``start_clock`` would start, its due moment computed, not yet saved: for a record whose
    due moment is stored with it in the same write (``save_clock`` once the record has its key)."""
    calendar = working_calendar(profile)
    if period is None:
        period = calendar.profile.period(purpose)
        source = source or calendar.profile.param(purpose).source
    is_date = not isinstance(event, dt.datetime)
    clock = Clock(
        purpose=purpose,
        source=source,
        event_at=dt.datetime.combine(event, dt.time(), tzinfo=TZ) if is_date else event,
        event_is_date=is_date,
        period_days=period.days,
        period_unit=period.unit,
    )
    _compute(clock, calendar)
    return clock


def save_clock(clock: Clock, subject: Model) -> Clock:
    """Start ``clock`` (from ``new_clock``) for ``subject``."""
    clock.subject_type = ContentType.objects.get_for_model(subject)
    clock.subject_id = subject.pk
    clock.save()
    return clock


def stop_clock(clock: Clock, at: dt.datetime | None = None, reason: str = "") -> Clock:
    """Stop a clock (answered, posted, transferred…); its due moment and history stay as they are."""
    if clock.stopped_at is None:
        clock.stopped_at = at or timezone.now()
        clock.stop_reason = reason
        clock.save(update_fields=["stopped_at", "stop_reason"])
    return clock


def clocks_for(subject: Model):
    """Clocks of one record, oldest first."""
    return Clock.objects.filter(
        subject_type=ContentType.objects.get_for_model(subject), subject_id=subject.pk
    ).order_by("created_at", "pk")


def _compute(clock: Clock, calendar: WorkingCalendar) -> None:
    period = clock.period
    clock.due_at = calendar.due(clock.event, period)
    clock.started_at = calendar.clock_start(clock.event) if period.in_working_days else None


def recompute_clocks(dates: set[dt.date], reason: str, calendar: WorkingCalendar | None = None) -> int:
    """Recompute every running clock whose span covers one of ``dates``; record each moved due moment.

    Called when the operator adds, changes or removes a day off or a make-up working day. A clock is
    affected when a changed date lies between its event's day and its due day; stopped clocks keep
    their due moment and history. Returns how many clocks moved.
    """
    if not dates:
        return 0
    calendar = calendar or working_calendar()
    first, last = min(dates), max(dates)
    candidates = Clock.objects.filter(
        stopped_at__isnull=True,
        event_at__lt=dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tzinfo=TZ),
        due_at__gte=dt.datetime.combine(first, dt.time(), tzinfo=TZ),
    )
    moved = 0
    with transaction.atomic():
        for clock in candidates.select_for_update():
            previous = clock.due_at
            _compute(clock, calendar)
            if clock.due_at != previous:
                clock.save(update_fields=["due_at", "started_at"])
                ClockDueChange.objects.create(
                    clock=clock, previous_due_at=previous, new_due_at=clock.due_at, reason=reason[:400]
                )
                moved += 1
    return moved


@dataclass(frozen=True)
class PostingStatus:
    """What a reader sees of a posting clock: on time, late, due in N days, overdue."""

    state: str  # on_time, late, due, overdue
    label: str
    due_at: dt.datetime
    days: int
    source: str


def _count_days(calendar: WorkingCalendar, clock: Clock, first: dt.date, last: dt.date) -> int:
    if clock.period.in_calendar_days:
        return max(0, (last - first).days + 1)
    return calendar.working_days(first, last)


def posting_status(
    clock: Clock | None, calendar: WorkingCalendar, now: dt.datetime | None = None, verb: str | None = None
):
    """The state of a posting clock at ``now``; ``None`` when the record has no posting clock.

    ``verb`` names the duty in the labels ("đăng", "nhập cơ sở dữ liệu").
    """
    if clock is None or clock.due_at is None:
        return None
    verb = verb or _("đăng")
    now = local(now or timezone.now())
    due = local(clock.due_at)
    unit = _("ngày") if clock.period.in_calendar_days else _("ngày làm việc")
    due_text = _("%(time)s ngày %(date)s") % {"time": f"{due:%H:%M}", "date": f"{due:%d/%m/%Y}"}
    if clock.stopped_at is not None:
        posted = local(clock.stopped_at)
        if posted <= due:
            return PostingStatus(
                "on_time",
                _("%(verb)s đúng hạn (hạn %(due)s)") % {"verb": verb.capitalize(), "due": due_text},
                clock.due_at,
                0,
                clock.source,
            )
        late = max(1, _count_days(calendar, clock, due.date() + dt.timedelta(days=1), posted.date()))
        return PostingStatus(
            "late",
            _("%(verb)s trễ %(count)s %(unit)s (hạn %(due)s)")
            % {"verb": verb.capitalize(), "count": late, "unit": unit, "due": due_text},
            clock.due_at,
            late,
            clock.source,
        )
    if now <= due:
        today_counts = calendar.is_working_day(now.date()) and now.time() < calendar.closing
        first = now.date() if today_counts else calendar.next_working_day(now.date())
        left = max(1, _count_days(calendar, clock, first, due.date()))
        return PostingStatus(
            "due",
            _("Còn %(count)s %(unit)s để %(verb)s (hạn %(due)s)")
            % {"count": left, "unit": unit, "verb": verb, "due": due_text},
            clock.due_at,
            left,
            clock.source,
        )
    over = max(1, _count_days(calendar, clock, due.date() + dt.timedelta(days=1), now.date()))
    return PostingStatus(
        "overdue",
        _("Quá hạn %(verb)s %(count)s %(unit)s (hạn %(due)s)")
        % {"verb": verb, "count": over, "unit": unit, "due": due_text},
        clock.due_at,
        over,
        clock.source,
    )
