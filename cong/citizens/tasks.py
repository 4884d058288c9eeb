"""Background tasks of the citizens' channel: e-mail to askers (from the outbox) and to agency staff."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from .models import AskerNotice

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
