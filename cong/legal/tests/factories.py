"""Builders of legal records for tests."""

import datetime as dt

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from cong.legal.models import Consultation, DocumentFile, LegalDocument


def make_file(name: str = "van-ban.pdf", content: bytes = b"%PDF-1.4 test") -> object:
    return get_document_model().objects.create(title=name, file=ContentFile(content, name=name))


def make_document(publish: bool = True, with_file: bool = True, **fields) -> LegalDocument:
    values = {
        "kind": "quyet-dinh",
        "number": "10/2024/QĐ-UBND",
        "issuer": "Ủy ban nhân dân tỉnh Hòa Sơn",
        "summary": "Ban hành Quy chế quản lý Cổng Thông tin điện tử tỉnh Hòa Sơn",
        "issued_on": dt.date(2024, 3, 1),
        "effective_on": dt.date(2024, 3, 15),
        "full_text": "QUYẾT ĐỊNH\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế.",
        "live": False,
    }
    values.update(fields)
    document = LegalDocument(**values)
    document.save()
    if with_file:
        DocumentFile.objects.create(document=document, file=make_file())
    if publish:
        from cong.legal.actions import publish_document

        publish_document(document)
    return document


def make_consultation(publish: bool = True, **fields) -> Consultation:
    from django.utils import timezone

    values = {
        "title": "Dự thảo Quyết định ban hành Quy chế tiếp nhận phản ánh, kiến nghị",
        "drafting_agency": "Sở Tư pháp tỉnh Hòa Sơn",
        "full_text": "Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định...\nĐiều 2. Đối tượng áp dụng\nCơ quan...\n"
        "Điều 3. Thời hạn xử lý\nTrong 10 ngày làm việc.",
        "opens_at": timezone.now() - dt.timedelta(days=1),
        "closes_at": timezone.now() + dt.timedelta(days=10),
        "contact_address": "Số 1 đường Trần Phú, thành phố Hòa Sơn",
        "contact_email": "stp@hoason.gov.vn",
        "live": False,
    }
    values.update(fields)
    consultation = Consultation(**values)
    consultation.save()
    if publish:
        from cong.legal.actions import publish_consultation

        publish_consultation(consultation)
    return consultation
