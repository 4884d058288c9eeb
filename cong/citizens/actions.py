"""Every change of state of a question or petition, one named function each.

Views, the admin, commands and tasks call these and nothing else changes ``Question.status``. Each
function checks who may do it, runs in one transaction, writes the Wagtail audit-log entry
(``citizens.*`` actions, registered in ``wagtail_hooks``), starts or stops the statutory clocks of
``cong.core.clocks`` with periods read from the regulation profile, and queues the messages to the asker
(``AskerNotice``, e-mailed by a background task after the commit).

Life of a question (see docs/features/qa-deadlines.md)::

    receive_question ─▶ received ─ route_question ─▶ routed ─ answer_question ─▶ answered ─ publish_answer ─▶ published
                           │                          │  ▲                                └ close_question ─▶ closed
                           └ refuse_question          │  └ route_question (re-route)
                                                      ├ return_question ─▶ returned (notice clock to the asker)
                                                      ├ transfer_question ─▶ routed (other agency) or returned
                                                      └ send_progress_notice ─▶ progress (clock to the new date)
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from cong.agencies.models import Agency, AgencyStaff
from cong.core.addresses import absolute_url
from cong.core.clock import TZ, working_calendar
from cong.core.clocks import clocks_for, new_clock, save_clock, start_clock, stop_clock
from cong.core.models import Clock
from cong.core.profiles import Period, PeriodUnit, get_profile, option_label
from cong.core.uploads import without_metadata
from cong.legal.models import LegalDocument

from .access import (  # noqa: F401 (re-exported)
    RULES,
    Actor,
    available_actions,
    can_submit_answer,
    handles,
    is_board,
    permitted,
    question_staff,
    who_may_answer,
)
from .models import (
    PERSONAL_FIELDS,
    Answer,
    AnswerDelegation,
    AskerNotice,
    Attachment,
    Citation,
    Field,
    ProgressNotice,
    Question,
)

logger = logging.getLogger(__name__)

ANSWER_CLOCK = "qa.answer"
NOTICE_CLOCK = "qa.out_of_scope_notice"
PROMISE_CLOCK = "qa.progress_notice"
RETENTION_PERIOD = "qa.retention_after_answer"
PERSONAL_DATA_PERIOD = "qa.personal_data_retention"
REMINDER_PERIOD = "qa.reminder_before"
BOARD_ROUTER = (
    "Ban Biên tập"  # i18n: data — the value of ``qa.default_router`` that means the editorial board
)


class ActionError(ValueError):
    """A change of state that cannot happen now; the message is shown to the user, in Vietnamese."""


class NotAllowed(PermissionDenied):
    """The user may not make this change (wrong agency, not the head, not the board)."""


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise NotAllowed(message)


def _require_status(question: Question, allowed, message: str) -> None:
    if question.status not in allowed:
        raise ActionError(
            _("%(message)s (trạng thái hiện tại: %(status)s)")
            % {"message": message, "status": question.get_status_display().lower()}
        )


def _require_who(name: str, user, question: Question) -> None:
    """The permission half of ``RULES[name]`` (``access``), the same rule that shows the button."""
    rule = RULES[name]
    _require(rule.who(Actor(user), question), rule.denied_message())


def _require_state(name: str, question: Question) -> None:
    rule = RULES[name]
    _require_status(question, rule.states, rule.wrong_state)


def _check(name: str, user, question: Question) -> None:
    """Who, then when: ``NotAllowed`` or ``ActionError`` with the rule's Vietnamese message."""
    _require_who(name, user, question)
    _require_state(name, question)


def check_action(name: str, user, question: Question) -> None:
    """For the admin, before it reads a form: refuse the action now as the action itself would."""
    if name not in RULES:
        raise ActionError(_("Thao tác không hợp lệ."))
    _check(name, user, question)


# --- Clocks -------------------------------------------------------------------------------------


def _running(question: Question, purpose: str) -> list[Clock]:
    return [c for c in clocks_for(question) if c.purpose == purpose and c.stopped_at is None]


def _stop(question: Question, purpose: str, at: dt.datetime, reason: str) -> None:
    for clock in _running(question, purpose):
        stop_clock(clock, at=at, reason=reason)


def _start_answer_clock(question: Question, event: dt.datetime) -> Clock:
    clock = start_clock(ANSWER_CLOCK, event, subject=question)
    question.answer_due_at = clock.due_at
    question.reminded_for_due = None
    return clock


def _outcome_on_time(question: Question, at: dt.datetime) -> bool | None:
    return None if question.answer_due_at is None else at <= question.answer_due_at


# --- Messages to the asker ------------------------------------------------------------------------


