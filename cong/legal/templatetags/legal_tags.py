from django import template
from django.template.defaultfilters import filesizeformat

register = template.Library()


@register.filter
def in_force_label(document, today=None):
    """ "Còn hiệu lực", "Hết hiệu lực", or "Chưa có hiệu lực" before the effective date."""
    return document.in_force_label(today)


@register.filter
def file_size(document_file):
    try:
        return filesizeformat(document_file.get_file_size() or 0)
    except OSError:
        return ""
