"""A schedule, invitation or reception day published again gets the next iCalendar SEQUENCE."""

from django.dispatch import receiver
from wagtail.signals import published

from .actions import record_published
from .models import CalendarEntry


@receiver(published)
def on_published(sender, instance, **kwargs):
    if isinstance(instance, CalendarEntry):
        record_published(instance)