def _queue_notice(question: Question, kind: str, subject: str, body: str) -> AskerNotice:
    """Write the message in this transaction; e-mail it after the commit (and retry until sent)."""
    notice = AskerNotice.objects.create(
        question=question, kind=kind, subject=subject, body=body, to_email=question.email or ""
    )
    if notice.to_email:
        from .tasks import deliver_notice

        if _queue_in_database(deliver_notice):
            # The task's row is written in this transaction, with the message: one commit, not two (each a
            # disk flush on PostgreSQL, the write lock again on SQLite — issue 17), and no moment when the
            # message is stored but not queued. The worker sees the row only once it is committed.
            deliver_notice.enqueue(notice.pk)
        else:  # a queue outside the database (or a test's, which runs the task at once): after the commit
            transaction.on_commit(lambda: _enqueue(deliver_notice, notice.pk))
    return notice


def _queue_in_database(task) -> bool:
    """Is ``task``'s queue a table of the database the citizens' records are written to?"""
    from django.db import router
    from django_tasks_db.backend import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    return isinstance(task.get_backend(), DatabaseBackend) and router.db_for_write(
        DBTaskResult
    ) == router.db_for_write(AskerNotice)


def _enqueue(task, *args) -> None:
    # A broken queue must not undo a committed change: the periodic retry picks the notice up later.
    try:
        task.enqueue(*args)
    except Exception:  # noqa: BLE001
        logger.exception("Không đưa được việc gửi thư vào hàng đợi; sẽ gửi lại theo lịch.")


def _staff_mail(agency: Agency | None, subject: str, body: str) -> None:
    """Tell the agency's staff (LC-25.1.a) — a convenience; the admin lists stay the source of truth."""
    if agency is None:
        return
    recipients = {agency.email} if agency.email else set()
    recipients |= {
        email
        for email in AgencyStaff.objects.filter(agency=agency)
        .filter(Q(is_head=True) | Q(handles_questions=True))
        .values_list("user__email", flat=True)
        if email
    }
    if recipients:
        from .tasks import send_staff_mail

        transaction.on_commit(lambda: _enqueue(send_staff_mail, subject, body, sorted(recipients)))


def _fmt(moment: dt.datetime | None) -> str:
    if not moment:
        return _("không quy định")
    local = timezone.localtime(moment, TZ)
    return _("%(time)s ngày %(date)s") % {"time": local.strftime("%H:%M"), "date": local.strftime("%d/%m/%Y")}


# --- Reception ----------------------------------------------------------------------------------


@dataclass
class AttachmentIn:
    file: UploadedFile
    name: str


def receive_question(
    *,
    acting_user,
    kind: str,
    data: dict,
    attachments: list[UploadedFile] | tuple = (),
    site=None,
    now: dt.datetime | None = None,
) -> Question:
    """Tiếp nhận: store a validated question or petition with its files, start its answer clock.

    Everything is in one transaction: either the question, its files, its clock, its audit entry and its
    receipt are all stored, or nothing is. The caller shows the receipt only after this returns.
    """
    now = now or timezone.now()
    profile = get_profile()
    # Inside the public form's transaction (its rate-limit count) no savepoint of its own: a failure rolls
    # back the whole transaction, and the form counts the attempt again (two statements fewer, issue 17).
    with transaction.atomic(savepoint=False):
        # The answer clock starts at the reception when the profile says so: its due moment is computed
        # first (in the transaction, as a change of the calendar would see it) and stored with the question
        # in its INSERT; the clock's row follows once the question has its key.
        clock = new_clock(ANSWER_CLOCK, now) if profile["qa.clock_start"] == "portal_receipt" else None
        question = Question(kind=kind, received_at=now, consent_at=now, site=site, **data)
        if clock is not None:
            question.answer_due_at = clock.due_at
        question.refresh_search_text()
        question.save()
        for upload in attachments:
            stored = without_metadata(upload)  # an ID-card photo must not carry where it was taken
            Attachment.objects.create(
                question=question, file=stored, name=upload.name[:255], size=stored.size or 0
            )
        if clock is not None:
            save_clock(clock, question)
        log(question, "citizens.receive", user=acting_user, data={"kind": kind})
        values = {
            "reference": question.reference,
            "portal": option_label(profile["site.kind"]),
            "title": question.title,
            "time": _fmt(now),
        }
        if kind == Question.Kind.PETITION:
            subject = _("Cổng đã tiếp nhận phản ánh, kiến nghị %(reference)s") % values
            received = _("%(portal)s đã tiếp nhận phản ánh, kiến nghị “%(title)s” lúc %(time)s.") % values
        else:
            subject = _("Cổng đã tiếp nhận câu hỏi %(reference)s") % values
            received = _("%(portal)s đã tiếp nhận câu hỏi “%(title)s” lúc %(time)s.") % values
        due = (
            _fmt(question.answer_due_at)
            if question.answer_due_at
            else _("tính từ khi chuyển cơ quan có thẩm quyền")
        )
        lookup = absolute_url(reverse("citizens:lookup"), question.site)
        _queue_notice(
            question,
            AskerNotice.Kind.RECEIPT,
            subject,
            "\n".join(
                [
                    received,
                    _("Mã tra cứu: %(code)s") % {"code": question.code},
                    _("Hạn trả lời: %(due)s (%(period)s).") % {"due": due, "period": profile["qa.answer"]},
                    _(
                        "Tra cứu tình trạng, đọc câu trả lời, sửa hoặc rút thông tin cá nhân tại %(url)s "
                        "bằng mã tra cứu trên. Vui lòng giữ kín mã này."
                    )
                    % {"url": lookup},
                ]
            ),
        )
    return question


