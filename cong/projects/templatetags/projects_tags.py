"""Template filters of the projects app: amounts in Vietnamese number format."""

from django import template

from cong.projects.models import vnd as _vnd

register = template.Library()


@register.filter
def vnd(amount) -> str:
    """1234567890 → "1.234.567.890" (dots between thousands, a comma before decimals)."""
    return _vnd(amount)
