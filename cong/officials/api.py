"""Open-data API of the officials app (/api/v1/): leaders, the directory, spokespersons, statements,
commendations and sanctions. Each list takes the filters of its public page (``q`` with or without
diacritics, ``agency``, ``kind``, ``year``) and ``page``; each item carries exactly what its public page
shows — the directory's entries nothing more than /danh-ba/ (no internal notes, no order, no dates of edits).
"""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import Router, Schema
from ninja.responses import Status

from cong.core.api import ErrorOut, paged
from cong.registers.portals import portal_agency, public_records

from .models import Commendation, Leader, Official, Spokesperson, Statement
from .views import Filters, agency_options


class AgencyOut(Schema):
    code: str
    name: str


class LeaderOut(Schema):
    id: int
    url: str
    name: str
    position: str
    term: str
    agency: AgencyOut | None
    portrait: str | None
    duties: str
    biography: str


class OfficialOut(Schema):
    id: int
    url: str
    vcard: str
    name: str
    position: str
    agency: AgencyOut | None
    unit: str
    email: str
    phone: str
    fax: str


class SpokespersonOut(Schema):
    id: int
    url: str
    agency: AgencyOut | None
    name: str
    position: str
    phone: str
    email: str


class StatementOut(Schema):
    id: int
    url: str
    kind: str
    kind_name: str
    title: str
    issued_on: dt.date
    signer: str
    spokesperson_id: int
    agency: AgencyOut | None
    summary: str
    body: str
    file: str | None


class CommendationOut(Schema):
    id: int
    url: str
    kind: str
    kind_name: str
    organisation: str
    decision_number: str
    decided_on: dt.date
    deciding_body: str
    agency: AgencyOut | None
    content: str
    file: str | None


class LeaderList(Schema):
    count: int
    page: int
    pages: int
    results: list[LeaderOut]


class OfficialList(Schema):
    count: int
    page: int
    pages: int
    results: list[OfficialOut]


class SpokespersonList(Schema):
    count: int
    page: int
    pages: int
    results: list[SpokespersonOut]


class StatementList(Schema):
    count: int
    page: int
    pages: int
    results: list[StatementOut]


class CommendationList(Schema):
    count: int
    page: int
    pages: int
    results: list[CommendationOut]


RESPONSES = {400: ErrorOut, 404: ErrorOut}


def _agency(record) -> dict | None:
    return {"code": record.agency.code, "name": record.agency.name} if record.agency_id else None


def _file(request, document) -> str | None:
    return request.build_absolute_uri(document.file.url) if document is not None else None


def leader_out(request, leader: Leader) -> dict:
    portrait = leader.portrait.get_rendition("fill-300x400").url if leader.portrait_id else None
    return {
        "id": leader.pk,
        "url": request.build_absolute_uri(leader.get_absolute_url()),
        "name": leader.name,
        "position": leader.position,
        "term": leader.term,
        "agency": _agency(leader),
        "portrait": request.build_absolute_uri(portrait) if portrait else None,
        "duties": leader.duties,
        "biography": leader.biography,
    }


def official_out(request, official: Official) -> dict:
    return {
        "id": official.pk,
        "url": request.build_absolute_uri(official.get_absolute_url()),
        "vcard": request.build_absolute_uri(official.get_vcard_url()),
        "name": official.name,
        "position": official.position,
        "agency": _agency(official),
        "unit": official.unit,
        "email": official.email,
        "phone": official.phone,
        "fax": official.fax,
    }


def spokesperson_out(request, person: Spokesperson) -> dict:
    return {
        "id": person.pk,
        "url": request.build_absolute_uri(person.get_absolute_url()),
        "agency": _agency(person),
        "name": person.name,
        "position": person.position,
        "phone": person.phone,
        "email": person.email,
    }


def statement_out(request, statement: Statement) -> dict:
    return {
        "id": statement.pk,
        "url": request.build_absolute_uri(statement.get_absolute_url()),
        "kind": statement.kind,
        "kind_name": statement.get_kind_display(),
        "title": statement.title,
        "issued_on": statement.issued_on,
        "signer": statement.signer,
        "spokesperson_id": statement.spokesperson_id,
        "agency": _agency(statement),
        "summary": statement.summary,
        "body": statement.body,
        "file": _file(request, statement.file),
    }


def commendation_out(request, record: Commendation) -> dict:
    return {
        "id": record.pk,
        "url": request.build_absolute_uri(record.get_absolute_url()),
        "kind": record.kind,
        "kind_name": record.get_kind_display(),
        "organisation": record.organisation,
        "decision_number": record.decision_number,
        "decided_on": record.decided_on,
        "deciding_body": record.deciding_body,
        "agency": _agency(record),
        "content": record.content,
        "file": _file(request, record.file),
    }


def _list(request, model, render, *, params, kinds=None, year_field=None, related=(), prefetch=()):
    """The portal's live records of ``model`` with the page's filters; a bad filter is a 400."""
    portal = portal_agency(request)
    records = public_records(request, model.objects.all(), agency=portal)
    filters = Filters(params, portal=portal, kinds=kinds, year_field=year_field)
    filters.resolve_agency(agency_options(records) if portal is None else [])
    if filters.errors:
        return Status(400, {"detail": " ".join(filters.errors)})
    records = filters.apply(records).select_related("agency", *related).prefetch_related(*prefetch)
    records = filters.order(records, model._meta.ordering)
    return paged(records, params.get("page", "1"), lambda window: [render(request, r) for r in window])


