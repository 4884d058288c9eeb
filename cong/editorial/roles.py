"""Roles (vai trò) of the editorial chain as Django groups, built from the regulation profile.

Access levels (ST-8.3: quản trị, kiểm duyệt, cập nhật) and editorial-board roles (BK-15, ST-6, LC-19:
Trưởng ban, Phó Trưởng ban, thư ký, ủy viên) become groups with page, image and document permissions on
the provincial portal. The profile names the levels and approval steps in its own words (``editing``,
``board_secretary``…); ``ROLE_ALIASES`` maps each word to one role here, and an unknown word stops setup
with a message naming it.
"""

from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from cong.agencies.portals import (
    ADMINISTER_LEVEL,
    ADMIT_PORTALS,
    MODERATE_LEVEL,
    UPDATE_LEVEL,
    AccessLevel,
    group_name,
)
from cong.agencies.records import all_record_permissions, permissions_of
from cong.core.profiles import get_profile


@dataclass(frozen=True)
class Role:
    key: str
    group_name: str
    page_permissions: tuple[str, ...]  # Wagtail page permission codenames
    access_level: str  # agencies.<level> permission: administer_portal / moderate_content / update_content
    media_permissions: tuple[str, ...] = ("add", "change", "choose")
    # Decisions that are this role's alone, as "app_label.codename" (the board head's, for example).
    decisions: tuple[str, ...] = ()


def _level_role(level: AccessLevel, page_permissions: tuple[str, ...], *media: str) -> Role:
    """A role named after one of the portal's access levels (the same groups serve member portals)."""
    return Role(level.key, level.group_name, page_permissions, level.permission, *((media,) if media else ()))


ADMINISTER = _level_role(
    ADMINISTER_LEVEL,
    ("add_page", "change_page", "lock_page", "unlock_page"),
    "add",
    "change",
    "delete",
    "choose",
)
MODERATE = _level_role(MODERATE_LEVEL, ("add_page", "change_page", "lock_page"))
UPDATE = _level_role(UPDATE_LEVEL, ("add_page", "change_page"))
MEMBER_ROLES = (UPDATE, MODERATE, ADMINISTER)
# Which member-portal items the provincial portal lists is the board head's decision (or the deputy's);
# so is admitting a member portal where the regulation gives that to the board (LC-19.2¶2).
DECIDE_PROPOSALS = "editorial.decide_proposal"
BOARD_LEADER = Role(  # i18n: data
    "board_leader",
    "Ban Biên tập – Trưởng ban",
    ("add_page", "change_page", "lock_page", "unlock_page"),
    "moderate_content",
    decisions=(DECIDE_PROPOSALS, ADMIT_PORTALS),
)
BOARD_DEPUTY = Role(  # i18n: data
    "board_deputy",
    "Ban Biên tập – Phó Trưởng ban",
    BOARD_LEADER.page_permissions,
    "moderate_content",
    decisions=(DECIDE_PROPOSALS, ADMIT_PORTALS),
)
BOARD_SECRETARY = Role(  # i18n: data
    "board_secretary", "Ban Biên tập – Thư ký", ("add_page", "change_page", "lock_page"), "moderate_content"
)
BOARD_MEMBER = Role(  # i18n: data
    "board_member", "Ban Biên tập – Ủy viên", ("add_page", "change_page"), "update_content"
)

ROLES = {
    role.key: role
    for role in (ADMINISTER, MODERATE, UPDATE, BOARD_LEADER, BOARD_DEPUTY, BOARD_SECRETARY, BOARD_MEMBER)
}
DECISIONS = sorted({decision for role in ROLES.values() for decision in role.decisions})

# Words the five profiles use for access levels and workflow steps → roles of this module.
ROLE_ALIASES = {
    "administer": ("administer",),
    "administration": ("administer",),
    "moderate": ("moderate",),
    "section_moderator": ("moderate",),
    "deputy": ("board_deputy",),
    "update": ("update",),
    "editing": ("update",),
    "member": ("update",),
    "authenticated": ("update",),
    "authorised": ("update",),
    "identified": ("update",),
    "updater": ("update",),
    "author": ("update",),
    "provider": ("update",),
    "editor": ("update",),
    "board_secretary": ("board_secretary",),
    "board_leader": ("board_leader", "board_deputy"),
    "team_leader": ("board_leader", "board_deputy"),
    "editorial_board": ("board_leader", "board_deputy", "moderate"),
}
# The first workflow step is the author's: drafting, not an approval.
DRAFTING_STEPS = {"updater", "author", "provider", "editor", "member", "update"}
# The head of the agency that sent the item approves it (BK appendix signature block).
AGENCY_HEAD_STEP = "unit_head"


