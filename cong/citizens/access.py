"""Who may do what with a citizen's question: the board, the assigned agency's staff, who may answer.

``cong.citizens.actions`` checks these before every change of state; views use them to show buttons.
"""

from __future__ import annotations

from django.db.models import Q

from cong.agencies.models import AgencyStaff
from cong.core.profiles import get_profile

from .models import AnswerDelegation, Question

__all__ = ["can_submit_answer", "handles", "is_board", "question_staff", "who_may_answer"]


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
    if is_board(user):
        return True
    staff = question_staff(user)
    return staff is not None and question.agency_id == staff.agency_id


def can_submit_answer(user, question: Question) -> bool:
    """The head of the assigned agency, or a staff member the head authorised (ST-15.6, LC-13.7).

    Delegation counts only when the profile allows it (``qa.answer_delegation``: ST yes, LC no).
    """
    if not (user and user.is_authenticated) or question.agency_id is None:
        return False
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
    return f"{', '.join(roles[:-1])} hoặc {roles[-1]}" if len(roles) > 1 else "".join(roles)