def refuse_question(question: Question, refusal: str, reason: str, *, acting_user) -> Question:
    """Không tiếp nhận / từ chối: violation (ST-24.7), complaint or denunciation (LC-13.2), or outside
    the remit of the province's agencies (BK-7.1.f¶1). The asker is told why, with guidance."""
    _require_who("refuse", acting_user, question)
    if refusal not in Question.Refusal.values:
        raise ActionError(_("Lý do không tiếp nhận không hợp lệ."))
    grounds = get_profile().param("qa.may_reject")
    if refusal not in grounds.value:
        allowed = "; ".join(Question.Refusal(g).label.lower() for g in grounds.value) or _("không có")
        raise ActionError(
            _(
                "Quy chế (%(source)s) chỉ cho phép từ chối: %(allowed)s. Câu hỏi khác phải được trả lời"
                " hoặc chuyển cơ quan có thẩm quyền."
            )
            % {"source": grounds.source, "allowed": allowed}
        )
    if not reason.strip():
        raise ActionError(_("Hãy nêu lý do để thông báo cho người hỏi."))
    _require_state("refuse", question)
    now = timezone.now()
    with transaction.atomic():
        for purpose in (ANSWER_CLOCK, NOTICE_CLOCK, PROMISE_CLOCK):
            _stop(question, purpose, now, _("Không tiếp nhận"))
        question.status = Question.Status.REFUSED
        question.refused_at = now
        question.refusal_kind = refusal
        question.refusal_reason = reason.strip()
        question.asker_notified_at = now
        question.save()
        log(question, "citizens.refuse", user=acting_user, data={"refusal": refusal})
        _queue_notice(
            question,
            AskerNotice.Kind.REFUSAL,
            _("%(reference)s: không tiếp nhận") % {"reference": question.reference},
            f"{Question.Refusal(refusal).label}.\n{reason.strip()}\n\n{REFUSAL_GUIDANCE[refusal]}",
        )
    return question


REFUSAL_GUIDANCE = {
    Question.Refusal.COMPLAINT: gettext_lazy(
        "Chuyên mục Hỏi – Đáp không thuộc phạm vi điều chỉnh của Luật Khiếu nại, Luật Tố cáo. "
        "Để khiếu nại, tố cáo, vui lòng gửi đơn trực tiếp đến cơ quan có thẩm quyền giải quyết hoặc "
        "Ban Tiếp công dân theo Luật Khiếu nại 2011, Luật Tố cáo 2018."
    ),
    Question.Refusal.OUT_OF_SCOPE: gettext_lazy(
        "Vui lòng gửi câu hỏi đến cơ quan có thẩm quyền (bộ, ngành trung ương hoặc địa phương khác)."
    ),
    Question.Refusal.VIOLATION: gettext_lazy(
        "Nội dung vi phạm quy định về thông tin trên Cổng nên không được trả lời."
    ),
}


# --- Routing --------------------------------------------------------------------------------------


CLASSIFICATION_LABELS = {"field": gettext_lazy("lĩnh vực"), "policy_group": gettext_lazy("nhóm chính sách")}


def _check_classification(field: Field | None, policy_group: str) -> None:
    """The classification the profile requires before routing (``qa.classification``: BK-7.1.f¶1,
    LC-13.1 field; ST-24.4 field and policy group, for the reports by field and policy group)."""
    param = get_profile().param("qa.classification")
    given = {"field": field is not None, "policy_group": bool(policy_group.strip())}
    missing = [str(CLASSIFICATION_LABELS[name]) for name in param.value if not given[name]]
    if missing:
        criteria = missing[0]
        for more in missing[1:]:
            criteria = _("%(first)s và %(second)s") % {"first": criteria, "second": more}
        raise ActionError(
            _("Hãy phân loại câu hỏi theo %(criteria)s trước khi chuyển (%(source)s).")
            % {"criteria": criteria, "source": param.source}
        )


