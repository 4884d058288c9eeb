"""Builders of legal records for tests: the shared factories (cong/demo/factories.py) under the names the
legal tests use."""

import datetime as dt

from cong.demo.factories import ConsultationFactory, LegalDocumentFactory, stored_file
from cong.legal.models import Consultation, LegalDocument

# The issue date of the posting-clock tests: a Tuesday with no holiday near.
ISSUED = dt.date(2024, 3, 5)


def make_file(name: str = "van-ban.pdf", content: bytes = b"%PDF-1.4 test") -> object:
    return stored_file(name, content)


def make_document(publish: bool = True, with_file: bool = True, **fields) -> LegalDocument:
    return LegalDocumentFactory(file=with_file, publish=publish, **fields)


def make_consultation(publish: bool = True, **fields) -> Consultation:
    return ConsultationFactory(publish=publish, **fields)
