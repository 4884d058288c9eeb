"""Periodic work of the citizens' channel: reminders before due dates and for overdue answers and
re-sending e-mails that failed (periodic jobs, run by ``cong scheduler``), and erasing askers' personal data
past its retention (registered with the accounts purge registry, whose daily job runs every purge). See
docs/features/qa-deadlines.md.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.db import transaction
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from cong.accounts.purge import register_purge
from cong.core.clock import working_calendar
from cong.core.jobs import periodic
from cong.core.profiles import get_profile

from .actions import (
    PERSONAL_DATA_PERIOD,
    REMINDER_PERIOD,
    _enqueue,
    _fmt,
    _staff_mail,
    withdraw_personal_data,
)
from .models import AskerNotice, Question

logger = logging.getLogger(__name__)


def send_due_reminders(now: dt.datetime | None = None) -> int:
    """Nhắc hạn: remind agencies of answers due within ``qa.reminder_before`` (or already overdue), and
    the board of returned questions whose asker has not been told yet. Each due moment is reminded once."""
    now = now or timezone.now()
    calendar = working_calendar()
    horizon = calendar.due(now, get_profile().period(REMINDER_PERIOD)) or now
    sent = 0
    for question in Question.objects.open().filter(answer_due_at__lte=horizon).select_related("agency"):
        if question.reminded_for_due == question.answer_due_at:
            continue
        with transaction.atomic():
            question.reminded_for_due = question.answer_due_at
            question.save(update_fields=["reminded_for_due"])
            overdue = question.answer_due_at < now
            log(
                question,
                "citizens.remind",
                user=None,
                data={"due": _fmt(question.answer_due_at), "overdue": overdue},
            )
            _staff_mail(
                question.agency,
                (
                    _("[Hỏi – Đáp] QUÁ HẠN: %(reference)s")
                    if overdue
                    else _("[Hỏi – Đáp] Sắp đến hạn: %(reference)s")
                )
                % {"reference": question.reference},
                _("%(reference)s “%(title)s” — hạn trả lời %(due)s.")
                % {
                    "reference": question.reference,
                    "title": question.title,
                    "due": _fmt(question.answer_due_at),
                },
            )
        sent += 1
    for question in Question.objects.filter(
        status=Question.Status.RETURNED, asker_notified_at__isnull=True, notice_due_at__lte=horizon
    ):
        if question.reminded_for_due == question.notice_due_at:
            continue
        with transaction.atomic():
            question.reminded_for_due = question.notice_due_at
            question.save(update_fields=["reminded_for_due"])
            log(question, "citizens.remind", user=None, data={"notice_due": _fmt(question.notice_due_at)})
        sent += 1
    return sent


def personal_data_expiry(question: Question) -> dt.datetime | None:
    """When the asker's personal data must be erased: ``qa.personal_data_retention`` after handling ended."""
    ended = question.closed_at or question.refused_at or question.published_at
    period = get_profile().period(PERSONAL_DATA_PERIOD)
    if ended is None or not period.has_limit:
        return None
    return working_calendar().due(ended, period)


def erase_expired_personal_data(now: dt.datetime | None = None) -> int:
    """Retention job: erase the personal data of every finished question past its retention (TT25-13).

    Published questions and answers stay public, with the asker shown as anonymised.
    """
    now = now or timezone.now()
    period = get_profile().period(PERSONAL_DATA_PERIOD)
    if not period.has_limit:
        return 0
    # Prefilter in the database: no period ends sooner than its number of calendar days.
    cutoff = now - dt.timedelta(days=period.days or 0)
    finished = (
        Question.objects.filter(
            personal_data_erased_at__isnull=True,
            status__in=(Question.Status.PUBLISHED, Question.Status.CLOSED, Question.Status.REFUSED),
        )
        .exclude(closed_at__gt=cutoff)
        .exclude(refused_at__gt=cutoff)
    )
    erased = 0
    for question in finished.iterator():
        expiry = personal_data_expiry(question)
        if expiry is not None and expiry <= now:
            withdraw_personal_data(question, acting_user=None, by_asker=False, now=now)
            erased += 1
    return erased


def retry_unsent_notices(now: dt.datetime | None = None, max_attempts: int = 20) -> int:
    """Re-queue every e-mail to an asker that is not sent yet (mail server down, worker lost)."""
    from .tasks import deliver_notice

    now = now or timezone.now()
    pending = AskerNotice.objects.filter(sent_at__isnull=True, attempts__lt=max_attempts).exclude(to_email="")
    count = 0
    for notice_id in pending.filter(created_at__lte=now).values_list("pk", flat=True):
        _enqueue(deliver_notice, notice_id)
        count += 1
    return count


@periodic(every=dt.timedelta(minutes=15), name="citizens.reminders")
def remind() -> str:
    return _("nhắc hạn: %(count)s") % {"count": send_due_reminders()}


@periodic(every=dt.timedelta(minutes=10), name="citizens.resend_notices")
def resend() -> str:
    return _("thư gửi lại: %(count)s") % {"count": retry_unsent_notices()}


def purge_personal_data(now: dt.datetime | None = None) -> int:
    return erase_expired_personal_data(now)


def export_subject(subject: str) -> list[dict]:
    """Everything Hỏi – Đáp holds about one person, found by e-mail address or phone (TT25-7)."""
    from django.db.models import Q

    from .models import PERSONAL_FIELDS, Question

    rows = Question.objects.filter(Q(email__iexact=subject) | Q(phone=subject)).exclude(email="", phone="")
    return [
        {
            "reference": q.reference,
            "title": q.title,
            **{name: getattr(q, name) for name in (*PERSONAL_FIELDS, "district")},
        }
        for q in rows
    ]


def erase_subject(subject: str) -> int:
    from django.db.models import Q

    from .actions import withdraw_personal_data
    from .models import Question

    count = 0
    for question in Question.objects.filter(Q(email__iexact=subject) | Q(phone=subject)).exclude(
        email="", phone=""
    ):
        withdraw_personal_data(question, acting_user=None, by_asker=False)
        count += 1
    return count


def register_purge_of_askers() -> None:
    """The askers' personal data joins the accounts purge registry (its daily job, export and erasure)."""
    register_purge(
        "citizens.asker_personal_data",
        purge_personal_data,
        label=gettext_lazy("Người hỏi, người phản ánh (Hỏi – Đáp)"),
        purpose=gettext_lazy(
            "Chuyển câu hỏi, phản ánh đến cơ quan có thẩm quyền, trả lời và liên hệ với người hỏi"
        ),
        retention=format_lazy(
            gettext_lazy("{period} sau khi kết thúc xử lý"), period=get_profile().period(PERSONAL_DATA_PERIOD)
        ),
        export=export_subject,
        erase=erase_subject,
    )
