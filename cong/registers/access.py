"""Who may manage which register records.

Staff of an agency (``AgencyStaff``) manage their own agency's records only; the provincial portal's
editorial board and administrators (no agency) manage every record. What each access level may do — add,
change, publish, delete — is given to the groups by the editorial chain from ``cong.agencies.records``;
``allow_levels`` declares it for a register model.
"""

from __future__ import annotations

from wagtail.permission_policies.base import ModelPermissionPolicy

from cong.agencies.models import agency_of
from cong.agencies.records import allow

# What each access level (cong.agencies.portals.AccessLevel) may do on a register record.
LEVEL_ACTIONS = {
    "update_content": ("add", "change"),  # cập nhật: writes drafts
    "moderate_content": ("add", "change", "publish"),  # kiểm duyệt: approves and publishes
    "administer_portal": ("add", "change", "publish", "delete"),  # quản trị
}


def allow_levels(*models) -> None:
    """Declare the access levels' permissions on ``models`` (from the register app's ``ready``)."""
    for model in models:
        meta = model._meta
        for level, actions in LEVEL_ACTIONS.items():
            allow(level, *(f"{meta.app_label}.{action}_{meta.model_name}" for action in actions))


class _Unknown:
    pass


UNKNOWN = _Unknown()


def may_manage(user, record, *, user_agency=UNKNOWN) -> bool:
    """The record belongs to the user's agency, or the user works for the province (no agency)."""
    if user is None:  # the system: commands, jobs, the demo loader
        return True
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_superuser:
        return True
    agency = agency_of(user) if user_agency is UNKNOWN else user_agency
    return agency is None or record.agency_id == agency.pk


class AgencyRecordPermissionPolicy(ModelPermissionPolicy):
    """Wagtail's model permissions, narrowed to the user's agency's records for agency staff."""

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and may_manage(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        queryset = super().instances_user_has_any_permission_for(user, actions)
        return scoped(queryset, user)


def scoped(queryset, user):
    """``queryset`` narrowed to what ``user`` manages."""
    if user is None or user.is_superuser:
        return queryset
    agency = agency_of(user)
    return queryset if agency is None else queryset.filter(agency=agency)
