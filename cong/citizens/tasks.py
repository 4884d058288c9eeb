"""Background tasks of the citizens' channel: e-mail to askers (from the outbox) and to agency staff, and
Wagtail's search index of the published questions."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from .models import AskerNotice, Question

logger = logging.getLogger(__name__)


@task()
def deliver_notice(notice_id: int) -> bool:
    """Send one message to the asker. A failure is recorded on the row; ``retry_unsent_notices`` (run by
    the periodic job) queues it again, so the message is sent once the mail server is back."""
    with transaction.atomic():
        notice = AskerNotice.objects.select_for_update().filter(pk=notice_id).first()
        if notice is None or notice.sent_at is not None or not notice.to_email:
            return False
        notice.attempts += 1
        try:
            send_mail(notice.subject, notice.body, settings.DEFAULT_FROM_EMAIL, [notice.to_email])
        except Exception as error:  # noqa: BLE001 - any transport error: keep the message for the next try
            notice.last_error = f"{type(error).__name__}: {error}"[:500]
            notice.save(update_fields=["attempts", "last_error"])
            logger.warning("Gửi thư %s thất bại (lần %s): %s", notice.pk, notice.attempts, error)
            return False
        notice.sent_at = timezone.now()
        notice.last_error = ""
        notice.save(update_fields=["attempts", "sent_at", "last_error"])
        return True


@task()
def send_staff_mail(subject: str, body: str, recipients: list[str]) -> None:
    """Tell an agency's staff about a routed question or a due date; the admin lists remain authoritative."""
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)


@task()
def update_search_index(question_id: int) -> None:
    """Wagtail's search index holds the published questions and petitions only: add or update one that is
    published, take out one that no longer is (unpublished, closed)."""
    from modelsearch import index

    question = Question.objects.filter(pk=question_id).first()
    if question is None:  # deleted since: its entry went with it (``post_delete``)
        return
    if question.status == Question.Status.PUBLISHED:
        index.insert_or_update_object(question)
    else:
        index.remove_object(question)


def question_saved(sender, instance: Question, created: bool = False, raw: bool = False, **kwargs) -> None:
    """After a question is saved: queue the update of its search-index entry, except for a question just
    received — not public, so not in the index — which is every citizen's submission (issue 17)."""
    if raw or (created and instance.status != Question.Status.PUBLISHED):
        return
    update_search_index.enqueue(instance.pk)


def connect_search_index() -> None:
    from django.db.models.signals import post_delete, post_save
    from modelsearch.signal_handlers import post_delete_signal_handler

    post_save.connect(question_saved, sender=Question, dispatch_uid="cong.citizens.search_index")
    post_delete.connect(
        post_delete_signal_handler, sender=Question, dispatch_uid="cong.citizens.search_index"
    )
