"""Open-data API of the statistics app: each (path under /api/v1/, router, what it lists) in ``ENDPOINTS``.

``science/`` (nhiệm vụ khoa học và công nghệ, results only once accepted), ``statistics/`` (thông tin thống
kê with their figures), ``edoc-exchange/`` (trao đổi văn bản điện tử; 404 when the profile does not
publish it, ``registers.edoc_exchange``).
"""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from ninja import Router, Schema
from ninja.responses import Status

from cong.core.api import ErrorOut, paged
from cong.core.params import year_error, year_param
from cong.core.profiles import get_profile

from .actions import parse_period
from .models import EdocExchange, ScienceProgramme, StatisticsRelease

science_router = Router(tags=[_("Khoa học và công nghệ")])
statistics_router = Router(tags=[_("Thống kê")])
edoc_router = Router(tags=[_("Văn bản điện tử")])


class ProgrammeOut(Schema):
    id: int
    url: str
    code: str
    name: str
    level: str
    level_name: str
    field: str
    lead_unit: str
    chair: str
    starts_on: dt.date | None
    ends_on: dt.date | None
    approved_on: dt.date | None
    accepted_on: dt.date | None
    summary_report: str
    application_report: str
    agency: str | None


class ProgrammeList(Schema):
    count: int
    page: int
    pages: int
    results: list[ProgrammeOut]


def _programme(request, p: ScienceProgramme) -> dict:
    accepted = p.has_results
    return {
        "id": p.pk, "url": request.build_absolute_uri(p.get_absolute_url()), "code": p.code, "name": p.name,
        "level": p.level, "level_name": p.get_level_display(), "field": p.field, "lead_unit": p.lead_unit,
        "chair": p.chair, "starts_on": p.starts_on, "ends_on": p.ends_on, "approved_on": p.approved_on,
        "accepted_on": p.accepted_on, "summary_report": p.summary_report if accepted else "",
        "application_report": p.application_report if accepted else "",
        "agency": p.agency.code if p.agency_id else None,
    }  # fmt: skip


@science_router.get("/", response={200: ProgrammeList, 404: ErrorOut}, url_name="science",
                    summary=_("Nhiệm vụ khoa học và công nghệ"))  # fmt: skip
def list_programmes(request, level: str = "", field: str = "", status: str = "", page: str = "1"):
    """Published programmes; ``level`` (national, provincial, grassroots), ``field``, ``status`` (accepted:
    with results, pending: without). Unknown values filter nothing."""
    programmes = ScienceProgramme.objects.filter(live=True).select_related("agency")
    if level in ScienceProgramme.Level.values:
        programmes = programmes.filter(level=level)
    if field:
        programmes = programmes.filter(field=field[:120])
    if status in ("accepted", "pending"):
        programmes = programmes.filter(accepted_on__isnull=status == "pending")
    return paged(programmes, page, lambda part: [_programme(request, p) for p in part])


@science_router.get("/{int:pk}", response={200: ProgrammeOut, 404: ErrorOut}, url_name="science-item",
                    summary=_("Một nhiệm vụ khoa học và công nghệ"))  # fmt: skip
def get_programme(request, pk: int):
    programme = ScienceProgramme.objects.filter(live=True, pk=pk).select_related("agency").first()
    if programme is None:
        return Status(404, {"detail": gettext("Không có nhiệm vụ này.")})
    return _programme(request, programme)


class ReleaseOut(Schema):
    id: int
    url: str
    title: str
    provider: str
    decided_on: dt.date
    period: str
    period_start: dt.date | None
    period_end: dt.date | None
    unit: str
    methodology: str
    analysis: str
    csv: str
    xlsx: str
    columns: list[str]
    rows: list[list[str | float | None]]


class ReleaseList(Schema):
    count: int
    page: int
    pages: int
    results: list[ReleaseOut]


