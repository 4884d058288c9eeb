"""One entry point that puts the profile's roles and workflows in place: ``cong setup-roles``."""

from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils.translation import gettext as _

from cong.agencies.models import Agency
from cong.agencies.portals import provincial_site
from cong.core.profiles import get_profile

from .roles import setup_member_groups, setup_roles
from .workflows import approval_steps, install_member_workflow, install_workflow

PROVINCIAL_WORKFLOW = "Quy trình duyệt tin – Cổng tỉnh"  # i18n: data


@transaction.atomic
def setup_editorial(profile=None) -> dict:
    """Create the provincial groups and workflow from the profile and refresh every member portal's
    groups. Idempotent: running it twice leaves the same groups, permissions and workflows."""
    profile = profile or get_profile()
    site = provincial_site()
    if site is None:
        raise ImproperlyConfigured(_("Chưa có Cổng tỉnh (site mặc định); hãy tạo trang chủ trước."))
    groups = setup_roles(site.root_page, profile)
    from cong.accounts.scope import setup_data_controller_group

    setup_data_controller_group()
    workflow = install_workflow(PROVINCIAL_WORKFLOW, site.root_page, approval_steps(profile), groups)
    members = 0
    for agency in Agency.objects.filter(site__isnull=False).select_related("site__root_page"):
        setup_member_groups(agency)
        members += 1
    return {"groups": groups, "workflow": workflow, "member_portals": members}


def set_up_member_portal(sender, *, agency, site, collection, **kwargs) -> None:
    """Receiver of ``member_portal_created``: the new portal's groups, and its moderators' workflow."""
    setup_member_groups(agency, collection)
    install_member_workflow(site.root_page)
