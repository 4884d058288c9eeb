"""Periodic jobs of the legal app."""

from datetime import timedelta

from cong.core.jobs import periodic

from .actions import close_due_consultations


@periodic(every=timedelta(minutes=15), name="close-due-consultations")
def close_consultations():
    """Đóng lấy ý kiến hết hạn: records the closing of every consultation whose deadline has passed (the
    comment form itself already refuses late comments at the deadline)."""
    return f"đã đóng {close_due_consultations(acting_user=None)} dự thảo hết hạn góp ý"
