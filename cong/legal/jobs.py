"""Periodic jobs of the legal app."""

from datetime import timedelta

from django.utils.translation import gettext as _

from cong.core.jobs import periodic

from .actions import close_due_consultations


@periodic(every=timedelta(minutes=15), name="close-due-consultations")
def close_consultations():
    """Đóng lấy ý kiến hết hạn: records the closing of every consultation whose deadline has passed (the
    comment form itself already refuses late comments at the deadline)."""
    return _("đã đóng %(count)s dự thảo hết hạn góp ý") % {"count": close_due_consultations(acting_user=None)}
