"""Every register record's posting clocks follow its saves and its publication (``cong.registers.posting``)."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import published

from .models import RegisterRecord
from .posting import stop_posting_clocks, sync_posting_clocks


@receiver(post_save)
def on_record_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not isinstance(instance, RegisterRecord):
        return
    # Wagtail's «save draft» of a published record saves only its revision pointers: the dates in memory
    # are the draft's, not the record's, and start nothing until the revision is published.
    dates = {field for _key, field in instance.POSTING_CLOCKS}
    if update_fields is not None and not dates & set(update_fields):
        return
    sync_posting_clocks(instance)


@receiver(published)
def on_record_published(sender, instance, **kwargs):
    if isinstance(instance, RegisterRecord):
        stop_posting_clocks(instance)