def route_question(
    question: Question,
    agency: Agency,
    *,
    acting_user,
    field: Field | None = None,
    policy_group: str = "",
    socio_economic: bool | None = None,
) -> Question:
    """Phân loại và chuyển: the board classifies the question and routes it to the competent agency
    (BK-7.1.f¶1, LC-13.1); after a return it re-routes it (ST-24.3), telling the asker where it went."""
    _check("route", acting_user, question)
    if agency is None:
        raise ActionError(_("Hãy chọn cơ quan có thẩm quyền."))
    if question.status == Question.Status.RETURNED and agency.pk == question.agency_id:
        raise ActionError(_("Cơ quan này vừa trả lại câu hỏi; hãy chọn cơ quan khác."))
    profile = get_profile()
    _check_classification(field or question.field, policy_group or question.policy_group)
    now = timezone.now()
    rerouted = question.status == Question.Status.RETURNED
    with transaction.atomic():
        question.agency = agency
        if field is not None:
            question.field = field
        question.policy_group = policy_group or question.policy_group
        if socio_economic is not None:
            question.socio_economic = socio_economic
        question.status = Question.Status.ROUTED
        question.routed_at = now
        running = _running(question, ANSWER_CLOCK)
        if not running or (rerouted and profile["qa.transfer_restarts_clock"]):
            _stop(question, ANSWER_CLOCK, now, _("Chuyển đến %(agency)s") % {"agency": agency})
            _start_answer_clock(question, now)
        if rerouted:
            _stop(question, NOTICE_CLOCK, now, _("Đã chuyển cơ quan khác và báo người hỏi"))
            question.notice_due_at = None
            question.asker_notified_at = now
            _queue_notice(
                question,
                AskerNotice.Kind.OUT_OF_SCOPE,
                _("%(reference)s: đã chuyển cơ quan có thẩm quyền") % {"reference": question.reference},
                _(
                    "Câu hỏi không thuộc thẩm quyền của cơ quan được chuyển trước đó nên đã được chuyển đến"
                    " %(agency)s. Hạn trả lời: %(due)s."
                )
                % {"agency": agency, "due": _fmt(question.answer_due_at)},
            )
        question.refresh_search_text()
        question.save()
        log(
            question,
            "citizens.reroute" if rerouted else "citizens.route",
            user=acting_user,
            data={"agency": agency.code, "field": question.field_id, "due": _fmt(question.answer_due_at)},
        )
        _staff_mail(
            agency,
            _("[Hỏi – Đáp] %(reference)s chuyển đến %(agency)s")
            % {"reference": question.reference, "agency": agency},
            _("Ban Biên tập đã chuyển %(reference)s “%(title)s” đến cơ quan. Hạn trả lời: %(due)s.")
            % {"reference": question.reference, "title": question.title, "due": _fmt(question.answer_due_at)},
        )
    return question


def return_question(question: Question, reason: str, *, acting_user) -> Question:
    """Trả lại: the agency says the question is not within its competence (LC-13.1, ST-24.3).

    Starts the clock within which the asker must be told (``qa.out_of_scope_notice``: immediately in
    LC and nationally, 2 days in ST). When the profile says "immediately" the notice goes in this same
    transaction; otherwise the board (or the agency) sends it, reminded before the due moment.
    """
    _check("return", acting_user, question)
    if not reason.strip():
        raise ActionError(
            _("Hãy nêu lý do câu hỏi không thuộc thẩm quyền và, nếu biết, cơ quan có thẩm quyền.")
        )
    profile = get_profile()
    now = timezone.now()
    with transaction.atomic():
        if profile["qa.transfer_restarts_clock"]:
            _stop(question, ANSWER_CLOCK, now, _("Cơ quan trả lại: không thuộc thẩm quyền"))
            question.answer_due_at = None
        _stop(question, PROMISE_CLOCK, now, _("Cơ quan trả lại"))
        question.status = Question.Status.RETURNED
        question.returned_at = now
        question.return_reason = reason.strip()
        question.return_count += 1
        question.asker_notified_at = None
        notice_clock = start_clock(NOTICE_CLOCK, notice_clock_event(question, now), subject=question)
        question.notice_due_at = notice_clock.due_at
        if profile.period(NOTICE_CLOCK).is_immediate:
            _notify_return(question, now, notice_clock)
        question.save()
        log(
            question,
            "citizens.return",
            user=acting_user,
            data={"agency": question.agency.code, "reason": reason.strip()[:200]},
        )
    return question


def notice_clock_event(question: Question, now: dt.datetime) -> dt.datetime:
    """When the clock to tell the asker "not our competence" starts.

    ST-24.3 "khi nhận được câu hỏi … trong vòng 02 ngày": from the agency's receipt (the routing or
    transfer to it). "Thông báo ngay" (LC-13.1, ND43-17) has no count to run from receipt: it is due at
    the moment the agency finds the question is not its own.
    """
    if get_profile().period(NOTICE_CLOCK).is_immediate or question.routed_at is None:
        return now
    return question.routed_at


def transfer_notice_due(question: Question) -> dt.datetime | None:
    """By when the agency must tell the asker, if the question is not its own (shown on its screen)."""
    period = get_profile().period(NOTICE_CLOCK)
    if period.is_immediate or not period.has_limit or question.routed_at is None:
        return None
    return working_calendar().due(question.routed_at, period)


