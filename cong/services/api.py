"""Open-data API of the services app: each (path under /api/v1/, router, what it lists) in ``ENDPOINTS``.

* ``/api/v1/procedures/`` — the procedure catalogue with the filters of /thu-tuc-hanh-chinh/;
* ``/api/v1/procedures/{code}/`` — one procedure;
* ``/api/v1/procedures/statistics/?period=`` — dossiers per agency for a month or quarter (HG-12).
The dossier lookup is not in the API: it is rate-limited per address on its page (KT-10.5).
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy
from django.utils.translation import gettext as _
from ninja import Router, Schema
from ninja.responses import Status

from cong.core.api import ErrorOut, paged

from . import stats
from .models import Procedure
from .views import ProcedureFilters, public_procedures


class ProcedureOut(Schema):
    code: str
    url: str
    name: str
    field: str
    government_level: str
    government_level_name: str
    agency: str | None
    agency_name: str
    online_level: int
    online_level_name: str
    portal_url: str
    steps: str
    submission: str
    dossier_components: str
    dossier_count: str
    processing_time: str
    applicants: str
    result: str
    fees: str
    forms: list[str]
    requirements: str
    legal_basis: str
    retired: bool


class ProcedureList(Schema):
    count: int
    page: int
    pages: int
    results: list[ProcedureOut]


class StatisticsRow(Schema):
    agency: str
    agency_code: str
    received: int
    on_time: int
    late: int
    in_progress: int
    overdue: int


class StatisticsOut(Schema):
    period: str
    start: dt.date
    end: dt.date
    rows: list[StatisticsRow]
    total: StatisticsRow


def procedure_out(request, p: Procedure) -> dict:
    return {
        "code": p.code,
        "url": request.build_absolute_uri(p.get_absolute_url()),
        "name": p.name,
        "field": p.field.name,
        "government_level": p.government_level,
        "government_level_name": p.get_government_level_display(),
        "agency": p.agency.code if p.agency else None,
        "agency_name": p.agency.name if p.agency else p.agency_name,
        "online_level": p.online_level,
        "online_level_name": p.level_label,
        "portal_url": p.portal_url,
        "steps": p.steps,
        "submission": p.submission,
        "dossier_components": p.dossier_components,
        "dossier_count": p.dossier_count,
        "processing_time": p.processing_time,
        "applicants": p.applicants,
        "result": p.result,
        "fees": p.fees,
        "forms": [f"{name} | {url}" if url else name for name, url in p.form_links()],
        "requirements": p.requirements,
        "legal_basis": p.legal_basis,
        "retired": p.retired,
    }


procedures_router = Router(tags=[gettext_lazy("Thủ tục hành chính")])


@procedures_router.get(
    "/", response={200: ProcedureList, 404: ErrorOut}, summary=gettext_lazy("Danh mục thủ tục hành chính")
)
def list_procedures(
    request,
    q: str = "",
    field: str = "",
    agency: str = "",
    level: str = "",
    service: str = "",
    page: str = "1",
):
    """Procedures in force, by code, with the filters of /thu-tuc-hanh-chinh/: ``q`` (code, name, agency; with
    or without diacritics), ``field`` (slug), ``agency`` (code), ``level`` (central, province, district,
    commune), ``service`` (the profile scheme's level: toan-trinh, mot-phan, thong-tin; or muc-1…muc-4).
    An unknown filter value is ignored."""
    filters = ProcedureFilters({"q": q, "field": field, "agency": agency, "level": level, "service": service})
    procedures = filters.apply(public_procedures()).select_related("field", "agency")
    return paged(procedures, page, lambda window: [procedure_out(request, p) for p in window])


@procedures_router.get(
    "/statistics/", response={200: StatisticsOut, 400: ErrorOut}, summary=gettext_lazy("Thống kê hồ sơ")
)
def procedure_statistics(request, period: str = ""):
    """Dossiers per agency for ``period`` (``2026-Q4`` or ``2026-11``; default the running quarter): received,
    resolved on time, resolved late, in progress, overdue (HG-12, ND43-18)."""
    today = timezone.localdate()
    chosen = stats.parse_period(period) if period else stats.quarter(today)
    if chosen is None:
        return Status(
            400,
            {
                "detail": gettext("Kỳ «%(period)s» không hợp lệ; dùng 2026-Q4 hoặc 2026-11.")
                % {"period": period[:20]}
            },
        )
    rows = stats.statistics(chosen, today)

    def out(row):
        return {k: getattr(row, k) for k in StatisticsRow.model_fields}

    return {
        "period": chosen.slug,
        "start": chosen.start,
        "end": chosen.end,
        "rows": [out(r) for r in rows],
        "total": out(stats.total(rows)),
    }


@procedures_router.get(
    "/{code}/", response={200: ProcedureOut, 404: ErrorOut}, summary=gettext_lazy("Một thủ tục")
)
def get_procedure(request, code: str):
    procedure = Procedure.objects.select_related("field", "agency").filter(live=True, code=code[:40]).first()
    if procedure is None:
        return Status(404, {"detail": _("Không có thủ tục này.")})
    return procedure_out(request, procedure)


ENDPOINTS: list = [
    (
        "procedures/",
        procedures_router,
        gettext_lazy("Thủ tục hành chính: danh mục, mức độ dịch vụ công, thống kê hồ sơ"),
    ),
]
