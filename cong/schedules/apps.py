from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SchedulesConfig(AppConfig):
    """Direction and administration (chỉ đạo điều hành): leaders' work schedules (lịch công tác), meeting
    invitations and notices (giấy mời họp, thông báo), the citizen-reception schedule (lịch tiếp công dân)."""

    name = "cong.schedules"
    label = "schedules"
    verbose_name = _("Lịch công tác, giấy mời họp, lịch tiếp công dân")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cong.registers.access import allow_levels

        from . import signals  # noqa: F401
        from .models import MeetingInvitation, ReceptionSession, WorkScheduleEvent

        # Cập nhật adds and changes drafts; kiểm duyệt also publishes and cancels; quản trị also deletes.
        allow_levels(WorkScheduleEvent, MeetingInvitation, ReceptionSession)
