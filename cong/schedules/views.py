"""Public pages: the leaders' work schedule as a week (/lich-cong-tac/), meeting invitations and notices
(/giay-moi-hop/), the citizen-reception schedule (/lich-tiep-cong-dan/), their detail pages and calendar
feeds. A member portal shows its agency's records, the provincial portal everyone's
(``cong.registers.portals``). Every page runs a fixed number of queries whatever the number of records.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from cong.core.clock import TZ
from cong.core.jsonld import json_ld
from cong.core.pagination import paginate
from cong.core.params import text_param, year_error, year_param
from cong.core.search import MAX_QUERY_CHARS, search_terms
from cong.registers.portals import portal_agency, public_records

from .models import CalendarEntry, MeetingInvitation, ReceptionSession, WorkScheduleEvent
from .weeks import WEEKDAY_NAMES, Week, parse_week

# A calendar feed carries what a phone needs: the last half-year and everything ahead.
FEED_PAST = dt.timedelta(days=183)


def _search(queryset, q: str):
    for term in search_terms(q):
        # The folded column holds " word word …": " term" matches words that start with the term.
        queryset = queryset.filter(search_folded__contains=" " + term)
    return queryset


def _url(name: str, **params) -> str:
    kept = {k: v for k, v in params.items() if v}
    return reverse(name) + (f"?{urlencode(kept)}" if kept else "")


# --- Work schedule ------------------------------------------------------------------------------------


def leaders(events) -> list[dict]:
    """The leaders of the published events, for the filter: one query, each leader once, by name."""
    seen: dict[str, dict] = {}
    rows = events.order_by().values_list("leader_slug", "leader_name", "leader_position").distinct()
    for slug, name, position in rows:
        if slug and slug not in seen:
            seen[slug] = {"slug": slug, "name": name, "position": position}
    return sorted(seen.values(), key=lambda leader: (leader["name"], leader["slug"]))


def _leader_filter(request, events):
    """(the leader chosen by ``?leader=``, the leaders, an error): an unknown leader is explained and
    ignored."""
    options = leaders(events)
    slug = text_param(request.GET.get("leader"), 120)
    if not slug:
        return None, options, ""
    chosen = next((leader for leader in options if leader["slug"] == slug), None)
    if chosen is None:
        return (
            None,
            options,
            _("Không có lãnh đạo có mã “%(slug)s” trong lịch công tác; đang hiện lịch của mọi lãnh đạo.")
            % {"slug": slug},
        )
    return chosen, options, ""


def public_events(request, agency=...):
    return public_records(request, WorkScheduleEvent.objects.select_related("agency"), agency=agency)


def feed_links(request, leader: dict | None) -> dict:
    """The .ics address (all leaders, or the one chosen) and the same as webcal:// for phones."""
    path = reverse("schedules:leader-ics", args=[leader["slug"]]) if leader else reverse("schedules:ics")
    absolute = request.build_absolute_uri(path)
    return {"ics": path, "webcal": "webcal://" + absolute.split("://", 1)[1]}


@require_GET
def week_view(request):
    """Lịch công tác: /lich-cong-tac/?week=2026-W49&leader=<slug>&q=<words>

    Without ``q``: the ISO week asked for (the current one by default, or after a bad ``week``), Monday to
    Sunday, with the previous and next weeks. With ``q``: every matching event, newest first, paginated.
    """
    now = timezone.now()
    agency = portal_agency(request)
    events = public_events(request, agency)
    leader, options, leader_error = _leader_filter(request, events)
    if leader:
        events = events.filter(leader_slug=leader["slug"])
    q = text_param(request.GET.get("q"), MAX_QUERY_CHARS)
    week, week_error = parse_week(request.GET.get("week"), now)
    errors = [e for e in (week_error, leader_error) if e]
    leader_slug = leader["slug"] if leader else ""
    context = {
        "leader": leader,
        "leaders": options,
        "q": q,
        "errors": errors,
        "week": week,
        "feeds": feed_links(request, leader),
        "crumbs": [("", _("Lịch công tác"))],
        "agency": agency,
    }
    if q:
        page_obj = paginate(request, _search(events, q).order_by("-starts_at", "-id"))
        context.update(page_obj=page_obj, results=list(page_obj))
        return render(request, "schedules/week.html", context)
    in_week = list(
        events.filter(starts_at__gte=week.start, starts_at__lt=week.end).order_by("starts_at", "id")
    )
    by_day = defaultdict(list)
    for event in in_week:
        by_day[timezone.localtime(event.starts_at, TZ).date()].append(event)
    today = timezone.localtime(now, TZ).date()
    context.update(
        days=[
            {"date": day, "name": WEEKDAY_NAMES[i], "events": by_day.get(day, []), "today": day == today}
            for i, day in enumerate(week.days)
        ],
        count=len(in_week),
        previous_url=_url("schedules:week", week=week.previous.code, leader=leader_slug),
        next_url=_url("schedules:week", week=week.next.code, leader=leader_slug),
        current_url=_url("schedules:week", leader=leader_slug),
        is_current=week == Week.of(today),
    )
    return render(request, "schedules/week.html", context)


