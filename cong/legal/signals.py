"""Wagtail's ``published`` signal (admin button, workflow, ``publish_document``) runs the legal actions."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import published

from .actions import consultation_published, document_published, sync_database_entry_clock
from .models import Consultation, DocumentFile, LegalDocument


@receiver(published, sender=LegalDocument)
def on_document_published(sender, instance, revision=None, **kwargs):
    document_published(instance, acting_user=getattr(revision, "user", None))


@receiver(published, sender=Consultation)
def on_consultation_published(sender, instance, **kwargs):
    consultation_published(instance)


# The clocks start as soon as the record exists (``LegalDocument.save`` runs them after its files and
# agencies are stored); a file added on its own meets the database-entry clock (KT-11.1.a).
@receiver(post_save, sender=DocumentFile)
def on_document_file_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        sync_database_entry_clock(instance.document)
