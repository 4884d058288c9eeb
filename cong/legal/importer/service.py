"""From a file to draft records: ``import_document`` reads, extracts and creates a draft for an editor to check.

Nothing is half-written: a file that cannot be read, is not an official document, or duplicates a record
(same number and issuer) creates nothing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.log_actions import log

from ..models import DocumentFile, DocumentRelation, LegalDocument
from .extract import Citation, Extraction, NotALegalDocument, extract, issuer_level
from .kinds import code_for
from .reader import UnreadableDocument, read_bytes

# Who issues the kinds that carry no issuer in a citation ("Luật Công nghệ thông tin ngày 29/6/2006").
ISSUER_OF_KIND = {"Hiến pháp": "Quốc hội", "Bộ luật": "Quốc hội", "Luật": "Quốc hội",  # i18n: data
                  "Pháp lệnh": "Ủy ban Thường vụ Quốc hội"}  # fmt: skip


class ImportRefused(ValueError):
    """The file is not imported; the message says why. ``existing`` is the duplicate record, if any."""

    def __init__(self, message: str, existing: LegalDocument | None = None):
        super().__init__(message)
        self.existing = existing


def extract_file(path: str | Path) -> Extraction:
    path = Path(path)
    if not path.is_file():
        raise ImportRefused(_("Không tìm thấy tệp “%(path)s”.") % {"path": path})
    return extract_bytes(path.read_bytes(), path.name)


def extract_bytes(data: bytes, name: str) -> Extraction:
    try:
        document = read_bytes(data, name)
        return extract(document.text, document.encoding)
    except (UnreadableDocument, NotALegalDocument) as error:
        raise ImportRefused(f"{name}: {error}") from error


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def find_existing(number: str | None, issuer: str | None) -> LegalDocument | None:
    """The record of this number and issuer; an extraction missing either matches nothing."""
    if not number or not issuer:
        return None
    return LegalDocument.objects.by_number(number, issuer=issuer).first()


def duplicate_refusal(existing: LegalDocument, name: str) -> ImportRefused:
    admin = reverse("wagtailsnippets_legal_legaldocument:edit", args=[existing.pk])
    return ImportRefused(
        _(
            "%(name)s: đã có văn bản số %(number)s của %(issuer)s (mã %(pk)s); không tạo bản trùng. "
            "Xem và sửa văn bản đã có tại %(admin)s"
        )
        % {
            "name": name,
            "number": existing.number,
            "issuer": existing.issuer,
            "pk": existing.pk,
            "admin": admin,
        },
        existing=existing,
    )


def import_document(path: str | Path, user=None) -> LegalDocument:
    """Import one file as a draft legal document; raises ``ImportRefused`` and creates nothing on error."""
    path = Path(path)
    if not path.is_file():
        raise ImportRefused(_("Không tìm thấy tệp “%(path)s”.") % {"path": path})
    data = path.read_bytes()
    return import_bytes(data, path.name, user=user)


def import_bytes(data: bytes, name: str, user=None) -> LegalDocument:
    extraction = extract_bytes(data, name)
    existing = find_existing(extraction.number, extraction.issuer)
    if existing is not None:
        raise duplicate_refusal(existing, name)
    with transaction.atomic():
        document = LegalDocument(
            kind=code_for(extraction.kind),
            number=extraction.number or "",
            issuer=extraction.issuer or "",
            issuer_level=extraction.issuer_level or LegalDocument.Level.PROVINCIAL,
            summary=extraction.title or "",
            place=extraction.place or "",
            issued_on=_date(extraction.issued_on),
            effective_on=_date(extraction.effective_on),
            effective_rule=(extraction.effective_rule or "")[:500],
            signer_name=(extraction.signer.name or "") if extraction.signer else "",
            signer_capacity=(extraction.signer.capacity or "") if extraction.signer else "",
            full_text=extraction.full_text,
            imported_from=name[:255],
            extraction=extraction.as_json(),
            live=False,
        )
        for kind, numbers in (
            (DocumentRelation.Kind.REPLACES, extraction.replaces),
            (DocumentRelation.Kind.REPEALS, extraction.repeals),
            (DocumentRelation.Kind.AMENDS, extraction.amends),
        ):
            for number in numbers:
                document.relations.add(
                    DocumentRelation(kind=kind, cited_number=number, cited_as=number, target=_target(number))
                )
        for citation in extraction.based_on:
            document.relations.add(
                DocumentRelation(
                    kind=DocumentRelation.Kind.BASED_ON,
                    cited_number=citation.number or "",
                    cited_as=citation.text[:500],
                    cited_on=_date(citation.issued_on),
                    target=_cited_target(citation),
                )
            )
        document.save()
        stored = get_document_model().objects.create(
            title=f"{document.label} (tệp gốc)"[:255],  # i18n: data
            file=ContentFile(data, name=name),
        )
        DocumentFile.objects.create(document=document, file=stored, label="Tệp gốc đã nhập")  # i18n: data
        document.save_revision(user=user)
        log(instance=document, action="legal.imported", user=user, data={"file": name})
    return document


def _target(number: str) -> LegalDocument | None:
    from ..actions import find_cited

    return find_cited(number)


def _cited_target(citation: Citation) -> LegalDocument | None:
    from ..actions import find_cited

    return find_cited(citation.number or "", _citation_name(citation), _date(citation.issued_on))


def _citation_name(citation: Citation) -> str:
    """How a metadata-only record of a cited document is titled: a law's name, or its subject."""
    if citation.kind in ISSUER_OF_KIND and citation.title:
        return citation.title
    subject = (citation.title or "").strip()
    return subject[:1].upper() + subject[1:] if subject else citation.text


def create_cited_record(citation: Citation, user=None) -> LegalDocument:
    """A metadata-only record of a cited document (kind, number, issuer, date, subject), or the existing one."""
    from ..actions import find_cited

    issued_on = _date(citation.issued_on)
    name = _citation_name(citation)
    existing = find_cited(citation.number or "", name, issued_on)
    if existing is not None:
        return existing
    issuer = citation.issuer or ISSUER_OF_KIND.get(citation.kind or "", "")
    document = LegalDocument(
        kind=code_for(citation.kind),
        number=citation.number or "",
        issuer=issuer,
        issuer_level=issuer_level(issuer) or LegalDocument.Level.CENTRAL,
        summary=name[:1000],
        issued_on=issued_on,
        metadata_only=True,
        posting_duty=LegalDocument.PostingDuty.NONE,
        live=False,
    )
    document.save()
    document.save_revision(user=user)
    return document