def default_router(question: Question) -> Agency | None:
    """Where a question goes when its competent agency is unclear (``qa.default_router``): ``None`` for
    the editorial board (BK-7.1.f¶1, LC-13.1, HG-8.5), else the agency of that name (ST-24.3: Sở Thông
    tin và Truyền thông)."""
    param = get_profile().param("qa.default_router")
    name = param.value.strip()
    if not name or name.casefold() == BOARD_ROUTER.casefold():
        return None
    agency = Agency.objects.filter(name__iexact=name).first()
    if agency is None:
        raise ActionError(
            _(
                "Chưa có «%(name)s» trong danh mục cơ quan (nơi nhận câu hỏi chưa rõ thẩm quyền theo "
                "%(source)s); hãy chọn cơ quan có thẩm quyền hoặc đề nghị quản trị thêm cơ quan này."
            )
            % {"name": name, "source": param.source}
        )
    if agency.pk == question.agency_id:
        raise ActionError(
            _("Cơ quan của bạn là nơi nhận câu hỏi chưa rõ thẩm quyền; hãy chọn cơ quan có thẩm quyền.")
        )
    return agency


def transfer_question(
    question: Question,
    *,
    acting_user,
    to_agency: Agency | None,
    reason: str,
    now: dt.datetime | None = None,
) -> Question:
    """Chuyển câu hỏi không thuộc thẩm quyền (ST-24.3): the agency that received a question outside its
    competence tells the asker and, in the same step, transfers it to the competent agency, or — when it
    is unclear which — to ``qa.default_router`` (an agency such as Sở TT&TT, or back to the board).

    The notice clock (``qa.out_of_scope_notice``) runs from the agency's receipt, so a transfer after
    the 2 days is recorded as late. The receiving agency answers under its own answer clock when
    ``qa.transfer_restarts_clock`` is true; otherwise the first clock keeps running.
    """
    _check("transfer", acting_user, question)
    if not reason.strip():
        raise ActionError(_("Hãy nêu vì sao câu hỏi không thuộc thẩm quyền của cơ quan."))
    if to_agency is not None and to_agency.pk == question.agency_id:
        raise ActionError(_("Câu hỏi đang ở chính cơ quan này; hãy chọn cơ quan có thẩm quyền khác."))
    destination = to_agency if to_agency is not None else default_router(question)
    profile = get_profile()
    now = now or timezone.now()
    previous = question.agency
    with transaction.atomic():
        notice = start_clock(NOTICE_CLOCK, notice_clock_event(question, now), subject=question)
        stop_clock(notice, at=now, reason=_("Đã báo người hỏi và chuyển câu hỏi"))
        notice_late = notice.due_at is not None and now > notice.due_at
        _stop(question, PROMISE_CLOCK, now, _("Chuyển cơ quan khác"))
        if profile["qa.transfer_restarts_clock"]:
            _stop(
                question,
                ANSWER_CLOCK,
                now,
                _("Chuyển khỏi %(agency)s: không thuộc thẩm quyền") % {"agency": previous},
            )
            question.answer_due_at = None
        question.asker_notified_at = now
        question.notice_due_at = None
        if destination is None:  # back to the board, which routes it (route_question)
            question.status = Question.Status.RETURNED
            question.returned_at = now
            question.return_reason = reason.strip()
            question.return_count += 1
            where = _("Ban Biên tập")
        else:
            question.agency = destination
            question.status = Question.Status.ROUTED
            question.routed_at = now
            question.promised_date = None
            if not _running(question, ANSWER_CLOCK):
                _start_answer_clock(question, now)
            where = str(destination)
        due = (
            _("Hạn trả lời: %(due)s.") % {"due": _fmt(question.answer_due_at)}
            if destination is not None
            else _("Cổng sẽ thông báo khi câu hỏi được chuyển đến cơ quan có thẩm quyền.")
        )
        _queue_notice(
            question,
            AskerNotice.Kind.OUT_OF_SCOPE,
            _("%(reference)s: đã chuyển đến %(where)s") % {"reference": question.reference, "where": where},
            _("%(agency)s thông báo: câu hỏi không thuộc thẩm quyền của cơ quan (%(reason)s).")
            % {"agency": previous, "reason": reason.strip()}
            + "\n"
            + _("Câu hỏi đã được chuyển đến %(where)s. %(due)s") % {"where": where, "due": due},
        )
        question.refresh_search_text()
        question.save()
        log(
            question,
            "citizens.transfer",
            user=acting_user,
            data={
                "from": previous.code,
                "to": destination.code if destination else "",
                "reason": reason.strip()[:200],
                "notice_due": _fmt(notice.due_at),
                "notice_late": notice_late,
            },
        )
        if destination is not None:
            _staff_mail(
                destination,
                _("[Hỏi – Đáp] %(reference)s chuyển đến %(agency)s")
                % {"reference": question.reference, "agency": destination},
                _(
                    "%(agency)s đã chuyển %(reference)s “%(title)s” đến cơ quan vì không thuộc "
                    "thẩm quyền của mình. Hạn trả lời: %(due)s."
                )
                % {
                    "agency": previous,
                    "reference": question.reference,
                    "title": question.title,
                    "due": _fmt(question.answer_due_at),
                },
            )
    return question


