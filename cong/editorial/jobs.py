"""Periodic jobs of the editorial chain."""

from datetime import timedelta

from django.core.management import call_command

from cong.core.jobs import periodic


@periodic(every=timedelta(minutes=1), name="publish-scheduled")
def publish_scheduled():
    """Đăng và gỡ tin theo lịch hẹn: Wagtail's go-live / expiry times, checked every minute."""
    call_command("publish_scheduled", verbosity=0)
    return "ok"
