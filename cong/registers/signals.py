"""Every register record's posting clocks follow its saves and its publication (``cong.registers.posting``)."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import published

from .models import RegisterRecord
from .posting import stop_posting_clocks, sync_posting_clocks


@receiver(post_save)
def on_record_saved(sender, instance, raw=False, **kwargs):
    if not raw and isinstance(instance, RegisterRecord):
        sync_posting_clocks(instance)


@receiver(published)
def on_record_published(sender, instance, **kwargs):
    if isinstance(instance, RegisterRecord):
        stop_posting_clocks(instance)
