"""Which records a portal shows: a member portal its own agency's, the provincial portal everyone's."""

from __future__ import annotations

from django.db.models import QuerySet

from cong.agencies.models import Agency
from cong.agencies.portals import portal_agency

__all__ = ["portal_agency", "public_records"]


def public_records(request, queryset: QuerySet, *, agency: Agency | None = ...) -> QuerySet:
    """The live records of ``queryset`` this portal shows: on a member portal, those of its agency; on the
    provincial portal, all of them (a list may still filter by ``?agency=``).

    ``agency``: the portal's agency when the caller already looked it up (one query less).
    """
    if agency is ...:
        agency = portal_agency(request)
    queryset = queryset.filter(live=True)
    return queryset.filter(agency=agency) if agency is not None else queryset