def _notify_return(
    question: Question, now: dt.datetime, clock: Clock | None = None, message: str = ""
) -> None:
    _queue_notice(
        question,
        AskerNotice.Kind.OUT_OF_SCOPE,
        _("%(reference)s: không thuộc thẩm quyền của %(agency)s")
        % {"reference": question.reference, "agency": question.agency},
        (
            message.strip()
            or _("%(agency)s thông báo câu hỏi không thuộc thẩm quyền của cơ quan.")
            % {"agency": question.agency}
        )
        + "\n"
        + _("Câu hỏi đang được chuyển đến cơ quan có thẩm quyền; Cổng sẽ thông báo khi có kết quả."),
    )
    for running in [clock] if clock else _running(question, NOTICE_CLOCK):
        stop_clock(running, at=now, reason=_("Đã thông báo người hỏi"))
    question.asker_notified_at = now


def notify_asker_of_return(question: Question, message: str = "", *, acting_user) -> Question:
    """Thông báo người hỏi: tell the asker the question was not within the agency's competence
    (ST-24.3 within 2 days) before it is re-routed; stops the notice clock."""
    _check("notify_return", acting_user, question)
    if question.asker_notified_at:
        raise ActionError(_("Người hỏi đã được thông báo."))
    now = timezone.now()
    with transaction.atomic():
        _notify_return(question, now, message=message)
        question.save()
        log(question, "citizens.notify_return", user=acting_user)
    return question


# --- Answering ------------------------------------------------------------------------------------


def send_progress_notice(question: Question, message: str, new_date: dt.date, *, acting_user) -> Question:
    """Thông báo tiến độ: instead of the answer, the agency tells the asker how the question is being
    handled and the date it will be answered (BK-7.1.f¶2, LC-13.6). The answer clock stops on time and a
    new clock runs to the promised date."""
    _require_who("progress", acting_user, question)
    if not get_profile()["qa.progress_notice"]:
        raise ActionError(_("Quy chế không cho phép thông báo tiến độ thay cho câu trả lời."))
    _require_state("progress", question)
    now = timezone.now()
    today = timezone.localdate(now)
    if not message.strip():
        raise ActionError(_("Hãy ghi nội dung thông báo tiến độ."))
    if new_date is None or new_date <= today:
        raise ActionError(_("Ngày hẹn trả lời phải sau hôm nay."))
    calendar = working_calendar()
    if not calendar.is_working_day(new_date):
        raise ActionError(
            _("Ngày %(date)s không phải ngày làm việc; hãy chọn ngày làm việc.")
            % {"date": f"{new_date:%d/%m/%Y}"}
        )
    with transaction.atomic():
        if question.answer_due_at and now > question.answer_due_at:
            question.answered_on_time = False  # the notice itself came late: counted as late in reports
        _stop(question, ANSWER_CLOCK, now, _("Đã thông báo tiến độ"))
        _stop(question, PROMISE_CLOCK, now, _("Thông báo tiến độ mới"))
        param = get_profile().param("qa.progress_notice")
        clock = start_clock(
            PROMISE_CLOCK,
            now,
            subject=question,
            period=Period((new_date - timezone.localdate(now)).days, PeriodUnit.CALENDAR_DAYS),
            source=param.source,
        )
        ProgressNotice.objects.create(
            question=question, message=message.strip(), new_date=new_date, sent_by=acting_user, sent_at=now
        )
        question.status = Question.Status.PROGRESS
        question.promised_date = new_date
        question.answer_due_at = clock.due_at
        question.reminded_for_due = None
        question.save()
        log(question, "citizens.progress", user=acting_user, data={"new_date": new_date.isoformat()})
        _queue_notice(
            question,
            AskerNotice.Kind.PROGRESS,
            _("%(reference)s: thông báo tiến độ xử lý") % {"reference": question.reference},
            _("%(agency)s thông báo: %(message)s") % {"agency": question.agency, "message": message.strip()}
            + "\n"
            + _("Ngày hẹn trả lời: %(date)s.") % {"date": f"{new_date:%d/%m/%Y}"},
        )
    return question


@dataclass
class CitationIn:
    number_symbol: str
    summary: str
    issued_on: dt.date
    issuer: str


def find_legal_document(number_symbol: str, issuer: str = "") -> LegalDocument | None:
    """The record of the legal-document database (CSDL văn bản) an answer cites: its number/symbol in any
    case or spacing ("1347 /qđ-ubnd" is 1347/QĐ-UBND); of the cited issuer when several share the number."""
    documents = LegalDocument.objects.by_number(number_symbol)
    if issuer.strip():
        return documents.by_number(number_symbol, issuer=issuer).first() or documents.first()
    return documents.first()


