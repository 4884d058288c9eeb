"""What every open-data router under /api/v1/ shares: the error body, page numbering and the paged body."""

from django.utils.translation import gettext as _
from ninja import Schema
from ninja.responses import Status

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


def paged(results, raw_page, render) -> dict | Status:
    """The body of a list route: ``count``, ``page``, ``pages`` and ``render(window)`` for the requested
    page of ``results`` (a queryset, counted in SQL, or a list); a page past the end is a 404."""
    count = len(results) if isinstance(results, list) else results.count()
    number, pages, part = api_page(count, raw_page)
    if part is None:
        return Status(404, page_not_found(number))
    return {"count": count, "page": number, "pages": pages, "results": render(results[part])}
