"""Phạm vi quản lý tài khoản: whose accounts an administrator sees and changes, which groups they give,
and which audit entries they read (LC-16.4).

- A superuser: every account and group.
- A provincial administrator (holds ``auth.change_group``, which setup gives the provincial "Quản trị
  Cổng" group only): every account except superusers and the personal-data controllers; every group
  except the controllers' group. Only a superuser makes someone a superuser or a data controller.
- A member portal's administrator (member of "<mã> – Quản trị Cổng"): only the accounts whose every group
  is that portal's editors' or moderators' group — not other administrators, not the agency's head or
  question handlers (agency roles, ``AgencyStaff``), not accounts with permissions of their own; only
  those two groups; only the audit entries of that portal's pages and people.
- Anyone else: no account.

The user screens (``users_admin``), the account-admin guard (``middleware``) and the security screens
(``views``) all ask this module, so the rule is written once. Accounts know nothing of agencies: which
member portal someone administers, and whose accounts belong to it, is told by the app that has member
portals (``cong.agencies.accounts``), registered here at start-up (``register_portal_finder``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import Q, QuerySet

PERSONAL_DATA_PERMISSION = "accounts.handle_personal_data_requests"
DATA_CONTROLLER_GROUP = "Kiểm soát dữ liệu cá nhân"  # i18n: data (a group name stored in the database)

ALL, PROVINCE, PORTAL, NONE = "all", "province", "portal", "none"


def is_data_controller(user) -> bool:
    """Kiểm soát dữ liệu cá nhân: looks up, exports and erases a person's data on request (TT25-7)."""
    return bool(user and user.is_authenticated and user.is_active and user.has_perm(PERSONAL_DATA_PERMISSION))


def _personal_data_permission() -> Permission:
    app_label, codename = PERSONAL_DATA_PERMISSION.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def setup_data_controller_group() -> Group:
    """The provincial data controller's group, holding the personal-data permission. Idempotent."""
    group, _created = Group.objects.get_or_create(name=DATA_CONTROLLER_GROUP)
    group.permissions.add(
        _personal_data_permission(),
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
    )
    return group


class PortalAccounts(Protocol):
    """The accounts of one member portal, as its administrator manages them."""

    def groups(self) -> QuerySet:
        """The groups its administrator may give (its editors' and moderators')."""

    def users(self, users: QuerySet) -> QuerySet:
        """Of ``users``, those its administrator may see and change."""

    def people(self) -> QuerySet:
        """Primary keys of everyone in one of the portal's groups (its administrators too)."""

    def pages_path(self) -> str:
        """The tree path of the portal's home page (its pages' audit entries start with it)."""

    def adopt(self, user) -> None:
        """A new account its administrator created: it works for the portal's agency."""


_portal_finders: list[Callable[[object], PortalAccounts | None]] = []


def register_portal_finder(finder: Callable[[object], PortalAccounts | None]) -> None:
    """Register how to find the member portal a user administers (called at start-up by the app that has
    member portals). ``finder(user)`` returns that portal's accounts, or None."""
    if finder not in _portal_finders:
        _portal_finders.append(finder)


@dataclass(frozen=True)
class AccountScope:
    level: str  # ALL, PROVINCE, PORTAL or NONE
    portal: PortalAccounts | None = None  # for PORTAL

    @property
    def grants_superuser(self) -> bool:
        return self.level == ALL

    def portal_groups(self) -> QuerySet:
        """The member portal's editors' and moderators' groups (what its administrator may give)."""
        return self.portal.groups()

    def groups(self) -> QuerySet:
        if self.level == ALL:
            return Group.objects.all()
        if self.level == PROVINCE:
            return Group.objects.exclude(permissions=_personal_data_permission())
        if self.level == PORTAL:
            return self.portal_groups()
        return Group.objects.none()

    def users(self) -> QuerySet:
        users = get_user_model().objects.all()
        if self.level == ALL:
            return users
        if self.level == PROVINCE:
            permission = _personal_data_permission()
            controllers = users.filter(Q(groups__permissions=permission) | Q(user_permissions=permission))
            return users.filter(is_superuser=False).exclude(pk__in=controllers.values("pk"))
        if self.level == PORTAL:
            allowed = self.portal_groups()
            return self.portal.users(
                users.filter(is_superuser=False, groups__in=allowed)
                .exclude(groups__in=Group.objects.exclude(pk__in=allowed.values("pk")))
                .exclude(user_permissions__isnull=False)
            ).distinct()
        return users.none()

    def includes(self, user_pk) -> bool:
        return str(user_pk).isdigit() and self.users().filter(pk=int(user_pk)).exists()

    # --- Audit log ---

    def portal_people(self) -> QuerySet:
        """Everyone in one of the member portal's groups (its administrators too)."""
        return self.portal.people()

    def model_entries(self, entries: QuerySet) -> QuerySet:
        if self.level in (ALL, PROVINCE):
            return entries
        if self.level == PORTAL:
            people = self.portal_people()
            user_type = Q(content_type__app_label="auth", content_type__model="user")
            ids = [str(pk) for pk in people.values_list("pk", flat=True)]
            return entries.filter(Q(user__in=people) | (user_type & Q(object_id__in=ids)))
        return entries.none()

    def page_entries(self, entries: QuerySet) -> QuerySet:
        if self.level in (ALL, PROVINCE):
            return entries
        if self.level == PORTAL:
            return entries.filter(
                Q(page__path__startswith=self.portal.pages_path()) | Q(user__in=self.portal_people())
            )
        return entries.none()


def account_scope(user) -> AccountScope:
    """The scope of ``user`` as an account administrator (see the module's docstring)."""
    from cong.accounts.policy import is_administrator

    if not is_administrator(user):
        return AccountScope(NONE)
    if user.is_superuser:
        return AccountScope(ALL)
    if user.has_perm("auth.change_group"):
        return AccountScope(PROVINCE)
    for finder in _portal_finders:
        portal = finder(user)
        if portal is not None:
            return AccountScope(PORTAL, portal)
    return AccountScope(NONE)
