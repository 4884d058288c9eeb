"""Who may do what with a citizen's question: the board, the assigned agency's staff, who may answer.

``cong.citizens.actions`` checks these before every change of state; the admin builds its buttons from
``available_actions``, which reads the same ``RULES``: a button shows exactly when the action is allowed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cong.agencies.models import AgencyStaff, agency_of
from cong.core.profiles import get_profile

from .models import AnswerDelegation, Question

__all__ = [
    "RULES",
    "available_actions",
    "can_submit_answer",
    "handles",
    "is_board",
    "permitted",
    "question_staff",
    "who_may_answer",
]


def is_board(user) -> bool:
    """Ban Biên tập: classifies, routes, refuses, publishes (BK-7.1.f¶1, LC-13.1)."""
    return bool(user and user.is_authenticated and user.has_perm("citizens.handle_as_board"))


def question_staff(user) -> AgencyStaff | None:
    """The user's agency role for citizens' questions: the agency's head or one of its question handlers
    (cán bộ xử lý hỏi – đáp). A web role on the agency's member portal (editor, moderator,
    administrator) is not one: it gives no right over the agency's questions."""
    if not (user and user.is_authenticated):
        return None
    return (
        AgencyStaff.objects.filter(user=user)
        .filter(Q(is_head=True) | Q(handles_questions=True))
        .select_related("agency")
        .first()
    )


def handles(user, question: Question) -> bool:
    """Staff who handle this question: the board, and the head and question handlers of the agency it is
    routed to (LC-25.1.a).

    Only they see the asker's personal data.
    """
    return Actor(user).handles(question)


def can_submit_answer(user, question: Question, *, staff=...) -> bool:
    """The head of the assigned agency, or a staff member the head authorised (ST-15.6, LC-13.7).

    Delegation counts only when the profile allows it (``qa.answer_delegation``: ST yes, LC no).
    ``staff``: the user's ``question_staff`` when the caller already looked it up.
    """
    if not (user and user.is_authenticated) or question.agency_id is None:
        return False
    if staff is ...:
        staff = question_staff(user)
    if staff is None or staff.agency_id != question.agency_id:
        return False
    if staff.is_head:
        return True
    if not get_profile()["qa.answer_delegation"]:
        return False
    return any(
        d.is_active() for d in AnswerDelegation.objects.filter(agency_id=question.agency_id, delegate=user)
    )


def who_may_answer() -> str:
    """Who may answer under the profile (``qa.answerer_roles``: BK-7.1.f¶2 the head of the competent
    agency, ST-15.6 the head or the person the head authorises, LC-13.7 the agency's leaders), as shown to
    staff and in refusals. Who may submit is checked by ``can_submit_answer``."""
    param = get_profile().param("qa.answerer_roles")
    roles = [role[:1].lower() + role[1:] for role in param.value]
    if len(roles) > 1:
        return _("%(others)s hoặc %(last)s") % {"others": ", ".join(roles[:-1]), "last": roles[-1]}
    return "".join(roles)


# --- What a user may do with a question now -------------------------------------------------------


class Actor:
    """The acting user's roles, each looked up once for all the rules of one question."""

    def __init__(self, user):
        self.user = user

    @cached_property
    def board(self) -> bool:
        return is_board(self.user)

    @cached_property
    def staff(self) -> AgencyStaff | None:
        return question_staff(self.user)

    @cached_property
    def agency(self):
        return agency_of(self.user)

    def handles(self, question: Question) -> bool:
        return self.board or (self.staff is not None and question.agency_id == self.staff.agency_id)

    def assigned(self, question: Question) -> bool:
        """Staff of the agency the question is routed to (not the board acting from outside)."""
        staff = self.staff is not None and question.agency_id == self.staff.agency_id
        return (self.board or staff) and self.agency is not None and self.agency.pk == question.agency_id

    def may_answer(self, question: Question) -> bool:
        return can_submit_answer(self.user, question, staff=self.staff)


@dataclass(frozen=True)
class Rule:
    """Who may take an action (else ``NotAllowed`` with ``denied``) on a question in which states (else
    ``ActionError`` with ``wrong_state``); ``offered``: what else must hold for the button to show (the
    action itself refuses with its own message)."""

    who: Callable[[Actor, Question], bool]
    denied: str | Callable[[], str]
    states: tuple[str, ...]
    wrong_state: str
    offered: Callable[[Question], bool] = lambda question: True

    def denied_message(self) -> str:
        return self.denied() if callable(self.denied) else self.denied


