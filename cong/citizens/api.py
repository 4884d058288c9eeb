"""Open data: published questions and answers, /api/v1/questions/?q=&kind=&field=&agency=&year=&page=

Only what the public pages show: no personal data beyond the asker's name and district.
"""

from __future__ import annotations

from datetime import date, datetime

from django.db.models import Prefetch
from ninja import Router, Schema
from ninja.responses import Status

from cong.core.api import ErrorOut, api_page, page_not_found
from cong.core.params import text_param, year_error, year_param
from cong.core.search import QueryError, SearchQuery

from .models import Citation, Question

router = Router(tags=["Hỏi – Đáp"])


class CitationOut(Schema):
    number_symbol: str
    summary: str
    issued_on: date
    issuer: str


class QuestionOut(Schema):
    id: int
    reference: str
    kind: str
    title: str
    question: str
    regulation: str
    asker_name: str
    asker_district: str
    field: str | None
    agency: str
    received_at: datetime
    answered_at: datetime
    published_at: datetime
    answer: str
    answered_by: str
    citations: list[CitationOut]
    url: str


class QuestionList(Schema):
    count: int
    page: int
    pages: int
    results: list[QuestionOut]


def _out(request, q: Question) -> dict:
    answer = q.answer
    return {
        "id": q.pk,
        "reference": q.reference,
        "kind": q.kind,
        "title": q.title,
        "question": q.content,
        "regulation": q.regulation,
        "asker_name": q.public_name,
        "asker_district": q.district,
        "field": q.field.name if q.field else None,
        "agency": answer.agency.name,
        "received_at": q.received_at,
        "answered_at": answer.answered_at,
        "published_at": q.published_at,
        "answer": answer.body,
        "answered_by": f"{answer.signer_position} {answer.signer_name}".strip(),
        "citations": [
            {
                "number_symbol": c.number_symbol,
                "summary": c.summary,
                "issued_on": c.issued_on,
                "issuer": c.issuer,
            }
            for c in answer.citations.all()
        ],
        "url": request.build_absolute_uri(q.get_absolute_url()),
    }


@router.get(
    "/", response={200: QuestionList, 400: ErrorOut, 404: ErrorOut}, summary="Câu hỏi và câu trả lời đã đăng"
)
def list_questions(
    request,
    q: str = "",
    kind: str = "",
    field: str = "",
    agency: str = "",
    year: str = "",
    page: str = "1",
):
    """Published questions (``kind=question``) and petition results (``kind=petition``), newest first.
    ``q`` searches with or without diacritics; ``field`` is a field's slug, ``agency`` an agency's code."""
    qs = (
        Question.objects.published()
        .select_related("field", "answer", "answer__agency")
        .prefetch_related(Prefetch("answer__citations", queryset=Citation.objects.order_by("order", "pk")))
        .order_by("-published_at", "-pk")
    )
    if kind:
        if kind not in Question.Kind.values:
            return Status(400, {"detail": f"«kind» phải là một trong: {', '.join(Question.Kind.values)}."})
        qs = qs.filter(kind=kind)
    if q.strip():
        try:
            terms = SearchQuery.parse(q).terms
        except QueryError as error:
            return Status(400, {"detail": str(error)})
        for term in terms:
            qs = qs.filter(search_text__contains=term)
    if year and year_param(year) is None:
        return Status(400, {"detail": year_error(year)})
    if field := text_param(field):
        qs = qs.filter(field__slug=field)
    if agency := text_param(agency):
        qs = qs.filter(agency__code=agency)
    if year:
        qs = qs.filter(received_at__year=year_param(year))
    count = qs.count()
    number, pages, part = api_page(count, page)
    if part is None:
        return Status(404, page_not_found(number))
    return {
        "count": count,
        "page": number,
        "pages": pages,
        "results": [_out(request, item) for item in qs[part]],
    }
