"""Open data: published questions and answers, /api/v1/questions/?q=&kind=&field=&agency=&year=&page=

Only what the public pages show: no personal data beyond the asker's name and district.
"""

from __future__ import annotations

from datetime import date, datetime

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy
from ninja import Router, Schema
from ninja.responses import Status

from cong.core.api import ErrorOut, paged

from .filters import QuestionFilters
from .models import Citation, Question

router = Router(tags=[gettext_lazy("Hỏi – Đáp")])


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
    "/",
    response={200: QuestionList, 400: ErrorOut, 404: ErrorOut},
    summary=gettext_lazy("Câu hỏi và câu trả lời đã đăng"),
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
    filters = QuestionFilters({"q": q, "kind": kind, "field": field, "agency": agency, "year": year})
    if filters.errors:
        return Status(400, {"detail": filters.errors[0]})
    questions = filters.apply(
        Question.objects.published()
        .select_related("field", "answer", "answer__agency")
        .prefetch_related(Prefetch("answer__citations", queryset=Citation.objects.order_by("order", "pk")))
        .order_by("-published_at", "-pk")
    )
    return paged(questions, page, lambda window: [_out(request, item) for item in window])