S = Question.Status
IN_HAND = (S.RECEIVED, S.ROUTED, S.RETURNED, S.PROGRESS)


def _answer_denied() -> str:
    return _("Chỉ %(who)s được trả lời (%(source)s).") % {
        "who": who_may_answer(),
        "source": get_profile().param("qa.answerer_roles").source,
    }


def _may_close(question: Question) -> bool:
    from .models import Answer

    return not question.socio_economic and Answer.Mode.DIRECT in get_profile()["qa.publication"]


# The order is the order of the buttons on the question's page.
RULES: dict[str, Rule] = {
    "route": Rule(
        lambda actor, q: actor.board,
        gettext_lazy("Chỉ Ban Biên tập được phân loại và chuyển câu hỏi."),
        (S.RECEIVED, S.RETURNED),
        gettext_lazy("Chỉ chuyển được câu hỏi mới hoặc bị trả lại"),
    ),
    "refuse": Rule(
        lambda actor, q: actor.board or bool(q.agency_id and actor.handles(q)),
        gettext_lazy("Chỉ Ban Biên tập hoặc cơ quan xử lý được từ chối."),
        IN_HAND,
        gettext_lazy("Chỉ từ chối được câu hỏi đang xử lý"),
    ),
    "notify_return": Rule(
        lambda actor, q: actor.handles(q),
        gettext_lazy("Không có quyền thông báo cho người hỏi."),
        (S.RETURNED,),
        gettext_lazy("Chỉ thông báo được câu hỏi bị trả lại"),
        offered=lambda q: not q.asker_notified_at,
    ),
    "transfer": Rule(
        lambda actor, q: actor.assigned(q),
        gettext_lazy("Chỉ cơ quan đang được giao câu hỏi mới chuyển được câu hỏi."),
        Question.OPEN_STATUSES,
        gettext_lazy("Chỉ chuyển được câu hỏi đang chờ cơ quan trả lời"),
    ),
    "return": Rule(
        lambda actor, q: actor.assigned(q),
        gettext_lazy("Chỉ cơ quan đang được giao mới trả lại được câu hỏi."),
        Question.OPEN_STATUSES,
        gettext_lazy("Chỉ trả lại được câu hỏi đang chờ cơ quan trả lời"),
    ),
    "progress": Rule(
        lambda actor, q: actor.may_answer(q),
        lambda: _("Chỉ %(who)s được gửi thông báo tiến độ.") % {"who": who_may_answer()},
        Question.OPEN_STATUSES,
        gettext_lazy("Chỉ gửi thông báo tiến độ cho câu hỏi đang chờ trả lời"),
        offered=lambda q: bool(get_profile()["qa.progress_notice"]),
    ),
    "answer": Rule(
        lambda actor, q: actor.may_answer(q),
        _answer_denied,
        Question.OPEN_STATUSES,
        gettext_lazy("Chỉ trả lời được câu hỏi đang chờ trả lời"),
    ),
    "publish": Rule(
        lambda actor, q: actor.board,
        gettext_lazy("Chỉ Ban Biên tập được đăng câu trả lời."),
        (S.ANSWERED, S.CLOSED),
        gettext_lazy("Chỉ đăng được câu hỏi đã có trả lời"),
    ),
    "close": Rule(
        lambda actor, q: actor.board,
        gettext_lazy("Chỉ Ban Biên tập được kết thúc câu hỏi."),
        (S.ANSWERED,),
        gettext_lazy("Chỉ kết thúc được câu hỏi đã có trả lời"),
        offered=_may_close,
    ),
    "unpublish": Rule(
        lambda actor, q: actor.board,
        gettext_lazy("Chỉ Ban Biên tập được gỡ câu trả lời."),
        (S.PUBLISHED,),
        gettext_lazy("Câu hỏi chưa được đăng"),
    ),
}


def permitted(name: str, user, question: Question, actor: Actor | None = None) -> bool:
    """Whether ``user`` may take action ``name`` on ``question`` now (who and state; not the offer)."""
    rule = RULES[name]
    return question.status in rule.states and rule.who(actor or Actor(user), question)


def available_actions(user, question: Question) -> list[str]:
    """The actions ``user`` may take on ``question`` now, in the order of the buttons."""
    actor = Actor(user)
    return [
        name
        for name, rule in RULES.items()
        if permitted(name, user, question, actor) and rule.offered(question)
    ]