def event_json_ld(request, record: CalendarEntry, name: str, description: str, performer: str = "") -> str:
    """schema.org ``Event`` of a schedule entry: time, place, status (scheduled, rescheduled, cancelled)."""
    status = (
        "EventCancelled" if record.cancelled else "EventRescheduled" if record.moved else "EventScheduled"
    )
    url = request.build_absolute_uri(record.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "@id": url,
        "url": url,
        "name": name,
        "description": description,
        "inLanguage": "vi",
        "startDate": timezone.localtime(record.starts_at, TZ).isoformat(),
        "eventStatus": f"https://schema.org/{status}",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": {"@type": "Place", "name": record.place, "address": record.place},
        "organizer": {
            "@type": "GovernmentOrganization",
            "name": record.agency.name if record.agency_id else request_portal_name(request),
        },
    }
    if record.ends_at:
        data["endDate"] = timezone.localtime(record.ends_at, TZ).isoformat()
    if record.moved:
        data["previousStartDate"] = timezone.localtime(record.moved_from, TZ).isoformat()
    if performer:
        data["performer"] = {"@type": "Person", "name": performer}
    return json_ld(data)


def request_portal_name(request) -> str:
    from cong.portal.models import PortalSettings

    return PortalSettings.for_request(request).portal_name


def _detail(request, queryset, pk: int):
    record = public_records(request, queryset.select_related("agency")).filter(pk=pk).first()
    if record is None:
        raise Http404(_("Không có mục này."))
    return record


@require_GET
def event_detail(request, pk: int):
    event = _detail(request, WorkScheduleEvent.objects.all(), pk)
    week = Week.of(timezone.localtime(event.starts_at, TZ).date())
    return render(
        request,
        "schedules/event_detail.html",
        {
            "event": event,
            "week_url": _url("schedules:week", week=week.code),
            "leader_url": _url("schedules:week", week=week.code, leader=event.leader_slug),
            "feeds": feed_links(request, {"slug": event.leader_slug}),
            "json_ld": event_json_ld(
                request, event, event.ical_summary(), event.ical_description(), event.leader_label
            ),
            "crumbs": [(reverse("schedules:week"), _("Lịch công tác")), ("", event.leader_name)],
        },
    )


def _feed_window(queryset):
    return queryset.filter(starts_at__gte=timezone.now() - FEED_PAST).order_by("starts_at", "id")


@require_GET
def events_ics(request, slug: str = ""):
    """/lich-cong-tac/lich.ics (every leader; ``?leader=<slug>`` for one) and /lich-cong-tac/<slug>.ics."""
    from .ics import calendar_response  # the icalendar library is needed by the feeds alone

    slug = slug or text_param(request.GET.get("leader"), 120)
    events = public_events(request)
    name = _(_("Lịch công tác"))
    if slug:
        events = events.filter(leader_slug=slug)
        first = (
            events.select_related(None).order_by("-starts_at").only("leader_name", "leader_position").first()
        )
        if first is None:
            return HttpResponse(
                _("Không có lịch công tác của lãnh đạo có mã “%(slug)s”.") % {"slug": slug},
                status=404,
                content_type="text/plain; charset=utf-8",
            )
        name = _("Lịch công tác – %(leader)s") % {"leader": first.leader_label}
    return calendar_response(
        _feed_window(events),
        request=request,
        name=name,
        description=_("Lịch công tác của lãnh đạo tỉnh (BK-3.3.c, KT-10.3)."),
        filename=f"lich-cong-tac-{slug}.ics" if slug else "lich-cong-tac.ics",
    )


# --- Meeting invitations and notices ------------------------------------------------------------------


