from django.apps import AppConfig


class SchedulesConfig(AppConfig):
    """Direction and administration (chỉ đạo điều hành): leaders' work schedules (lịch công tác), meeting
    invitations and notices (giấy mời họp, thông báo), the citizen-reception schedule (lịch tiếp công dân)."""

    name = "cong.schedules"
    label = "schedules"
    verbose_name = "Lịch công tác, giấy mời họp, lịch tiếp công dân"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401
