"""The legal app's public registers: legal documents, the official gazette, drafts for comment.

The portal links them from every page's footer, the home page and the site map, lists their public items
in ``sitemap.xml`` and searches them (see ``cong/portal/registers.py``).
"""

import re

from django.db.models import Q, Value
from django.db.models.lookups import Exact
from django.utils.translation import gettext_lazy

from cong.core.profiles import get_profile
from cong.portal.registers import HitText, PublicRegister, register

from .models import Consultation, GazetteIssue, LegalDocument, bare_number_key, number_key


def _number_match(text: str):
    """The document whose number/symbol is ``text`` however typed: "1347/QĐ-UBND", "1347 qd ubnd" (the
    key without its separators), or the start of a number, "43/2011" for 43/2011/NĐ-CP. None when the
    query has no digit (a number always has one)."""
    key = number_key(text)
    if not any(char.isdigit() for char in key):
        return None
    bare = re.sub(r"[^0-9a-z]", "", key)
    return Q(number_key=key) | Q(number_key__startswith=key + "/") | Q(Exact(bare_number_key(), Value(bare)))


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


def _register_live(model, **fields) -> None:
    """A register of a draft/publish model: its public items are the live ones, dated by last publication."""
    register(
        PublicRegister(
            public_items=lambda: model.objects.filter(live=True), lastmod_field="last_published_at", **fields
        )
    )


_register_live(
    LegalDocument,
    code="van-ban",
    name=gettext_lazy("Văn bản"),
    hit_label=gettext_lazy("Văn bản"),
    url_name="legal:documents",
    description=gettext_lazy(
        "Văn bản quy phạm pháp luật, văn bản chỉ đạo điều hành: tra cứu theo số, ký hiệu, "
        "trích yếu, lĩnh vực."
    ),
    describe=_describe_document,
    search_only=("id", "kind", "number", "summary", "issuer", "issued_on"),
    date_field="issued_on",
    number_match=_number_match,
    order=10,
)
_register_live(
    GazetteIssue,
    code="cong-bao",
    name=gettext_lazy("Công báo"),
    hit_label=gettext_lazy("Công báo"),
    url_name="legal:gazette",
    description=gettext_lazy("Các số Công báo điện tử của tỉnh và văn bản đăng trong từng số."),
    describe=_describe_issue,
    url_fields=("year", "number"),
    search_only=("id", "number", "year", "published_on", "note"),
    linked=_gazette_linked,
    listed=_gazette_on_portal,
    order=20,
)
_register_live(
    Consultation,
    code="lay-y-kien",
    name=gettext_lazy("Lấy ý kiến dự thảo"),
    hit_label=gettext_lazy("Dự thảo lấy ý kiến"),
    url_name="legal:consultations",
    description=gettext_lazy("Dự thảo văn bản đang lấy ý kiến nhân dân; gửi góp ý trực tuyến."),
    describe=_describe_consultation,
    url_fields=("slug",),
    order=30,
)