def roles_for(word: str) -> tuple[Role, ...]:
    try:
        return tuple(ROLES[key] for key in ROLE_ALIASES[word])
    except KeyError:
        raise ImproperlyConfigured(
            _("Hồ sơ quy định dùng vai trò «%(role)s» mà Cổng chưa biết; hãy thêm vào ROLE_ALIASES.")
            % {"role": word}
        ) from None


def profile_roles(profile=None) -> list[Role]:
    """Every role the profile needs: its access levels, the board roles and the approvers of its steps."""
    profile = profile or get_profile()
    words = [*profile["security.access_levels"], *profile["workflows.article"]]
    found = {
        ROLES[k].key: ROLES[k]
        for k in ("administer", "board_leader", "board_deputy", "board_secretary", "board_member")
    }
    for word in words:
        if word == AGENCY_HEAD_STEP:
            continue
        for role in roles_for(word):
            found[role.key] = role
    return list(found.values())


# Account management (LC-16.4). The provincial administrators manage every account and every group. A
# member portal's administrators manage only their own portal's editors and moderators (the screens are
# scoped by cong.accounts.scope); Wagtail's user screens need add_user/change_user for that, and they never
# get the group permissions, which would let them give any group any page.
ACCOUNT_PERMISSIONS = ("add_user", "change_user", "add_group", "change_group")
PROVINCE_ACCOUNT_PERMISSIONS = ACCOUNT_PERMISSIONS
PORTAL_ACCOUNT_PERMISSIONS = ("add_user", "change_user")


def grant(
    group: Group,
    role: Role,
    root_page: Page,
    collection: Collection,
    account_permissions: tuple[str, ...] = (),
) -> None:
    """Give ``group`` exactly the permissions of ``role`` on the pages under ``root_page`` and in
    ``collection``; a permission an earlier version of this function gave and the role no longer has is
    taken away, so running setup again repairs a group.

    No group gets ``publish_page``: every portal's pages go through a workflow, whose last approval
    publishes the item, so the permission would only let someone publish outside the workflow — alone or in
    bulk, their own item included (BK-5.5, ST-10.4, LC-5.4).
    """
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="agencies", codename=role.access_level),
    )
    for decision in DECISIONS:
        app_label, codename = decision.split(".")
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        if decision in role.decisions:
            group.permissions.add(permission)
        else:
            group.permissions.remove(permission)
    # Records outside the page tree (the registers): what the role's access level may do on them.
    allowed = permissions_of(role.access_level)
    for name in sorted(all_record_permissions()):
        app_label, codename = name.split(".")
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        if name in allowed:
            group.permissions.add(permission)
        else:
            group.permissions.remove(permission)
    account = Permission.objects.filter(content_type__app_label="auth", codename__in=ACCOUNT_PERMISSIONS)
    group.permissions.remove(*account.exclude(codename__in=account_permissions))
    group.permissions.add(*account.filter(codename__in=account_permissions))
    GroupPagePermission.objects.filter(group=group, page=root_page).exclude(
        permission__codename__in=role.page_permissions
    ).delete()
    for codename in role.page_permissions:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=root_page,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )
    for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
        for action in role.media_permissions:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=collection,
                permission=Permission.objects.get(
                    content_type__app_label=app_label, codename=f"{action}_{model}"
                ),
            )


@transaction.atomic
def setup_member_groups(agency, collection: Collection | None = None) -> dict[str, Group]:
    """Create (or repair) the three groups of ``agency``'s member portal with their permissions on its pages
    and collection. The portal's administrators manage its editors' and moderators' accounts, nothing wider.
    Safe to run again."""
    if collection is None:
        collection = Collection.objects.filter(name=agency.name).first() or Collection.get_first_root_node()
    groups = {}
    for role in MEMBER_ROLES:
        group, _created = Group.objects.get_or_create(name=group_name(agency, role))
        accounts = PORTAL_ACCOUNT_PERMISSIONS if role is ADMINISTER else ()
        grant(group, role, agency.site.root_page, collection, accounts)
        groups[role.key] = group
    return groups


@transaction.atomic
def setup_roles(root_page: Page, profile=None) -> dict[str, Group]:
    """Create (or complete) the provincial groups of the profile's roles. Safe to run again."""
    profile = profile or get_profile()
    groups = {}
    collection = Collection.get_first_root_node()
    for role in profile_roles(profile):
        group, _created = Group.objects.get_or_create(name=role.group_name)
        accounts = PROVINCE_ACCOUNT_PERMISSIONS if role is ADMINISTER else ()
        grant(group, role, root_page, collection, accounts)
        groups[role.key] = group
    return groups
