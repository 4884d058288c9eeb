"""The filters of the published questions: one parser for the public list (/hoi-dap/, /phan-anh-kien-nghi/)
and the open-data API (/api/v1/questions/), as ``cong.legal.views.DocumentFilters`` is for documents."""

from __future__ import annotations

from django.utils.translation import gettext as _

from cong.core.params import text_param, year_error, year_param
from cong.core.search import MAX_QUERY_CHARS, QueryError, SearchQuery

from .models import Question

FILTERS = ("q", "kind", "field", "agency", "year")
# The public pages name their parameters in Vietnamese; the kind is in the address (/hoi-dap/ or
# /phan-anh-kien-nghi/), not a parameter.
PAGE_PARAMETERS = {"q": "q", "kind": None, "field": "linh-vuc", "agency": "co-quan", "year": "nam"}


class QuestionFilters:
    """``q`` matched with or without diacritics over the question and its answer, ``kind`` (question or
    petition), ``field`` (a field's slug), ``agency`` (an agency's code) and ``year`` of receipt.

    A value that cannot be used is left out of the filtering and explained in ``errors`` (Vietnamese), in
    the order kind, q, year: the API answers 400 with the first, the page shows them above the list.
    """

    def __init__(self, params, names: dict[str, str | None] | None = None):
        names = names or {name: name for name in FILTERS}

        def read(name: str) -> str:
            key = names.get(name)
            return params.get(key, "") if key else ""

        # One character over the limit is kept, so that a query too long is refused, not cut silently.
        self.query = text_param(read("q"), MAX_QUERY_CHARS + 1)
        self.kind = text_param(read("kind"))
        self.field = text_param(read("field"))
        self.agency = text_param(read("agency"))
        raw_year = read("year")
        self.year = year_param(raw_year)
        self.terms: list[str] = []
        self.errors: list[str] = []
        if self.kind and self.kind not in Question.Kind.values:
            self.errors.append(
                _("«kind» phải là một trong: %(values)s.") % {"values": ", ".join(Question.Kind.values)}
            )
            self.kind = ""
        if self.query:
            try:
                self.terms = SearchQuery.parse(self.query).terms
            except QueryError as error:
                self.errors.append(str(error))
        if raw_year and self.year is None:
            self.errors.append(year_error(raw_year))

    @classmethod
    def from_page(cls, params) -> QuestionFilters:
        return cls(params, PAGE_PARAMETERS)

    def apply(self, questions):
        if self.kind:
            questions = questions.filter(kind=self.kind)
        for term in self.terms:
            questions = questions.filter(search_text__contains=term)
        if self.field:
            questions = questions.filter(field__slug=self.field)
        if self.agency:
            questions = questions.filter(agency__code=self.agency)
        if self.year:
            questions = questions.filter(received_at__year=self.year)
        return questions
