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
(``views``) all ask this module, so the rule is written once.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import Q, QuerySet

PERSONAL_DATA_PERMISSION = "accounts.handle_personal_data_requests"
DATA_CONTROLLER_GROUP = "Kiểm soát dữ liệu cá nhân"

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


@dataclass(frozen=True)
class AccountScope:
    level: str  # ALL, PROVINCE, PORTAL or NONE
    agency: object = None  # the member portal's agency, for PORTAL

    @property
    def grants_superuser(self) -> bool:
        return self.level == ALL

    def portal_groups(self) -> QuerySet:
        """The member portal's editors' and moderators' groups (what its administrator may give)."""
        from cong.agencies.portals import group_name
        from cong.editorial.roles import MODERATE, UPDATE

        names = [group_name(self.agency, role) for role in (UPDATE, MODERATE)]
        return Group.objects.filter(name__in=names)

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
            return (
                users.filter(is_superuser=False, groups__in=allowed)
                .exclude(groups__in=Group.objects.exclude(pk__in=allowed.values("pk")))
                .exclude(user_permissions__isnull=False)
                .exclude(agency_staff__is_head=True)
                .exclude(agency_staff__handles_questions=True)
                .exclude(Q(agency_staff__isnull=False) & ~Q(agency_staff__agency=self.agency))
                .distinct()
            )
        return users.none()

    def includes(self, user_pk) -> bool:
        return str(user_pk).isdigit() and self.users().filter(pk=int(user_pk)).exists()

    # --- Audit log ---

    def portal_people(self) -> QuerySet:
        """Everyone in one of the member portal's groups (its administrators too)."""
        from cong.agencies.portals import member_groups

        groups = [group for group in member_groups(self.agency).values() if group is not None]
        return get_user_model().objects.filter(groups__in=groups).values("pk")

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
            root = self.agency.site.root_page
            return entries.filter(Q(page__path__startswith=root.path) | Q(user__in=self.portal_people()))
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
    from cong.agencies.models import Agency
    from cong.editorial.roles import ADMINISTER

    suffix = f" – {ADMINISTER.group_name}"
    codes = [
        name[: -len(suffix)] for name in user.groups.values_list("name", flat=True) if name.endswith(suffix)
    ]
    agency = (
        Agency.objects.filter(code__in=codes, site__isnull=False).select_related("site__root_page").first()
    )
    if agency is not None:
        return AccountScope(PORTAL, agency)
    return AccountScope(NONE)