def _one(request, model, pk: int, render, missing: str, related=()):
    records = public_records(request, model.objects.select_related("agency", *related))
    record = records.filter(pk=pk).first()
    if record is None:
        return Status(404, {"detail": missing})
    return render(request, record)


leaders_router = Router(tags=[gettext_lazy("Lãnh đạo")])


@leaders_router.get("/", response={200: LeaderList, **RESPONSES}, summary=gettext_lazy("Lãnh đạo"))
def list_leaders(request, q: str = "", agency: str = "", page: str = "1"):
    """Leaders in their order; ``q`` (with or without diacritics), ``agency`` (code)."""
    return _list(
        request, Leader, leader_out, params={"q": q, "agency": agency, "page": page},
        prefetch=("portrait__renditions",), related=("portrait",),
    )  # fmt: skip


@leaders_router.get(
    "/{int:pk}/", response={200: LeaderOut, 404: ErrorOut}, summary=gettext_lazy("Một lãnh đạo")
)
def get_leader(request, pk: int):
    return _one(request, Leader, pk, leader_out, _("Không có lãnh đạo này."), related=("portrait",))


officials_router = Router(tags=[gettext_lazy("Danh bạ")])


@officials_router.get(
    "/", response={200: OfficialList, **RESPONSES}, summary=gettext_lazy("Danh bạ cán bộ, công chức")
)
def list_officials(request, q: str = "", agency: str = "", page: str = "1"):
    """The directory as /danh-ba/ shows it: ``q`` (name, position, unit… with or without diacritics),
    ``agency`` (code)."""
    return _list(request, Official, official_out, params={"q": q, "agency": agency, "page": page})


@officials_router.get(
    "/{int:pk}/", response={200: OfficialOut, 404: ErrorOut}, summary=gettext_lazy("Một người trong danh bạ")
)
def get_official(request, pk: int):
    return _one(request, Official, pk, official_out, _("Không có người này trong danh bạ."))


spokespersons_router = Router(tags=[gettext_lazy("Người phát ngôn")])


@spokespersons_router.get(
    "/", response={200: SpokespersonList, **RESPONSES}, summary=gettext_lazy("Người phát ngôn")
)
def list_spokespersons(request, q: str = "", agency: str = "", page: str = "1"):
    """Each agency's spokesperson: name, position, phone, e-mail (LC-9.2)."""
    return _list(request, Spokesperson, spokesperson_out, params={"q": q, "agency": agency, "page": page})


@spokespersons_router.get(
    "/{int:pk}/", response={200: SpokespersonOut, 404: ErrorOut}, summary=gettext_lazy("Một người phát ngôn")
)
def get_spokesperson(request, pk: int):
    return _one(request, Spokesperson, pk, spokesperson_out, _("Không có người phát ngôn này."))


statements_router = Router(tags=[gettext_lazy("Phát ngôn")])


@statements_router.get(
    "/", response={200: StatementList, **RESPONSES}, summary=gettext_lazy("Phát ngôn, thông cáo báo chí")
)
def list_statements(request, q: str = "", agency: str = "", kind: str = "", year: str = "", page: str = "1"):
    """Statements and press releases, newest first; ``kind`` (statement, press_release), ``year``."""
    return _list(
        request, Statement, statement_out,
        params={"q": q, "agency": agency, "kind": kind, "year": year, "page": page},
        kinds=Statement.Kind.choices, year_field="issued_on", related=("file",),
    )  # fmt: skip


@statements_router.get(
    "/{int:pk}/",
    response={200: StatementOut, 404: ErrorOut},
    summary=gettext_lazy("Một phát ngôn, thông cáo"),
)
def get_statement(request, pk: int):
    return _one(request, Statement, pk, statement_out, _("Không có phát ngôn này."), related=("file",))


commendations_router = Router(tags=[gettext_lazy("Khen thưởng, xử lý vi phạm")])


@commendations_router.get(
    "/", response={200: CommendationList, **RESPONSES}, summary=gettext_lazy("Khen thưởng, xử lý vi phạm")
)
def list_commendations(
    request, q: str = "", agency: str = "", kind: str = "", year: str = "", page: str = "1"
):
    """Decisions commending or sanctioning organisations, newest first; ``kind`` (commendation, sanction),
    ``year``."""
    return _list(
        request, Commendation, commendation_out,
        params={"q": q, "agency": agency, "kind": kind, "year": year, "page": page},
        kinds=Commendation.Kind.choices, year_field="decided_on", related=("file",),
    )  # fmt: skip


@commendations_router.get(
    "/{int:pk}/", response={200: CommendationOut, 404: ErrorOut}, summary=gettext_lazy("Một quyết định")
)
def get_commendation(request, pk: int):
    return _one(request, Commendation, pk, commendation_out, _("Không có quyết định này."), related=("file",))


ENDPOINTS: list = [
    ("leaders/", leaders_router, gettext_lazy("Lãnh đạo: chức vụ, nhiệm kỳ, phân công nhiệm vụ, tiểu sử")),
    (
        "officials/",
        officials_router,
        gettext_lazy("Danh bạ cán bộ, công chức: chức vụ, đơn vị, thư điện tử, điện thoại, fax"),
    ),
    ("spokespersons/", spokespersons_router, gettext_lazy("Người phát ngôn của các cơ quan")),
    (
        "statements/",
        statements_router,
        gettext_lazy("Phát ngôn, thông cáo báo chí; lọc theo q, agency, kind, year"),
    ),
    (
        "commendations/",
        commendations_router,
        gettext_lazy("Khen thưởng, xử lý vi phạm của tổ chức, doanh nghiệp"),
    ),
]
