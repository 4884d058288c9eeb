"""Phân trang: one page of a public list, and one template for its links (``core/includes/pagination.html``).

    from cong.core.pagination import paginate

    context["page_obj"] = paginate(request, queryset)
    {% include "core/includes/pagination.html" %}

The template keeps every other parameter of the address (search words, filters) and changes only ``page``.
"""

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.utils.translation import gettext as _

from .params import page_param


def paginate(request, queryset, per_page=None):
    """Return the requested page of ``queryset``; a malformed or out-of-range number gives page 1 or 404.

    ``?page=abc`` and ``?page=-1`` show the first page; a number past the end is a 404, never a 500.
    """
    paginator = Paginator(queryset, per_page or settings.CONG_PAGE_SIZE)
    number = page_param(request.GET.get("page"))
    try:
        return paginator.page(number)
    except (EmptyPage, PageNotAnInteger) as exc:
        raise Http404(_("Không có trang kết quả này.")) from exc
