"""One entry point that puts the profile's roles and workflows in place: ``cong setup-roles``."""

from django.contrib.auth.models import Group
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from wagtail.models import Collection

from cong.core.profiles import get_profile

from .roles import grant, setup_roles
from .workflows import approval_steps, install_workflow

PROVINCIAL_WORKFLOW = "Quy trình duyệt tin – Cổng tỉnh"


@transaction.atomic
def setup_editorial(profile=None) -> dict:
    """Create the provincial groups and workflow from the profile and refresh every member portal's
    groups. Idempotent: running it twice leaves the same groups, permissions and workflows."""
    from cong.agencies.models import Agency
    from cong.agencies.portals import MEMBER_ROLES, group_name, provincial_site
    from cong.editorial.roles import ADMINISTER, PORTAL_ACCOUNT_PERMISSIONS

    profile = profile or get_profile()
    site = provincial_site()
    if site is None:
        raise ImproperlyConfigured("Chưa có Cổng tỉnh (site mặc định); hãy tạo trang chủ trước.")
    groups = setup_roles(site.root_page, profile)
    from cong.accounts.scope import setup_data_controller_group

    setup_data_controller_group()
    workflow = install_workflow(PROVINCIAL_WORKFLOW, site.root_page, approval_steps(profile), groups)
    members = 0
    for agency in Agency.objects.filter(site__isnull=False).select_related("site__root_page"):
        collection = Collection.objects.filter(name=agency.name).first() or Collection.get_first_root_node()
        for role in MEMBER_ROLES:
            group, _created = Group.objects.get_or_create(name=group_name(agency, role))
            accounts = PORTAL_ACCOUNT_PERMISSIONS if role is ADMINISTER else ()
            grant(group, role, agency.site.root_page, collection, accounts)
        members += 1
    return {"groups": groups, "workflow": workflow, "member_portals": members}
