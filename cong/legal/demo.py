"""Demo data of the legal app: the five seed regulations imported through the importer (reviewed and
published), the national texts they cite as metadata-only records, a gazette issue and an open
consultation with comments. Running it again adds nothing twice."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from cong.core.clock import working_calendar

from .actions import approve_comment, publish_consultation, publish_document, receive_comment
from .importer.extract import Citation
from .importer.service import create_cited_record, extract_file, find_existing, import_document
from .models import (
    Consultation,
    DocumentFile,
    DocumentRelation,
    GazetteIssue,
    GazetteItem,
    LegalDocument,
    LegalField,
)

SEEDS = Path(__file__).resolve().parent / "demo_data"
DEMO_ISSUER = "Ủy ban nhân dân tỉnh Hòa Sơn"
CONSULTATION_SLUG = "du-thao-quy-che-tiep-nhan-phan-anh-kien-nghi"

# Documents the seeds name without citing them as grounds: what one replaces, what replaced a cited decree.
EXTRA_RECORDS = [
    Citation(text="", kind="Quyết định", number="307/2010/QĐ-UBND", issued_on="2010-02-08",
             issuer="Ủy ban nhân dân tỉnh Bắc Kạn",
             title="Ban hành Quy chế hoạt động Cổng Thông tin điện tử tỉnh Bắc Kạn"),
    Citation(text="", kind="Nghị định", number="42/2022/NĐ-CP", issued_on="2022-06-24", issuer="Chính phủ",
             title="Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước "
                   "trên môi trường mạng"),
]  # fmt: skip

DRAFT_TEXT = """Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc tiếp nhận, xử lý và trả lời phản ánh, kiến nghị của người dân, doanh nghiệp về quy định hành chính trên Cổng Thông tin điện tử tỉnh Hòa Sơn.
Điều 2. Đối tượng áp dụng
Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố và tổ chức, cá nhân gửi phản ánh, kiến nghị.
Điều 3. Thời hạn xử lý
Cơ quan được giao xử lý trả lời trong thời hạn 10 ngày làm việc kể từ ngày nhận được phản ánh, kiến nghị do Cổng chuyển đến.
Điều 4. Công khai kết quả
Kết quả xử lý được đăng trên Cổng, không kèm thông tin cá nhân của người gửi.
"""  # noqa: E501

COMMENTS = [
    ("Nguyễn Văn Bình", "", "Điều 3", "Đề nghị rút thời hạn xuống 7 ngày làm việc đối với phản ánh đơn giản.", True),
    ("Trần Thị Mai", "Hiệp hội Doanh nghiệp tỉnh", "Điều 3",
     "Cần quy định thời hạn thông báo cho người gửi khi phản ánh được chuyển sang cơ quan khác.", True),
    ("Lê Hoàng Nam", "", "Điều 4", "Nên công khai cả thời điểm tiếp nhận và thời điểm trả lời.", True),
    ("Phạm Thu Hà", "Sở Tư pháp", "", "Dự thảo cần bổ sung căn cứ Nghị định số 20/2008/NĐ-CP.", True),
    ("Đỗ Minh", "", "Điều 1", "Có áp dụng cho phản ánh gửi qua ứng dụng di động không?", False),
]  # fmt: skip


def load(command) -> None:
    fields = {name: LegalField.objects.get_or_create(name=name)[0]
              for name in ("Công nghệ thông tin", "Bộ máy hành chính", "Thông tin, báo chí")}  # fmt: skip
    created = 0
    for citation in EXTRA_RECORDS:
        if find_existing(citation.number, citation.issuer) is None:
            publish_document(create_cited_record(citation))
    national_43 = LegalDocument.objects.filter(number="43/2011/NĐ-CP").first()
    for path in sorted(SEEDS.glob("*.txt")):
        extraction = extract_file(path)
        if find_existing(extraction.number, extraction.issuer) is not None:
            continue
        for citation in extraction.based_on:  # the texts it cites, as metadata-only records
            record = create_cited_record(citation)
            if not record.live:
                publish_document(record)
        document = import_document(path)
        document.fields.add(fields["Công nghệ thông tin"], fields["Bộ máy hành chính"])
        document.save()
        publish_document(document)  # reviewed: the five seeds extract correctly (see the importer tests)
        created += 1
    _decree_42_repeals_43(national_43)
    local = _local_decision(fields)
    _gazette(local)
    _consultation()
    command.stdout.write(
        f"Văn bản: {created} quy chế mẫu đã nhập qua bộ nhập văn bản; {LegalDocument.objects.filter(live=True).count()} "
        "văn bản công khai tại /van-ban/, Công báo tại /cong-bao/, lấy ý kiến dự thảo tại /lay-y-kien/ "
        "(kiểm duyệt góp ý: /quan-tri/lay-y-kien/kiem-duyet/)."
    )


def _decree_42_repeals_43(national_43) -> None:
    decree_42 = LegalDocument.objects.filter(number="42/2022/NĐ-CP").first()
    national_43 = national_43 or LegalDocument.objects.filter(number="43/2011/NĐ-CP").first()
    if decree_42 is None or national_43 is None or decree_42.relations.filter(kind="repeals").exists():
        return
    decree_42.effective_on = dt.date(2022, 8, 15)
    decree_42.relations.add(
        DocumentRelation(kind="repeals", target=national_43, cited_number=national_43.number)
    )
    decree_42.save()
    publish_document(decree_42)


def _odt(title: str, lines: list[str], name: str) -> ContentFile:
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text=title))
    for line in lines:
        document.text.addElement(P(text=line))
    out = io.BytesIO()
    document.write(out)
    return ContentFile(out.getvalue(), name=name)


def _local_decision(fields) -> LegalDocument:
    """A decision of the demo province issued on the last working day, posted on time."""
    number = f"12/{timezone.localdate().year}/QĐ-UBND"
    existing = find_existing(number, DEMO_ISSUER)
    if existing is not None:
        return existing
    calendar = working_calendar()
    issued = timezone.localdate() - dt.timedelta(days=1)
    while not calendar.is_working_day(issued):
        issued -= dt.timedelta(days=1)
    summary = "Ban hành Quy định thời hạn đăng tải văn bản trên Cổng Thông tin điện tử tỉnh Hòa Sơn"
    text = [f"Số: {number}", f"Hòa Sơn, ngày {issued:%d} tháng {issued.month} năm {issued.year}", "QUYẾT ĐỊNH", summary,
            "Điều 1. Văn bản của Ủy ban nhân dân tỉnh được đăng trong thời hạn theo hồ sơ quy định của tỉnh.",
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký."]  # fmt: skip
    document = LegalDocument(
        kind="quyet-dinh", number=number, issuer=DEMO_ISSUER, summary=summary, place="Hòa Sơn", issued_on=issued,
        effective_on=issued, effective_rule="Quyết định này có hiệu lực thi hành kể từ ngày ký",
        signer_name="Nguyễn Văn An", signer_capacity="TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", full_text="\n".join(text),
        live=False,
    )  # fmt: skip
    based = LegalDocument.objects.filter(number="43/2020/QĐ-UBND").first()
    if based is not None:
        document.relations.add(DocumentRelation(kind="based_on", target=based, cited_number=based.number))
    from cong.agencies.models import Agency

    # Agencies with a member portal must post it too, each on its own clock (BK-7.1.c¶3).
    document.affected_agencies.set(Agency.objects.filter(site__isnull=False).order_by("pk")[:2])
    document.save()
    document.fields.add(fields["Công nghệ thông tin"])
    name = f"qd-{number.split('/')[0]}-{issued.year}.odt"
    stored = get_document_model().objects.create(
        title=f"Quyết định {number}", file=_odt(f"QUYẾT ĐỊNH {number}", text, name)
    )
    DocumentFile.objects.create(document=document, file=stored, label="Bản ký số")
    return publish_document(document)


def _gazette(local: LegalDocument) -> None:
    year = timezone.localdate().year
    if GazetteIssue.objects.filter(year=year, number="1").exists():
        return
    lines = [f"{local.label}: {local.summary}"]
    stored = get_document_model().objects.create(
        title=f"Công báo tỉnh Hòa Sơn số 1 năm {year}",
        file=_odt(f"CÔNG BÁO TỈNH HÒA SƠN — Số 1/{year}", lines, f"cong-bao-1-{year}.odt"),
    )
    issue = GazetteIssue(number="1", year=year, published_on=timezone.localdate(), file=stored)
    issue.items.add(GazetteItem(document=local, pages="1-4"))
    issue.save()
    issue.save_revision().publish()


def _consultation() -> None:
    if Consultation.objects.filter(slug=CONSULTATION_SLUG).exists():
        return
    from cong.agencies.models import Agency

    consultation = Consultation(
        title="Dự thảo Quyết định ban hành Quy chế tiếp nhận, xử lý phản ánh, kiến nghị trên Cổng Thông tin điện tử "
        "tỉnh Hòa Sơn",
        slug=CONSULTATION_SLUG,
        drafting_agency="Văn phòng Ủy ban nhân dân tỉnh Hòa Sơn",
        agency=Agency.objects.filter(kind=Agency.Kind.OFFICE).first(),
        summary="Lấy ý kiến người dân, doanh nghiệp về dự thảo quy chế (LC-9.1.i, HG-2.3.d).",
        full_text=DRAFT_TEXT,
        opens_at=timezone.now() - dt.timedelta(days=3),
        period_working_days=20,
        contact_address="Số 1 đường Trần Hưng Đạo, thành phố Hòa Sơn",
        contact_email="vanphong@hoason.gov.vn",
        contact_phone="0200 3812 345",
        live=False,
    )
    consultation.save()
    publish_consultation(consultation)
    for name, organisation, article, text, approved in COMMENTS:
        comment = receive_comment(consultation, name=name, organisation=organisation, article=article, text=text,
                                  email=f"gopy{len(name)}@example.vn")  # fmt: skip
        if approved:
            approve_comment(comment)