@require_GET
def invitation_list(request):
    """Giấy mời họp, thông báo: /giay-moi-hop/?q=&kind=&year= — newest signed first."""
    agency = portal_agency(request)
    invitations = public_records(request, MeetingInvitation.objects.select_related("agency"), agency=agency)
    years = sorted({d.year for d in invitations.dates("signed_at", "year")}, reverse=True)
    q = text_param(request.GET.get("q"), MAX_QUERY_CHARS)
    kind = text_param(request.GET.get("kind"), 20)
    raw_year = text_param(request.GET.get("year"), 20)
    errors = []
    if kind and kind not in MeetingInvitation.Kind.values:
        errors.append(
            _("Loại “%(kind)s” không có; hãy chọn Giấy mời họp hoặc Thông báo. Đang hiện mọi loại.")
            % {"kind": kind}
        )
        kind = ""
    year = year_param(raw_year)
    if raw_year and year is None:
        errors.append(year_error(raw_year))
    if kind:
        invitations = invitations.filter(kind=kind)
    if year:
        invitations = invitations.filter(signed_at__year=year)
    invitations = _search(invitations, q).order_by("-signed_at", "-id")
    page_obj = paginate(request, invitations)
    return render(
        request,
        "schedules/invitation_list.html",
        {
            "page_obj": page_obj,
            "results": list(page_obj),
            "filters": {"q": q, "kind": kind, "year": str(year) if year else ""},
            "filtered": bool(q or kind or year),
            "kinds": MeetingInvitation.Kind.choices,
            "years": years,
            "errors": errors,
            "crumbs": [("", _("Giấy mời họp, thông báo"))],
        },
    )


@require_GET
def invitation_detail(request, pk: int):
    invitation = _detail(request, MeetingInvitation.objects.select_related("document"), pk)
    meeting = invitation.kind == MeetingInvitation.Kind.INVITATION and invitation.starts_at is not None
    return render(
        request,
        "schedules/invitation_detail.html",
        {
            "invitation": invitation,
            "json_ld": event_json_ld(
                request,
                invitation,
                invitation.ical_summary(),
                invitation.ical_description(),
                invitation.chair,
            )
            if meeting
            else "",
            "crumbs": [
                (reverse("schedules:invitations"), _("Giấy mời họp, thông báo")),
                ("", str(invitation)),
            ],
        },
    )


@require_GET
def invitations_ics(request):
    """/giay-moi-hop/lich.ics: the meetings of the published invitations."""
    from .ics import calendar_response

    invitations = public_records(request, MeetingInvitation.objects.filter(starts_at__isnull=False))
    return calendar_response(
        _feed_window(invitations),
        request=request,
        name=_("Lịch họp theo giấy mời"),
        description=_("Các cuộc họp theo giấy mời đã đăng trên Cổng (KT-10.4)."),
        filename="giay-moi-hop.ics",
    )


# --- Citizen reception --------------------------------------------------------------------------------

PERIODS = {"upcoming": gettext_lazy("Sắp tới"), "past": gettext_lazy("Đã qua")}


@require_GET
def reception_list(request):
    """Lịch tiếp công dân: /lich-tiep-cong-dan/?period=upcoming|past&q= — the days ahead first."""
    now = timezone.now()
    sessions = public_records(request, ReceptionSession.objects.select_related("agency"))
    period = text_param(request.GET.get("period"), 20) or "upcoming"
    errors = []
    if period not in PERIODS:
        errors.append(
            _("Mục “%(period)s” không có; hãy chọn Sắp tới hoặc Đã qua. Đang hiện lịch sắp tới.")
            % {"period": period}
        )
        period = "upcoming"
    today = dt.datetime.combine(timezone.localtime(now, TZ).date(), dt.time(), tzinfo=TZ)
    if period == "upcoming":
        sessions = sessions.filter(starts_at__gte=today).order_by("starts_at", "id")
    else:
        sessions = sessions.filter(starts_at__lt=today).order_by("-starts_at", "-id")
    q = text_param(request.GET.get("q"), MAX_QUERY_CHARS)
    page_obj = paginate(request, _search(sessions, q))
    return render(
        request,
        "schedules/reception_list.html",
        {
            "page_obj": page_obj,
            "results": list(page_obj),
            "period": period,
            "periods": PERIODS.items(),
            "q": q,
            "errors": errors,
            "crumbs": [("", _("Lịch tiếp công dân"))],
        },
    )


@require_GET
def reception_detail(request, pk: int):
    session = _detail(request, ReceptionSession.objects.all(), pk)
    return render(
        request,
        "schedules/reception_detail.html",
        {
            "session": session,
            "json_ld": event_json_ld(
                request,
                session,
                session.ical_summary(),
                session.note or session.ical_summary(),
                session.receiver_label,
            ),  # fmt: skip
            "crumbs": [(reverse("schedules:receptions"), _("Lịch tiếp công dân")), ("", str(session))],
        },
    )


@require_GET
def receptions_ics(request):
    """/lich-tiep-cong-dan/lich.ics: the citizen-reception days."""
    from .ics import calendar_response

    return calendar_response(
        _feed_window(public_records(request, ReceptionSession.objects.all())),
        request=request,
        name=_(_("Lịch tiếp công dân")),
        description=_("Lịch tiếp công dân của lãnh đạo tỉnh (LC-10.1.b)."),
        filename="lich-tiep-cong-dan.ics",
    )
