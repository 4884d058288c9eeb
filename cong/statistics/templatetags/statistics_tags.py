"""Template filters of the statistics pages."""

from django import template

from cong.statistics.chart import number_text

register = template.Library()


@register.filter
def percent(value) -> str:
    """45.5 → "45,5%"; None (nothing sent or received) → "—"."""
    return "—" if value is None else f"{number_text(value)}%"
