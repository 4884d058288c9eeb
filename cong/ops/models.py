"""State of the periodic scheduler: one row per job, so that a restart does not run everything again."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class JobRun(models.Model):
    """Lần chạy gần nhất của một việc định kỳ (backup, purge, publish_scheduled…)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Chờ chạy")
        RUNNING = "running", _("Đang chạy")
        SUCCEEDED = "succeeded", _("Thành công")
        FAILED = "failed", _("Lỗi")

    name = models.CharField(_("Tên việc"), max_length=100, unique=True)
    last_enqueued_at = models.DateTimeField(_("Đưa vào hàng đợi lần cuối"), null=True, blank=True)
    last_started_at = models.DateTimeField(_("Bắt đầu lần cuối"), null=True, blank=True)
    last_finished_at = models.DateTimeField(_("Kết thúc lần cuối"), null=True, blank=True)
    last_succeeded_at = models.DateTimeField(_("Thành công lần cuối"), null=True, blank=True)
    status = models.CharField(_("Trạng thái"), max_length=16, choices=Status.choices, default=Status.PENDING)
    last_error = models.TextField(_("Lỗi gần nhất"), blank=True)
    consecutive_failures = models.PositiveIntegerField(_("Số lần lỗi liên tiếp"), default=0)

    class Meta:
        ordering = ["name"]
        verbose_name = _("Việc định kỳ")
        verbose_name_plural = _("Việc định kỳ")

    def __str__(self):
        return self.name


class SchedulerLease(models.Model):
    """Who runs the scheduler: one row per lease, held by one ``cong scheduler`` process at a time and renewed
    while it runs; another scheduler waits as standby and takes the lease over once it has expired."""

    name = models.CharField(_("Tên"), max_length=50, unique=True)
    holder = models.CharField(_("Tiến trình giữ"), max_length=200, blank=True)
    acquired_at = models.DateTimeField(_("Nhận lúc"), null=True, blank=True)
    renewed_at = models.DateTimeField(_("Gia hạn lúc"), null=True, blank=True)
    expires_at = models.DateTimeField(_("Hết hạn lúc"), null=True, blank=True)

    class Meta:
        verbose_name = _("Quyền chạy bộ lập lịch")
        verbose_name_plural = _("Quyền chạy bộ lập lịch")

    def __str__(self):
        return f"{self.name}: {self.holder or '—'}"
