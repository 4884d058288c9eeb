"""Signal handlers of the core kernel: text normalisation on save, clock recomputation on calendar change."""

from __future__ import annotations

from django.db import models
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from django.utils.translation import gettext as _

from .models import CalendarAdjustment
from .text import clean_text


def normalise_text_fields(sender, instance, raw=False, **kwargs) -> None:
    """Store every editable text in Unicode NFC, legacy TCVN3/VNI converted (BK-4.1, ST-10.5, KT-9.2).

    Runs for every model, so forms, the admin, imports and the API all store the same form of "thủ".
    Fixture loading (``raw``) is left as it is.
    """
    if raw:
        return
    for field in sender._meta.concrete_fields:
        if not isinstance(field, models.CharField | models.TextField) or not field.editable or field.choices:
            continue
        value = getattr(instance, field.attname, None)
        if isinstance(value, str) and value and not value.isascii():
            cleaned = clean_text(value)
            if cleaned != value:
                setattr(instance, field.attname, cleaned)


pre_save.connect(normalise_text_fields, dispatch_uid="cong.core.normalise_text_fields")


def _describe(adjustment: CalendarAdjustment, action: str) -> str:
    return f"{action} {adjustment.get_kind_display().lower()} {adjustment.date:%d/%m/%Y}: {adjustment.reason}"


@receiver(pre_save, sender=CalendarAdjustment, dispatch_uid="cong.core.remember_adjustment_date")
def _remember_previous_date(sender, instance: CalendarAdjustment, **kwargs) -> None:
    previous = (
        sender.objects.filter(pk=instance.pk).values_list("date", flat=True).first() if instance.pk else None
    )
    instance._previous_date = previous


@receiver(post_save, sender=CalendarAdjustment, dispatch_uid="cong.core.adjustment_saved")
def _adjustment_saved(sender, instance: CalendarAdjustment, created: bool, raw=False, **kwargs) -> None:
    if raw:
        return
    from .clocks import recompute_clocks

    dates = {instance.date} | (
        {instance._previous_date} if getattr(instance, "_previous_date", None) else set()
    )
    recompute_clocks(dates, _describe(instance, _("Thêm") if created else _("Sửa")))


@receiver(post_delete, sender=CalendarAdjustment, dispatch_uid="cong.core.adjustment_deleted")
def _adjustment_deleted(sender, instance: CalendarAdjustment, **kwargs) -> None:
    from .clocks import recompute_clocks

    recompute_clocks({instance.date}, _describe(instance, _("Xoá")))
