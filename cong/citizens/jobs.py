"""Periodic work of the citizens' channel and where it is registered.

``run_jobs`` runs every job once: reminders before due dates and for overdue answers, re-sending e-mails
that failed, and erasing askers' personal data past its retention. ``cong citizens_jobs`` runs it (from
cron or a systemd timer, e.g. every 15 minutes); when the ops scheduler and the accounts purge registry
are installed the jobs are registered with them too (see docs/features/qa-deadlines.md).
"""

from __future__ import annotations

import datetime as dt
import logging

logger = logging.getLogger(__name__)


def remind(now: dt.datetime | None = None) -> int:
    from .actions import send_due_reminders

    return send_due_reminders(now)


def resend(now: dt.datetime | None = None) -> int:
    from .actions import retry_unsent_notices

    return retry_unsent_notices(now)


def purge_personal_data(now: dt.datetime | None = None) -> int:
    from .actions import erase_expired_personal_data

    return erase_expired_personal_data(now)


JOBS = {
    "citizens.reminders": remind,
    "citizens.resend_notices": resend,
    "citizens.purge_personal_data": purge_personal_data,
}


def run_jobs(now: dt.datetime | None = None) -> dict[str, int]:
    return {name: job(now) for name, job in JOBS.items()}


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
        withdraw_personal_data(question, by_asker=False)
        count += 1
    return count


def register() -> list[str]:
    """Register with the accounts purge registry and the ops scheduler, when those apps are installed."""
    from django.apps import apps

    done = []
    if apps.is_installed("cong.accounts"):
        from cong.accounts.purge import register_purge
        from cong.core.profiles import get_profile

        register_purge(
            "citizens.asker_personal_data",
            purge_personal_data,
            label="Người hỏi, người phản ánh (Hỏi – Đáp)",
            purpose="Chuyển câu hỏi, phản ánh đến cơ quan có thẩm quyền, trả lời và liên hệ với người hỏi",
            retention=f"{get_profile().period('qa.personal_data_retention')} sau khi kết thúc xử lý",
            export=export_subject,
            erase=erase_subject,
        )
        done.append("purge")
    if apps.is_installed("cong.ops"):
        from cong.ops.scheduler import periodic

        # The retention purge runs through the accounts registry's daily run; these two run often.
        periodic("citizens.reminders", remind, minutes=15)
        periodic("citizens.resend_notices", resend, minutes=10)
        if "purge" not in done:
            periodic("citizens.purge_personal_data", purge_personal_data, days=1)
        done.append("scheduler")
    return done
