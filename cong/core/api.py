"""What every open-data router under /api/v1/ shares: the error body and page numbering."""

from django.utils.translation import gettext as _
from ninja import Schema

from .params import page_param

API_PAGE_SIZE = 20


class ErrorOut(Schema):
    detail: str


def api_page(count: int, raw, size: int = API_PAGE_SIZE) -> tuple[int, int, slice | None]:
    """(page number, number of pages, slice of the results) for ``?page=raw``.

    A malformed or negative number means the first page (never a 500); a page past the end gives a
    ``None`` slice, which the router answers with 404 and ``page_not_found(number)``.
    """
    number = page_param(raw)
    pages = max(1, -(-count // size))
    if number > pages:
        return number, pages, None
    return number, pages, slice((number - 1) * size, number * size)


def page_not_found(number: int) -> dict:
    return {"detail": _("Không có trang %(page)d.") % {"page": number}}
