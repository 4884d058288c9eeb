"""Open-data API (/api/v1/): legal documents with the list's filters and their relations, gazette issues,
consultations with their published comments (never an email)."""

from __future__ import annotations

import datetime as dt

from django.db.models import Prefetch
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import Router, Schema
from ninja.responses import Status

from cong.core.api import ErrorOut, paged
from cong.core.params import year_error, year_param

from .models import (
    Comment,
    Consultation,
    DocumentRelation,
    GazetteIssue,
    GazetteItem,
    LegalDocument,
)
from .views import DocumentFilters, public_documents


class RelatedOut(Schema):
    relation: str  # replaces, partly_replaces, repeals, amends, guides, based_on (or "replaced_by"… incoming)
    label: str
    id: int | None
    number: str | None
    cited_as: str


class DocumentOut(Schema):
    id: int
    url: str
    kind: str
    kind_name: str
    number: str
    issuer: str
    issuer_level: str
    summary: str
    place: str
    issued_on: dt.date | None
    effective_on: dt.date | None
    expires_on: dt.date | None
    status: str
    status_name: str
    ended_by: int | None
    signer: str
    signer_capacity: str
    fields: list[str]
    files: list[str]
    relations: list[RelatedOut]
    referenced_by: list[RelatedOut]


class DocumentList(Schema):
    count: int
    page: int
    pages: int
    results: list[DocumentOut]


INCOMING = {
    "replaces": "replaced_by",
    "partly_replaces": "partly_replaced_by",
    "repeals": "repealed_by",
    "amends": "amended_by",
    "guides": "guided_by",
    "based_on": "basis_of",
}


def document_out(request, document: LegalDocument, incoming: list[DocumentRelation]) -> dict:
    relations = []
    for relation in document.relations.all():
        target = relation.target if relation.target is not None and relation.target.live else None
        relations.append(
            {
                "relation": relation.kind,
                "label": relation.get_kind_display(),
                "id": target.pk if target else None,
                "number": (target.number if target else relation.cited_number) or None,
                "cited_as": relation.cited_as,
            }
        )
    return {
        "id": document.pk,
        "url": request.build_absolute_uri(document.get_absolute_url()),
        "kind": document.kind,
        "kind_name": document.kind_name,
        "number": document.number,
        "issuer": document.issuer,
        "issuer_level": document.issuer_level,
        "summary": document.summary,
        "place": document.place,
        "issued_on": document.issued_on,
        "effective_on": document.effective_on,
        "expires_on": document.expires_on,
        "status": document.status,
        "status_name": document.get_status_display(),
        "ended_by": document.ended_by_id,
        "signer": document.signer_name,
        "signer_capacity": document.signer_capacity,
        "fields": [field.name for field in document.fields.all()],
        "files": [request.build_absolute_uri(item.file.url) for item in document.files.all()],
        "relations": relations,
        "referenced_by": [
            {
                "relation": INCOMING[r.kind],
                "label": r.reverse_label,
                "id": r.source_id,
                "number": r.source.number or None,
                "cited_as": r.source.label,
            }
            for r in incoming
        ],
    }


def _incoming(ids) -> dict[int, list[DocumentRelation]]:
    found: dict[int, list[DocumentRelation]] = {pk: [] for pk in ids}
    for relation in DocumentRelation.objects.filter(target_id__in=ids, source__live=True).select_related(
        "source"
    ):
        found[relation.target_id].append(relation)
    return found


documents_router = Router(tags=[gettext_lazy("Văn bản")])


@documents_router.get(
    "/", response={200: DocumentList, 400: ErrorOut, 404: ErrorOut}, summary=gettext_lazy("Danh sách văn bản")
)
def list_documents(
    request,
    q: str = "",
    kind: str = "",
    issuer: str = "",
    year: str = "",
    field: str = "",
    status: str = "",
    level: str = "",
    page: str = "1",
):
    """Published documents, newest first, with the filters of /van-ban/: ``q`` (number, summary, full text;
    with or without diacritics), ``kind``, ``issuer``, ``year``, ``field`` (slug), ``status``, ``level``."""
    filters = DocumentFilters(
        {
            "q": q,
            "kind": kind,
            "issuer": issuer,
            "year": year,
            "field": field,
            "status": status,
            "level": level,
        }
    )
    if filters.errors:
        return Status(400, {"detail": " ".join(filters.errors)})
    return paged(filters.apply(public_documents()).with_relations(), page, _documents_out(request))


def _documents_out(request):
    def render(window):
        window = list(window)
        incoming = _incoming([d.pk for d in window])
        return [document_out(request, d, incoming[d.pk]) for d in window]

    return render


