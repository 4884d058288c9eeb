"""The citizens' public registers: published questions with their answers, and published petitions.

Only published items are public (``Question.objects.published()``); the asker's personal data never
appears (see ``cong/portal/registers.py`` for what the portal does with a register).
"""

from cong.core.profiles import get_profile
from cong.portal.registers import HitText, PublicRegister, register

from .models import Question


def _published(kind: str):
    return lambda: Question.objects.published().filter(kind=kind).select_related("answer")


def _describe(question: Question) -> HitText:
    answer = getattr(question, "answer", None)
    text = question.content + (f"\n{answer.body}" if answer is not None else "")
    return HitText(title=question.title, text=text, date=question.published_at)


register(
    PublicRegister(
        code="hoi-dap",
        name=lambda: get_profile()["qa.title"],
        hit_label="Hỏi – đáp",
        url_name="citizens:questions",
        description="Câu hỏi của người dân, doanh nghiệp và câu trả lời của cơ quan có thẩm quyền; "
        "đặt câu hỏi, tra cứu tình trạng.",
        public_items=_published(Question.Kind.QUESTION),
        describe=_describe,
        lastmod_field="published_at",
        url_fields=("id", "kind"),
        linked=lambda: get_profile()["qa.enabled"],
        order=40,
    )
)

register(
    PublicRegister(
        code="phan-anh-kien-nghi",
        name="Phản ánh, kiến nghị",
        hit_label="Phản ánh, kiến nghị",
        url_name="citizens:petitions",
        description="Phản ánh, kiến nghị về quy định hành chính và kết quả xử lý.",
        public_items=_published(Question.Kind.PETITION),
        describe=_describe,
        lastmod_field="published_at",
        url_fields=("id", "kind"),
        linked=lambda: get_profile()["petitions.enabled"],
        order=50,
    )
)
