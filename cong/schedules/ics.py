"""iCalendar feeds (RFC 5545) that a phone or desktop calendar subscribes to: the leaders' work schedule (all
leaders, or one), the meetings of the invitations, the citizen-reception days.

Each record is one VEVENT whose UID never changes (the record's UUID); every later publication raises its
SEQUENCE, and a cancelled record stays in the feed with STATUS:CANCELLED, so a subscribed calendar updates
or removes the same event instead of adding a second one. Times are written in UTC (``…Z``), which every
client reads without a VTIMEZONE block. Written with the ``icalendar`` library (line folding, escaping).
"""

from __future__ import annotations

import datetime as dt

from django.http import HttpResponse
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from .models import CalendarEntry

PRODID = "-//Cong TTDT//Lich cong tac//VI"
REFRESH = dt.timedelta(hours=1)


def _utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC)


def event_of(record: CalendarEntry, url: str) -> Event:
    """The VEVENT of one record (``url``: its public page, absolute)."""
    event = Event()
    event.add("uid", str(record.uid))
    stamp = record.last_published_at or record.updated_at
    event.add("dtstamp", _utc(stamp))
    event.add("last-modified", _utc(stamp))
    if record.first_published_at:
        event.add("created", _utc(record.first_published_at))
    event.add("dtstart", _utc(record.starts_at))
    if record.ends_at:
        event.add("dtend", _utc(record.ends_at))
    event.add("summary", record.ical_summary())
    description = record.ical_description()
    if record.cancelled:
        if record.cancel_reason:
            cancelled = _("ĐÃ HỦY: %(reason)s") % {"reason": record.cancel_reason}
        else:
            cancelled = _("ĐÃ HỦY")
        description = f"{cancelled}\n{description}"
    elif record.moved:
        moved = _("Đã dời từ %(time)s UTC") % {
            "time": f"{record.moved_from.astimezone(dt.UTC):%Y-%m-%d %H:%M}"
        }
        description = f"{moved}\n{description}"
    if description.strip():
        event.add("description", description.strip())
    if record.place:
        event.add("location", record.place)
    event.add("url", url)
    event.add("sequence", record.sequence)
    event.add("status", "CANCELLED" if record.cancelled else "CONFIRMED")
    event.add("transp", "OPAQUE")
    return event


def calendar_response(records, *, request, name: str, description: str, filename: str) -> HttpResponse:
    """``records`` (published, with a start time) as a text/calendar response."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-caldesc", description)
    calendar.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT1H")
    for record in records:
        if record.starts_at is not None:
            calendar.add_component(event_of(record, request.build_absolute_uri(record.get_absolute_url())))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