def _release(request, r: StatisticsRelease) -> dict:
    from django.urls import reverse

    table = r.table
    return {
        "id": r.pk, "url": request.build_absolute_uri(r.get_absolute_url()), "title": r.title,
        "provider": r.provider, "decided_on": r.decided_on, "period": r.period, "period_start": r.period_start,
        "period_end": r.period_end, "unit": r.unit, "methodology": r.methodology, "analysis": r.analysis,
        "csv": request.build_absolute_uri(reverse("statistics:release-csv", args=[r.pk])),
        "xlsx": request.build_absolute_uri(reverse("statistics:release-xlsx", args=[r.pk])),
        "columns": table.columns, "rows": table.rows,
    }  # fmt: skip


@statistics_router.get("/", response={200: ReleaseList, 400: ErrorOut, 404: ErrorOut}, url_name="statistics",
                       summary=_("Thông tin thống kê"))  # fmt: skip
def list_releases(request, year: str = "", page: str = "1"):
    """Published releases with their figures (columns, rows), newest first; ``year`` of the decision."""
    releases = StatisticsRelease.objects.filter(live=True)
    if year:
        number = year_param(year)
        if number is None:
            return Status(400, {"detail": year_error(year)})
        releases = releases.filter(decided_on__year=number)
    return paged(releases, page, lambda part: [_release(request, r) for r in part])


@statistics_router.get("/{int:pk}", response={200: ReleaseOut, 404: ErrorOut}, url_name="statistics-item",
                       summary=_("Một thông tin thống kê"))  # fmt: skip
def get_release(request, pk: int):
    release = StatisticsRelease.objects.filter(live=True, pk=pk).first()
    if release is None:
        return Status(404, {"detail": gettext("Không có thông tin thống kê này.")})
    return _release(request, release)


class EdocOut(Schema):
    id: int
    url: str
    agency: str
    agency_name: str
    period: str
    period_name: str
    sent_electronic: int
    sent_total: int
    sent_share: float | None
    received_electronic: int
    received_total: int
    received_share: float | None


class EdocList(Schema):
    count: int
    page: int
    pages: int
    results: list[EdocOut]


def _edoc(request, r: EdocExchange) -> dict:
    return {
        "id": r.pk, "url": request.build_absolute_uri(r.get_absolute_url()),
        "agency": r.agency.code if r.agency_id else "", "agency_name": r.agency.name if r.agency_id else "",
        "period": r.period_code, "period_name": r.period_label, "sent_electronic": r.sent_electronic,
        "sent_total": r.sent_total, "sent_share": r.sent_share, "received_electronic": r.received_electronic,
        "received_total": r.received_total, "received_share": r.received_share,
    }  # fmt: skip


def not_published() -> dict:
    return {"detail": gettext("Cổng này không công khai tiến độ trao đổi văn bản điện tử.")}


@edoc_router.get("/", response={200: EdocList, 400: ErrorOut, 404: ErrorOut}, url_name="edoc-exchange",
                 summary=_("Tiến độ trao đổi văn bản điện tử"))  # fmt: skip
def list_edoc(request, period: str = "", agency: str = "", page: str = "1"):
    """Per agency and period; ``period`` 2026-Q3 or 2026-09, ``agency`` an agency code."""
    if not get_profile()["registers.edoc_exchange"]:
        return Status(404, not_published())
    records = EdocExchange.objects.filter(live=True).select_related("agency")
    if period:
        parsed = parse_period(period)
        if parsed is None:
            return Status(
                400, {"detail": gettext("Kỳ không hợp lệ; ghi 2026-Q3 (quý) hoặc 2026-09 (tháng).")}
            )
        kind, year, number = parsed
        records = records.filter(period_kind=kind, year=year, number=number)
    if agency:
        records = records.filter(agency__code=agency[:40])
    return paged(records, page, lambda part: [_edoc(request, r) for r in part])


ENDPOINTS: list = [
    (
        "science/",
        science_router,
        _("Nhiệm vụ khoa học và công nghệ; lọc theo level, field, status (accepted, pending)"),
    ),
    ("statistics/", statistics_router, _("Thông tin thống kê kèm số liệu; lọc theo year")),
    (
        "edoc-exchange/",
        edoc_router,
        _("Tiến độ trao đổi văn bản điện tử theo cơ quan và kỳ; lọc theo period, agency"),
        lambda: bool(
            get_profile()["registers.edoc_exchange"]
        ),  # HG-11.2: only where the province publishes it
    ),
]
