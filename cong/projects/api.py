"""Open-data API of the projects app: each (path under /api/v1/, router, what it lists) in ``ENDPOINTS``.

Published records of the whole province (every agency's), with the filters of the public lists; a value
outside a filter's choices is a 400 with a Vietnamese ``detail``, a page past the end a 404."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db.models import Prefetch
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from ninja import Router, Schema
from ninja.responses import Status

from cong.core.api import ErrorOut, paged
from cong.core.params import year_error, year_param

from .models import (
    BudgetDocument,
    BudgetFile,
    BudgetRow,
    NoticeFile,
    Plan,
    PlanFile,
    ProcurementNotice,
    Project,
    ProjectFile,
)
from .views import Filters, notice_filters, plan_filters, project_filters


class FileOut(Schema):
    title: str
    url: str


def _files(request, record) -> list[dict]:
    return [
        {"title": item.title, "url": request.build_absolute_uri(item.file.url)} for item in record.files.all()
    ]


def _prefetch_files(model):
    return Prefetch("files", queryset=model.objects.select_related("file").order_by("sort_order"))


def _agency(record) -> str | None:
    return record.agency.code if record.agency_id else None


def _query(params: dict) -> dict:
    return {name: value for name, value in params.items() if value}


# --- Projects -----------------------------------------------------------------------------------------


class ProjectOut(Schema):
    id: int
    url: str
    name: str
    main_objective: str
    field: str
    project_type: str
    duration: str
    budget: int | None  # đồng
    funding_type: str
    funding_type_name: str
    donor: str
    status: str  # preparing, ongoing, completed
    status_name: str
    investor: str
    location: str
    approval_number: str
    approved_on: dt.date | None
    agency: str | None  # the agency's code; null: the provincial portal's own
    files: list[FileOut]


class ProjectList(Schema):
    count: int
    page: int
    pages: int
    results: list[ProjectOut]


def project_out(request, p: Project) -> dict:
    return {
        "id": p.pk, "url": request.build_absolute_uri(p.get_absolute_url()), "name": p.name,
        "main_objective": p.main_objective, "field": p.field, "project_type": p.project_type,
        "duration": p.duration, "budget": p.budget, "funding_type": p.funding_type,
        "funding_type_name": p.get_funding_type_display(), "donor": p.donor, "status": p.status,
        "status_name": p.get_status_display(), "investor": p.investor, "location": p.location,
        "approval_number": p.approval_number, "approved_on": p.approved_on, "agency": _agency(p),
        "files": _files(request, p),
    }  # fmt: skip


def _projects():
    return (
        Project.objects.filter(live=True)
        .select_related("agency")
        .prefetch_related(_prefetch_files(ProjectFile))
    )


projects_router = Router(tags=[_("Dự án")])


@projects_router.get(
    "/", response={200: ProjectList, 400: ErrorOut, 404: ErrorOut}, summary=_("Danh sách dự án")
)
def list_projects(request, status: str = "", field: str = "", agency: str = "", q: str = "", page: str = "1"):
    """Published projects with the filters of /du-an/: ``status`` (preparing, ongoing, completed), ``field``,
    ``agency`` (code), ``q`` (with or without diacritics)."""
    filters = project_filters(_query({"status": status, "field": field, "agency": agency, "q": q}))
    if filters.errors:
        return Status(400, {"detail": " ".join(filters.errors)})
    return paged(filters.apply(_projects()), page, lambda window: [project_out(request, p) for p in window])


@projects_router.get("/{int:project_id}/", response={200: ProjectOut, 404: ErrorOut}, summary=_("Một dự án"))
def get_project(request, project_id: int):
    project = _projects().filter(pk=project_id).first()
    if project is None:
        return Status(404, {"detail": gettext("Không có dự án này.")})
    return project_out(request, project)


# --- Procurement --------------------------------------------------------------------------------------


class NoticeOut(Schema):
    id: int
    url: str
    kind: str  # invitation, result
    kind_name: str
    title: str
    package: str
    procuring_entity: str
    project_id: int | None
    package_price: int | None
    published_on: dt.date | None
    closes_at: dt.datetime | None
    winner: str
    contract_price: int | None
    approved_on: dt.date | None
    details: str
    agency: str | None
    files: list[FileOut]


class NoticeList(Schema):
    count: int
    page: int
    pages: int
    results: list[NoticeOut]


def notice_out(request, n: ProcurementNotice) -> dict:
    project_id = n.project_id if n.project_id and n.project.live else None
    return {
        "id": n.pk, "url": request.build_absolute_uri(n.get_absolute_url()), "kind": n.kind,
        "kind_name": n.get_kind_display(), "title": n.title, "package": n.package,
        "procuring_entity": n.procuring_entity, "project_id": project_id, "package_price": n.package_price,
        "published_on": n.published_on, "closes_at": n.closes_at, "winner": n.winner,
        "contract_price": n.contract_price, "approved_on": n.approved_on, "details": n.details,
        "agency": _agency(n), "files": _files(request, n),
    }  # fmt: skip


def _notices():
    return (
        ProcurementNotice.objects.filter(live=True)
        .select_related("agency", "project")
        .prefetch_related(_prefetch_files(NoticeFile))
    )


procurement_router = Router(tags=[_("Đấu thầu, mua sắm công")])


@procurement_router.get(
    "/", response={200: NoticeList, 400: ErrorOut, 404: ErrorOut}, summary=_("Thông báo đấu thầu")
)
def list_notices(request, kind: str = "", agency: str = "", q: str = "", page: str = "1"):
    """Published procurement notices: ``kind`` (invitation, result), ``agency`` (code), ``q``."""
    filters = notice_filters(_query({"kind": kind, "agency": agency, "q": q}))
    if filters.errors:
        return Status(400, {"detail": " ".join(filters.errors)})
    return paged(filters.apply(_notices()), page, lambda window: [notice_out(request, n) for n in window])


@procurement_router.get(
    "/{int:notice_id}/", response={200: NoticeOut, 404: ErrorOut}, summary=_("Một thông báo")
)
def get_notice(request, notice_id: int):
    notice = _notices().filter(pk=notice_id).first()
    if notice is None:
        return Status(404, {"detail": gettext("Không có thông báo này.")})
    return notice_out(request, notice)


# --- Plans --------------------------------------------------------------------------------------------


class PlanOut(Schema):
    id: int
    url: str
    kind: str
    kind_name: str
    title: str
    summary: str
    period: str
    area: str
    approval: str  # the approving decision as read
    approving_document_id: int | None  # in /api/v1/legal-documents/ when published there
    approved_on: dt.date | None
    map_url: str | None
    map_description: str
    agency: str | None
    files: list[FileOut]


class PlanList(Schema):
    count: int
    page: int
    pages: int
    results: list[PlanOut]


def plan_out(request, p: Plan) -> dict:
    document = p.approving_document if p.approving_document_id and p.approving_document.live else None
    return {
        "id": p.pk, "url": request.build_absolute_uri(p.get_absolute_url()), "kind": p.kind,
        "kind_name": p.get_kind_display(), "title": p.title, "summary": p.summary, "period": p.period,
        "area": p.area, "approval": p.approval, "approving_document_id": document.pk if document else None,
        "approved_on": p.approval_date,
        "map_url": request.build_absolute_uri(p.map_image.file.url) if p.map_image_id else None,
        "map_description": p.map_description, "agency": _agency(p), "files": _files(request, p),
    }  # fmt: skip


def _plans():
    return (
        Plan.objects.filter(live=True)
        .select_related("agency", "approving_document", "map_image")
        .prefetch_related(_prefetch_files(PlanFile))
    )


plans_router = Router(tags=[_("Chiến lược, quy hoạch, kế hoạch")])


@plans_router.get(
    "/",
    response={200: PlanList, 400: ErrorOut, 404: ErrorOut},
    summary=_("Chiến lược, quy hoạch, kế hoạch"),
)
def list_plans(request, kind: str = "", agency: str = "", q: str = "", page: str = "1"):
    """Published strategies and plans: ``kind`` (strategy, socio_economic, investment, construction, land_use,
    resources, waste, waste_sources, polluted), ``agency`` (code), ``q``."""
    filters = plan_filters(_query({"kind": kind, "agency": agency, "q": q}))
    if filters.errors:
        return Status(400, {"detail": " ".join(filters.errors)})
    return paged(filters.apply(_plans()), page, lambda window: [plan_out(request, p) for p in window])


@plans_router.get(
    "/{int:plan_id}/", response={200: PlanOut, 404: ErrorOut}, summary=_("Một quy hoạch, kế hoạch")
)
def get_plan(request, plan_id: int):
    plan = _plans().filter(pk=plan_id).first()
    if plan is None:
        return Status(404, {"detail": gettext("Không có quy hoạch, kế hoạch này.")})
    return plan_out(request, plan)


# --- Budget -------------------------------------------------------------------------------------------


class RowOut(Schema):
    code: str
    item: str
    amount: Decimal | None


class BudgetOut(Schema):
    id: int
    url: str
    year: int
    kind: str  # estimate, execution, settlement
    kind_name: str
    title: str
    period: str
    approval_number: str
    issued_on: dt.date | None
    unit: str
    note: str
    agency: str | None
    files: list[FileOut]
    rows: list[RowOut]


class BudgetList(Schema):
    count: int
    page: int
    pages: int
    results: list[BudgetOut]


def budget_out(request, d: BudgetDocument) -> dict:
    return {
        "id": d.pk, "url": request.build_absolute_uri(d.get_absolute_url()), "year": d.year, "kind": d.kind,
        "kind_name": d.get_kind_display(), "title": d.title, "period": d.period,
        "approval_number": d.approval_number, "issued_on": d.issued_on, "unit": d.unit, "note": d.note,
        "agency": _agency(d), "files": _files(request, d),
        "rows": [{"code": r.code, "item": r.item, "amount": r.amount} for r in d.rows.all()],
    }  # fmt: skip


def _budget():
    rows = Prefetch("rows", queryset=BudgetRow.objects.order_by("sort_order", "pk"))
    return (
        BudgetDocument.objects.filter(live=True)
        .select_related("agency")
        .prefetch_related(_prefetch_files(BudgetFile), rows)
    )


budget_router = Router(tags=[_("Công khai ngân sách")])


@budget_router.get(
    "/",
    response={200: BudgetList, 400: ErrorOut, 404: ErrorOut},
    summary=_("Tài liệu công khai ngân sách"),
)
def list_budget(request, year: str = "", kind: str = "", agency: str = "", q: str = "", page: str = "1"):
    """Published budget documents with their tables: ``year``, ``kind`` (estimate, execution, settlement),
    ``agency`` (code), ``q``."""
    filters = Filters(
        _query({"kind": kind, "agency": agency, "q": q}),
        choices={"kind": (gettext("Loại"), dict(BudgetDocument.Kind.choices))},
    )
    if year and year_param(year) is None:
        filters.errors.append(year_error(year))
    if filters.errors:
        return Status(400, {"detail": " ".join(filters.errors)})
    documents = filters.apply(_budget())
    if year:
        documents = documents.filter(year=year_param(year))
    return paged(documents, page, lambda window: [budget_out(request, d) for d in window])


@budget_router.get(
    "/{int:document_id}/", response={200: BudgetOut, 404: ErrorOut}, summary=_("Một tài liệu ngân sách")
)
def get_budget(request, document_id: int):
    document = _budget().filter(pk=document_id).first()
    if document is None:
        return Status(404, {"detail": gettext("Không có tài liệu này.")})
    return budget_out(request, document)


ENDPOINTS: list = [
    (
        "projects/",
        projects_router,
        _("Dự án đang chuẩn bị, đang thực hiện, đã hoàn thành; lọc theo status, field, agency, q"),
    ),
    (
        "procurement/",
        procurement_router,
        _("Thông báo mời thầu, kết quả lựa chọn nhà thầu; lọc theo kind, agency, q"),
    ),
    ("plans/", plans_router, _("Chiến lược, quy hoạch, kế hoạch; lọc theo kind, agency, q")),
    (
        "budget/",
        budget_router,
        _("Công khai ngân sách: dự toán, thực hiện, quyết toán, với bảng số liệu; lọc theo year, kind"),
    ),
]
