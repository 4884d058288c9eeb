"""A member portal's accounts as its administrator manages them (LC-16.4), told to ``cong.accounts.scope``.

The administrator of "<mã> – Quản trị Cổng" manages only the accounts whose every group is that portal's
editors' or moderators' group, and among those not the agency's head or question handlers (agency roles,
``AgencyStaff``) nor anyone working for another agency; a new account they create works for the agency.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Q, QuerySet

from .models import Agency, AgencyStaff
from .portals import MODERATE_LEVEL, UPDATE_LEVEL, group_name, member_groups, member_portal_agency


@dataclass(frozen=True)
class MemberPortalAccounts:
    agency: Agency

    def groups(self) -> QuerySet:
        names = [group_name(self.agency, level) for level in (UPDATE_LEVEL, MODERATE_LEVEL)]
        return Group.objects.filter(name__in=names)

    def users(self, users: QuerySet) -> QuerySet:
        return (
            users.exclude(agency_staff__is_head=True)
            .exclude(agency_staff__handles_questions=True)
            .exclude(Q(agency_staff__isnull=False) & ~Q(agency_staff__agency=self.agency))
        )

    def people(self) -> QuerySet:
        groups = [group for group in member_groups(self.agency).values() if group is not None]
        return get_user_model().objects.filter(groups__in=groups).values("pk")

    def pages_path(self) -> str:
        return self.agency.site.root_page.path

    def adopt(self, user) -> None:
        # Web role only: no question handling.
        AgencyStaff.objects.get_or_create(user=user, defaults={"agency": self.agency})


def administered_portal(user) -> MemberPortalAccounts | None:
    """The member portal whose administrators' group ``user`` is in."""
    agency = member_portal_agency(user.groups.values_list("name", flat=True))
    return MemberPortalAccounts(agency) if agency is not None else None
