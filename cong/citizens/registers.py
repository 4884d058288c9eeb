"""The citizens' public registers: published questions with their answers, and published petitions.

Only published items are public (``Question.objects.published()``); the asker's personal data never
appears (see ``cong/portal/registers.py`` for what the portal does with a register).
"""

from django.utils.translation import gettext_lazy

from cong.core.profiles import get_profile
from cong.portal.registers import HitText, PublicRegister, register

from .models import Question


def _describe(question: Question) -> HitText:
    answer = getattr(question, "answer", None)
    text = question.content + (f"\n{answer.body}" if answer is not None else "")
    return HitText(title=question.title, text=text, date=question.published_at)


def _register_kind(kind: str, *, enabled: str, **fields) -> None:
    """The register of one kind: its published items with their answers, shown while ``enabled`` (a
    profile key) is on."""
    register(
        PublicRegister(
            public_items=lambda: Question.objects.published().filter(kind=kind).select_related("answer"),
            describe=_describe,
            lastmod_field="published_at",
            search_column="search_text",
            url_fields=("id", "kind"),
            linked=lambda: get_profile()[enabled],
            **fields,
        )
    )


_register_kind(
    Question.Kind.QUESTION,
    enabled="qa.enabled",
    code="hoi-dap",
    name=lambda: get_profile()["qa.title"],
    hit_label=gettext_lazy("Hỏi – đáp"),
    url_name="citizens:questions",
    description=gettext_lazy(
        "Câu hỏi của người dân, doanh nghiệp và câu trả lời của cơ quan có thẩm quyền; "
        "đặt câu hỏi, tra cứu tình trạng."
    ),
    order=40,
)
_register_kind(
    Question.Kind.PETITION,
    enabled="petitions.enabled",
    code="phan-anh-kien-nghi",
    name=gettext_lazy("Phản ánh, kiến nghị"),
    hit_label=gettext_lazy("Phản ánh, kiến nghị"),
    url_name="citizens:petitions",
    description=gettext_lazy("Phản ánh, kiến nghị về quy định hành chính và kết quả xử lý."),
    order=50,
)
