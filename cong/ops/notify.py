"""E-mail to the portal's administrators (failed backups and jobs)."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q

logger = logging.getLogger(__name__)


def administrator_emails() -> list[str]:
    """ADMINS from the environment plus every active administrator account with an e-mail address."""
    User = get_user_model()
    admins = (
        User.objects.filter(is_active=True)
        .exclude(email="")
        .filter(
            Q(is_superuser=True)
            | Q(
                user_permissions__codename="administer_portal",
                user_permissions__content_type__app_label="agencies",
            )
            | Q(
                groups__permissions__codename="administer_portal",
                groups__permissions__content_type__app_label="agencies",
            )
        )
    )
    emails = {email for _, email in settings.ADMINS} | set(admins.values_list("email", flat=True))
    return sorted(emails)


def notify_administrators(subject: str, message: str) -> int:
    recipients = administrator_emails()
    if not recipients:
        logger.error("No administrator to tell: %s", subject)
        return 0
    try:
        return send_mail(subject, message, settings.DEFAULT_FROM_EMAIL, recipients)
    except Exception:  # noqa: BLE001 - the failure being reported must still be logged
        logger.exception("Could not e-mail administrators: %s", subject)
        return 0
