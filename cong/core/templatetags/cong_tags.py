"""Template helpers every app's public pages share: ``{% load cong_tags %}``."""

import datetime as dt

from django import template
from django.utils import timezone
from django.utils.translation import gettext as _

from cong.core.addresses import page_full_url

register = template.Library()


@register.filter
def machine_datetime(value) -> str:
    """The value of ``<time datetime="…">``: a date as YYYY-MM-DD, a moment in Vietnam time to the second
    with its offset (HTML allows at most three decimals, so ``date:'c'`` with microseconds is invalid)."""
    if isinstance(value, dt.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return ""


@register.simple_tag(takes_context=True)
def absolute_page_url(context, page) -> str:
    """The page's absolute address on the host the visitor used (see cong.core.addresses)."""
    request = context.get("request")
    if request is None:
        return page.full_url or ""
    return page_full_url(page, request)


@register.filter
def photo_credit(value: str) -> str:
    """ "Ảnh: Minh Hằng" for a credit typed as "Minh Hằng"; a credit the editor already labelled ("Ảnh: …",
    "Nguồn: …") is shown as typed, never as "Ảnh: Ảnh: …"."""
    value = (value or "").strip()
    if not value:
        return ""
    if value.casefold().startswith(("ảnh", "nguồn", "theo ")):  # i18n: data
        return value
    return _("Ảnh: %(value)s") % {"value": value}


@register.simple_tag
def estimated_days_note(start, due) -> str:
    """A note for staff next to a due date whose count crosses an estimated day off (dự kiến): the due
    date may move when the Government announces the year's calendar. Empty when there is none."""
    if not start or not due:
        return ""
    from cong.core.clock import working_calendar

    days = working_calendar().estimated_days_between(start, due)
    if not days:
        return ""
    listed = ", ".join(f"{day.date:%d/%m/%Y}" for day in days)
    return _(
        "Hạn tính theo lịch nghỉ dự kiến (%(listed)s), chưa có văn bản công bố: hạn có thể thay đổi."
    ) % {"listed": listed}
