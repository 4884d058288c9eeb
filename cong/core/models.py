"""Records of the core kernel: the operator's calendar entries and the running clocks."""

from __future__ import annotations

import datetime as dt

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .profiles import PERIOD_UNITS, Period


class CalendarAdjustment(models.Model):
    """A day off (ngày nghỉ) or a make-up working day (ngày làm bù) the operator enters, with its reason.

    The Government announces each year's Tết and holiday swaps; the official calendar file holds those
    announced so far and the ``holidays`` package estimates the rest, so the operator completes the
    calendar here — an entry on an estimated day confirms it (``cong.core.actions.confirm_estimated_day``).
    Saving or deleting an entry recomputes every running clock it affects (``cong.core.clocks``).
    """

    class Kind(models.TextChoices):
        DAY_OFF = "day_off", _("Ngày nghỉ")
        MAKE_UP = "make_up", _("Ngày làm bù")

    date = models.DateField(_("ngày"), unique=True)
    kind = models.CharField(_("loại"), max_length=16, choices=Kind.choices, default=Kind.DAY_OFF)
    reason = models.CharField(
        _("lý do"), max_length=255, help_text=_("Ví dụ: Thông báo số …/TB-VPCP về lịch nghỉ Tết Nguyên đán.")
    )
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("sửa lúc"), auto_now=True)

    class Meta:
        ordering = ["-date"]
        verbose_name = _("ngày nghỉ / ngày làm bù")
        verbose_name_plural = _("ngày nghỉ và ngày làm bù")

    def __str__(self) -> str:
        return f"{self.date:%d/%m/%Y} — {self.get_kind_display()}: {self.reason}"

    def save(self, *args, **kwargs):
        # Imports and code may pass "2026-05-04"; the clocks compare real dates.
        self.date = self._meta.get_field("date").to_python(self.date)
        super().save(*args, **kwargs)

    def clean(self) -> None:
        """Refuse entries that change nothing: a day off on a day already off, a make-up on a working day."""
        from .clock import WorkingCalendar

        if not self.date:
            return
        others = {row.date: (row.kind, row.reason) for row in CalendarAdjustment.objects.exclude(pk=self.pk)}
        calendar = WorkingCalendar(adjustments=others)
        special = calendar.special_day(self.date)
        if special is not None and special.estimated:
            return  # an estimated day: the entry confirms it (or corrects it) with the announced instrument
        working = calendar.is_working_day(self.date)
        if self.kind == self.Kind.DAY_OFF and not working:
            raise ValidationError(
                {
                    "date": gettext("Ngày %(date)s đã là ngày nghỉ (cuối tuần hoặc ngày lễ); không cần nhập.")
                    % {"date": f"{self.date:%d/%m/%Y}"}
                }
            )
        if self.kind == self.Kind.MAKE_UP and working:
            raise ValidationError(
                {
                    "date": gettext("Ngày %(date)s đã là ngày làm việc; ngày làm bù phải là một ngày nghỉ.")
                    % {"date": f"{self.date:%d/%m/%Y}"}
                }
            )


class Clock(models.Model):
    """One statutory time limit running for a record (đồng hồ thời hạn): question, document, draft…

    ``purpose`` is the profile key of the period (``qa.answer``, ``deadlines.legal_doc_issuer``…) and
    ``source`` its clause. ``due_at`` is recomputed when the operator changes the calendar while the
    clock runs; each change is kept in ``due_changes``. A stopped clock keeps its due moment.
    """

    purpose = models.CharField(_("thời hạn"), max_length=100)
    source = models.CharField(_("điều khoản"), max_length=100, blank=True)
    subject_type = models.ForeignKey(ContentType, null=True, blank=True, on_delete=models.CASCADE)
    subject_id = models.PositiveBigIntegerField(null=True, blank=True)
    subject = GenericForeignKey("subject_type", "subject_id")
    event_at = models.DateTimeField(_("sự kiện bắt đầu"))
    event_is_date = models.BooleanField(_("chỉ có ngày"), default=False)
    period_days = models.PositiveIntegerField(_("số ngày"), null=True, blank=True)
    period_unit = models.CharField(
        _("đơn vị"), max_length=16, choices=[(unit, _(label)) for unit, label in PERIOD_UNITS.items()]
    )
    started_at = models.DateTimeField(_("bắt đầu tính"), null=True, blank=True)
    due_at = models.DateTimeField(_("hạn"), null=True, blank=True, db_index=True)
    stopped_at = models.DateTimeField(_("dừng lúc"), null=True, blank=True)
    stop_reason = models.CharField(_("lý do dừng"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)

    class Meta:
        ordering = ["due_at"]
        verbose_name = _("thời hạn")
        verbose_name_plural = _("thời hạn")
        indexes = [
            models.Index(fields=["subject_type", "subject_id"]),
            models.Index(fields=["stopped_at", "due_at"]),
        ]

    def __str__(self) -> str:
        due = (
            timezone.localtime(self.due_at).strftime("%H:%M %d/%m/%Y")
            if self.due_at
            else gettext("không hạn")
        )
        return gettext("%(purpose)s: %(period)s — hạn %(due)s") % {
            "purpose": self.purpose,
            "period": self.period,
            "due": due,
        }

    @property
    def period(self) -> Period:
        return Period(self.period_days, self.period_unit)

    @property
    def event(self) -> dt.datetime | dt.date:
        """The start event as the clock understands it: a date alone, or a moment."""
        return timezone.localtime(self.event_at).date() if self.event_is_date else self.event_at

    @property
    def running(self) -> bool:
        return self.stopped_at is None

    def is_overdue(self, now: dt.datetime | None = None) -> bool:
        """Past due: still running after the due moment, or stopped after it."""
        if self.due_at is None:
            return False
        moment = self.stopped_at or now or timezone.now()
        return moment > self.due_at


class ClockDueChange(models.Model):
    """History of a clock's due moment: one row each time a calendar change moved it."""

    clock = models.ForeignKey(Clock, on_delete=models.CASCADE, related_name="due_changes")
    previous_due_at = models.DateTimeField(_("hạn cũ"), null=True)
    new_due_at = models.DateTimeField(_("hạn mới"), null=True)
    reason = models.CharField(_("lý do"), max_length=400)
    changed_at = models.DateTimeField(_("lúc"), auto_now_add=True)

    class Meta:
        ordering = ["changed_at", "pk"]
        verbose_name = _("thay đổi hạn")
        verbose_name_plural = _("thay đổi hạn")

    def __str__(self) -> str:
        return f"{self.clock_id}: {self.previous_due_at} → {self.new_due_at}"


class RateCounter(models.Model):
    """Bộ đếm giới hạn tần suất: how many times one (hashed) client did one thing in the current window.

    Kept in the database so that every web worker process counts together (see ``cong.core.ratelimit``);
    rows past ``expires_at`` are deleted as new windows open.
    """

    bucket = models.CharField(_("loại"), max_length=40)
    key = models.CharField(_("khoá (băm)"), max_length=64)
    count = models.PositiveIntegerField(_("số lần"), default=0)
    expires_at = models.DateTimeField(_("hết hạn lúc"), db_index=True)

    class Meta:
        verbose_name = _("bộ đếm giới hạn tần suất")
        verbose_name_plural = _("bộ đếm giới hạn tần suất")
        constraints = [models.UniqueConstraint(fields=["bucket", "key"], name="core_ratecounter_unique")]

    def __str__(self):
        return f"{self.bucket}:{self.key[:8]}… = {self.count}"