def answer_question(
    question: Question,
    body: str,
    *,
    acting_user,
    citations: list[CitationIn] | tuple = (),
    mode: str = Answer.Mode.VIA_BOARD,
    signer_name: str = "",
    signer_position: str = "",
) -> Question:
    """Trả lời: the head of the agency or a delegate submits the answer with the legal documents it
    relies on (ST-15.4, ST-15.6, LC-13.4, LC-13.5, LC-13.7). Stops the answer clock."""
    _check("answer", acting_user, question)
    if not body.strip():
        raise ActionError(_("Nội dung trả lời không được để trống."))
    if mode not in Answer.Mode.values:
        raise ActionError(_("Hình thức trả lời không hợp lệ."))
    publication = get_profile().param("qa.publication")
    if mode not in publication.value:
        raise ActionError(
            _(
                "Quy chế (%(source)s) không cho phép hình thức «%(mode)s»; câu trả lời"
                " gửi Ban Biên tập để đăng trên Cổng."
            )
            % {"source": publication.source, "mode": Answer.Mode(mode).label}
        )
    required = set(get_profile()["qa.answer_citations"])
    for number, citation in enumerate(citations, start=1):
        values = {
            "number_symbol": citation.number_symbol,
            "summary": citation.summary,
            "date": citation.issued_on,
            "issuer": citation.issuer,
        }
        missing = [key for key in required if not values[key]]
        if missing:
            raise ActionError(
                _(
                    "Văn bản viện dẫn thứ %(number)s thiếu số ký hiệu, trích yếu, ngày ban hành hoặc cơ quan"
                    " ban hành."
                )
                % {"number": number}
            )
    staff = AgencyStaff.objects.filter(user=acting_user).first()
    now = timezone.now()
    with transaction.atomic():
        # Late once (a progress notice after the due moment) stays late.
        if question.answered_on_time is not False:
            question.answered_on_time = _outcome_on_time(question, now)
        for purpose in (ANSWER_CLOCK, PROMISE_CLOCK):
            _stop(question, purpose, now, _("Đã trả lời"))
        answer = Answer.objects.create(
            question=question,
            body=body.strip(),
            mode=mode,
            agency=question.agency,
            answered_by=acting_user,
            signer_name=signer_name.strip() or acting_user.get_full_name() or acting_user.get_username(),
            signer_position=signer_position.strip() or (staff.position if staff else ""),
            answered_at=now,
        )
        for order, citation in enumerate(citations):
            document = find_legal_document(citation.number_symbol, citation.issuer)
            Citation.objects.create(
                answer=answer,
                number_symbol=citation.number_symbol.strip(),
                summary=citation.summary.strip(),
                issued_on=citation.issued_on,
                issuer=citation.issuer.strip(),
                legal_document_id=document.pk if document else None,
                order=order,
            )
        question.status = Question.Status.ANSWERED
        question.answered_at = now
        question.refresh_search_text()
        question.save()
        log(
            question,
            "citizens.answer",
            user=acting_user,
            data={"mode": mode, "on_time": question.answered_on_time, "citations": len(citations)},
        )
        if mode == Answer.Mode.DIRECT:
            _queue_notice(
                question,
                AskerNotice.Kind.ANSWER,
                _("%(reference)s: trả lời của %(agency)s")
                % {"reference": question.reference, "agency": question.agency},
                _answer_text(answer),
            )
    return question


def _answer_text(answer: Answer) -> str:
    lines = [answer.body, "", f"{answer.signer_position} {answer.signer_name} – {answer.agency}".strip()]
    for citation in answer.citations.all():
        lines.append(
            _("Căn cứ: %(citation)s, %(summary)s") % {"citation": citation, "summary": citation.summary}
        )
    disclaimer = get_profile()["qa.disclaimer"]
    if disclaimer:
        lines += ["", disclaimer]
    return "\n".join(lines)


def publish_answer(question: Question, *, acting_user) -> Question:
    """Đăng: the board publishes the question and its answer on the portal (HG-8.5, KT-2.3). The
    answer then stays public at least ``qa.retention_after_answer`` from the answer date (ST-15.7)."""
    _check("publish", acting_user, question)
    now = timezone.now()
    with transaction.atomic():
        question.status = Question.Status.PUBLISHED
        question.published_at = now
        question.closed_at = question.closed_at or now
        period = get_profile().period(RETENTION_PERIOD)
        question.public_until = (
            working_calendar().due(question.answered_at, period) if period.has_limit else None
        )
        question.refresh_search_text()
        question.save()
        log(question, "citizens.publish", user=acting_user)
        _queue_notice(
            question,
            AskerNotice.Kind.PUBLISHED,
            _("%(reference)s: đã có câu trả lời") % {"reference": question.reference},
            _answer_text(question.answer)
            + "\n\n"
            + _("Câu hỏi và câu trả lời được đăng tại %(url)s")
            % {"url": absolute_url(question.get_absolute_url(), question.site)},
        )
    return question