@documents_router.get(
    "/{int:document_id}/", response={200: DocumentOut, 404: ErrorOut}, summary=gettext_lazy("Một văn bản")
)
def get_document(request, document_id: int):
    document = public_documents().with_relations().filter(pk=document_id).first()
    if document is None:
        return Status(404, {"detail": _("Không có văn bản này.")})
    return document_out(request, document, _incoming([document.pk])[document.pk])


# --- Gazette -----------------------------------------------------------------------------------------


class GazetteItemOut(Schema):
    document_id: int
    number: str
    summary: str
    pages: str
    url: str


class GazetteIssueOut(Schema):
    number: str
    year: int
    published_on: dt.date
    url: str
    file: str | None
    documents: list[GazetteItemOut]


gazette_router = Router(tags=[gettext_lazy("Công báo")])


@gazette_router.get(
    "/", response={200: list[GazetteIssueOut], 400: ErrorOut}, summary=gettext_lazy("Các số Công báo")
)
def list_gazette(request, year: str = ""):
    """Published gazette issues, newest first; ``year`` keeps one year."""
    issues = GazetteIssue.objects.filter(live=True).select_related("file").order_by("-published_on", "-id")
    if year:
        if year_param(year) is None:
            return Status(400, {"detail": year_error(year)})
        issues = issues.filter(year=year_param(year))
    issues = issues.prefetch_related(
        Prefetch(
            "items",
            queryset=GazetteItem.objects.filter(document__live=True)
            .select_related("document")
            .order_by("sort_order"),
        )
    )
    return [
        {
            "number": issue.number,
            "year": issue.year,
            "published_on": issue.published_on,
            "url": request.build_absolute_uri(issue.get_absolute_url()),
            "file": request.build_absolute_uri(issue.file.url) if issue.file else None,
            "documents": [
                {
                    "document_id": item.document_id,
                    "number": item.document.number,
                    "summary": item.shown_summary,
                    "pages": item.pages,
                    "url": request.build_absolute_uri(item.document.get_absolute_url()),
                }
                for item in issue.items.all()
            ],
        }
        for issue in issues[:200]
    ]


# --- Consultations ------------------------------------------------------------------------------------


class CommentOut(Schema):
    name: str
    organisation: str
    article: str
    text: str
    received_at: dt.datetime


class ConsultationOut(Schema):
    slug: str
    title: str
    drafting_agency: str
    url: str
    state: str
    opens_at: dt.datetime
    closes_at: dt.datetime | None
    contact_address: str
    contact_email: str
    full_text: str
    attachments: list[str]
    comment_count: int
    comments: list[CommentOut]


consultations_router = Router(tags=[gettext_lazy("Lấy ý kiến dự thảo")])


def consultation_out(request, consultation: Consultation) -> dict:
    comments = [c for c in consultation.comments.all() if c.status == Comment.Status.APPROVED]
    return {
        "slug": consultation.slug,
        "title": consultation.title,
        "drafting_agency": consultation.drafting_agency,
        "url": request.build_absolute_uri(consultation.get_absolute_url()),
        "state": consultation.state(),
        "opens_at": consultation.opens_at,
        "closes_at": consultation.closes_at,
        "contact_address": consultation.contact_address,
        "contact_email": consultation.contact_email,
        "full_text": consultation.full_text,
        "attachments": [request.build_absolute_uri(a.file.url) for a in consultation.attachments.all()],
        "comment_count": len(comments),
        # The commenter's email is never part of the output (CommentOut has no such field).
        "comments": [
            {
                "name": c.name,
                "organisation": c.organisation,
                "article": c.article,
                "text": c.text,
                "received_at": c.received_at,
            }
            for c in comments
        ],  # fmt: skip
    }


def _consultations():
    return Consultation.objects.filter(live=True).prefetch_related(
        "attachments__file",
        Prefetch(
            "comments",
            queryset=Comment.objects.filter(status=Comment.Status.APPROVED).order_by("received_at"),
        ),
    )


@consultations_router.get("/", response=list[ConsultationOut], summary=gettext_lazy("Dự thảo lấy ý kiến"))
def list_consultations(request, state: str = ""):
    """Published drafts, newest first, with their published comments; ``state``: open, upcoming, closed."""
    items = list(_consultations().order_by("-opens_at")[:200])
    if state:
        items = [c for c in items if c.state() == state]
    return [consultation_out(request, c) for c in items]


@consultations_router.get(
    "/{slug}/", response={200: ConsultationOut, 404: ErrorOut}, summary=gettext_lazy("Một dự thảo")
)
def get_consultation(request, slug: str):
    consultation = _consultations().filter(slug=slug).first()
    if consultation is None:
        return Status(404, {"detail": _("Không có dự thảo này.")})
    return consultation_out(request, consultation)
