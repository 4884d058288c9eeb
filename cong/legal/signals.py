"""Wagtail's ``published`` signal (admin button, workflow, ``publish_document``) runs the legal actions."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import published

from .actions import consultation_published, document_published, sync_posting_clock
from .models import Consultation, LegalDocument


@receiver(published, sender=LegalDocument)
def on_document_published(sender, instance, revision=None, **kwargs):
    document_published(instance, user=getattr(revision, "user", None))


@receiver(published, sender=Consultation)
def on_consultation_published(sender, instance, **kwargs):
    consultation_published(instance)


@receiver(post_save, sender=LegalDocument)
def on_document_saved(sender, instance, raw=False, **kwargs):
    # The posting clock starts as soon as the record exists (an imported draft is already due).
    if not raw:
        sync_posting_clock(instance)