def close_question(question: Question, *, acting_user) -> Question:
    """Kết thúc không đăng: the agency answered the asker directly (LC-13.4) and the board chooses not to
    publish. Refused for socio-economic management matters, whose answers must be public (BK-7.1.f¶2s2)."""
    _check("close", acting_user, question)
    if question.socio_economic:
        raise ActionError(_("Câu hỏi về quản lý kinh tế – xã hội phải được đăng câu trả lời trên Cổng."))
    publication = get_profile().param("qa.publication")
    if Answer.Mode.DIRECT not in publication.value:
        raise ActionError(
            _("Theo quy chế (%(source)s), câu trả lời phải được đăng trên Cổng.")
            % {"source": publication.source}
        )
    with transaction.atomic():
        question.status = Question.Status.CLOSED
        question.closed_at = timezone.now()
        question.save()
        if question.answer.mode != Answer.Mode.DIRECT:
            _queue_notice(
                question,
                AskerNotice.Kind.ANSWER,
                _("%(reference)s: trả lời của %(agency)s")
                % {"reference": question.reference, "agency": question.agency},
                _answer_text(question.answer),
            )
        log(question, "citizens.close", user=acting_user)
    return question


def unpublish_answer(question: Question, reason: str, *, acting_user) -> Question:
    """Gỡ khỏi danh sách công khai, only after the minimum display period (ST-15.7); kept internally."""
    _check("unpublish", acting_user, question)
    if question.public_until and timezone.now() < question.public_until:
        raise ActionError(
            _("Câu trả lời phải được đăng ít nhất đến %(date)s.") % {"date": _fmt(question.public_until)}
        )
    if not reason.strip():
        raise ActionError(_("Hãy nêu lý do gỡ."))
    with transaction.atomic():
        question.status = Question.Status.CLOSED
        question.save()
        log(question, "citizens.unpublish", user=acting_user, data={"reason": reason.strip()[:200]})
    return question


# --- The asker's rights over personal data (TT25-7) -------------------------------------------------


def correct_personal_data(question: Question, changes: dict, *, acting_user) -> Question:
    """Đính chính: the asker corrects their personal data with the lookup code (TT25-7)."""
    allowed = {key: value for key, value in changes.items() if key in PERSONAL_FIELDS or key == "district"}
    if question.personal_data_erased_at:
        raise ActionError(_("Thông tin cá nhân đã được xoá; không thể sửa."))
    with transaction.atomic():
        changed = [key for key, value in allowed.items() if getattr(question, key) != value]
        for key in changed:
            setattr(question, key, allowed[key])
        question.save()
        # Field names only: the log itself must not become a copy of the personal data.
        log(question, "citizens.correct_personal_data", user=acting_user, data={"fields": sorted(changed)})
    return question


def withdraw_personal_data(
    question: Question, *, acting_user, by_asker: bool = True, now: dt.datetime | None = None
) -> Question:
    """Rút / xoá thông tin cá nhân: erase the asker's personal data and files; the question and any
    published answer stay (TT25-6, TT25-13). Called by the asker and by the retention job."""
    if question.personal_data_erased_at:
        return question
    now = now or timezone.now()
    with transaction.atomic():
        for name in PERSONAL_FIELDS:
            setattr(question, name, "")
        question.personal_data_erased_at = now
        question.save()
        AskerNotice.objects.filter(question=question).update(to_email="")
        for attachment in question.attachments.all():
            attachment.file.delete(save=False)
            attachment.delete()
        log(
            question,
            "citizens.withdraw_personal_data" if by_asker else "citizens.erase_personal_data",
            user=acting_user,
        )
    return question


# --- Delegation (ST-15.6) -------------------------------------------------------------------------


def grant_answer_delegation(
    delegate, valid_from: dt.date, valid_until: dt.date | None = None, *, acting_user
) -> AnswerDelegation:
    """Ủy quyền trả lời: the head authorises a staff member of the same agency to submit answers."""
    staff = AgencyStaff.objects.filter(user=acting_user, is_head=True).select_related("agency").first()
    _require(staff is not None, _("Chỉ thủ trưởng cơ quan được ủy quyền trả lời."))
    if not get_profile()["qa.answer_delegation"]:
        raise ActionError(_("Quy chế không cho phép ủy quyền trả lời."))
    if not AgencyStaff.objects.filter(user=delegate, agency=staff.agency, handles_questions=True).exists():
        raise ActionError(_("Người được ủy quyền phải là cán bộ xử lý hỏi – đáp của cơ quan."))
    if valid_until and valid_until < valid_from:
        raise ActionError(_("Ngày kết thúc ủy quyền phải sau ngày bắt đầu."))
    with transaction.atomic():
        delegation = AnswerDelegation.objects.create(
            agency=staff.agency,
            delegate=delegate,
            granted_by=acting_user,
            valid_from=valid_from,
            valid_until=valid_until,
        )
        log(delegation, "citizens.delegate", user=acting_user, data={"delegate": delegate.get_username()})
    return delegation


def revoke_answer_delegation(delegation: AnswerDelegation, *, acting_user) -> AnswerDelegation:
    staff = AgencyStaff.objects.filter(user=acting_user, agency=delegation.agency, is_head=True).exists()
    _require(staff, _("Chỉ thủ trưởng cơ quan được thu hồi ủy quyền."))
    with transaction.atomic():
        delegation.revoked_at = timezone.now()
        delegation.save(update_fields=["revoked_at"])
        log(delegation, "citizens.revoke_delegation", user=acting_user)
    return delegation
