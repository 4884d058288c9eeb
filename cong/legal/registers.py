"""The legal app's public registers: legal documents, the official gazette, drafts for comment.

The portal links them from every page's footer, the home page and the site map, lists their public items
in ``sitemap.xml`` and searches them (see ``cong/portal/registers.py``).
"""

from cong.core.profiles import get_profile
from cong.portal.registers import HitText, PublicRegister, register

from .models import Consultation, GazetteIssue, LegalDocument


def _gazette_on_portal() -> bool:
    """The gazette has its own pages unless the profile sends readers elsewhere or has none (ND43-10.g)."""
    return get_profile()["gazette.mode"] == "internal"


def _gazette_linked() -> bool:
    return get_profile()["gazette.mode"] != "none"


def _describe_document(document: LegalDocument) -> HitText:
    return HitText(
        title=document.label, text=f"{document.summary} — {document.issuer}", date=document.issued_on
    )


def _describe_issue(issue: GazetteIssue) -> HitText:
    return HitText(title=str(issue), text=issue.note, date=issue.published_on)


def _describe_consultation(consultation: Consultation) -> HitText:
    return HitText(
        title=consultation.title,
        text=consultation.summary or consultation.full_text[:1000],
        date=consultation.opens_at,
    )


register(
    PublicRegister(
        code="van-ban",
        name="Văn bản",
        hit_label="Văn bản",
        url_name="legal:documents",
        description="Văn bản quy phạm pháp luật, văn bản chỉ đạo điều hành: tra cứu theo số, ký hiệu, "
        "trích yếu, lĩnh vực.",
        public_items=lambda: LegalDocument.objects.filter(live=True),
        describe=_describe_document,
        lastmod_field="last_published_at",
        search_only=("id", "kind", "number", "summary", "issuer", "issued_on"),
        order=10,
    )
)

register(
    PublicRegister(
        code="cong-bao",
        name="Công báo",
        hit_label="Công báo",
        url_name="legal:gazette",
        description="Các số Công báo điện tử của tỉnh và văn bản đăng trong từng số.",
        public_items=lambda: GazetteIssue.objects.filter(live=True),
        describe=_describe_issue,
        lastmod_field="last_published_at",
        url_fields=("year", "number"),
        search_only=("id", "number", "year", "published_on", "note"),
        linked=_gazette_linked,
        listed=_gazette_on_portal,
        order=20,
    )
)

register(
    PublicRegister(
        code="lay-y-kien",
        name="Lấy ý kiến dự thảo",
        hit_label="Dự thảo lấy ý kiến",
        url_name="legal:consultations",
        description="Dự thảo văn bản đang lấy ý kiến nhân dân; gửi góp ý trực tuyến.",
        public_items=lambda: Consultation.objects.filter(live=True),
        describe=_describe_consultation,
        lastmod_field="last_published_at",
        url_fields=("slug",),
        order=30,
    )
)
