"""Member portals (Cổng/Trang TTĐT thành viên): one Wagtail Site per agency, on its own sub-domain.

Each member portal has its own home page (rendered by the same templates as the provincial portal), its
own settings (contact block), a collection for its pictures and documents, and its own groups whose
permissions reach only that site (ST-3.2, LC-3.2, LC-7, HG-4.1). Its items go through its own moderator
before publication, under the same workflow engine as the provincial portal.
"""

import re

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Collection, Page, Site

from cong.core.profiles import get_profile
from cong.core.text import fold
from cong.editorial.roles import ADMINISTER, MODERATE, PORTAL_ACCOUNT_PERMISSIONS, UPDATE, grant
from cong.editorial.workflows import install_member_workflow
from cong.portal.models import HomePage, PortalSettings

from .models import Agency

MEMBER_ROLES = (UPDATE, MODERATE, ADMINISTER)
_HOST_LABEL_RE = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")


def provincial_site() -> Site | None:
    return Site.objects.filter(is_default_site=True).select_related("root_page").first()


def province_label() -> str:
    """The province's label in domain names ("laichau" of laichau.gov.vn)."""
    primary = get_profile()["site.domain.primary"] or ""
    if not primary:
        site = provincial_site()
        primary = site.hostname if site else ""
    return primary.split(".")[0]


def member_portal_hostname(agency: Agency) -> str:
    """Host name from the profile's pattern, Vietnamese without diacritics (LC-7.2: fourth level)."""
    unit = re.sub(r"[^a-z0-9-]", "", fold(agency.code).replace(" ", "-"))
    return get_profile()["member_portals.domain_pattern"].format(unit=unit, province=province_label())


def validate_hostname(hostname: str) -> str:
    hostname = hostname.strip().lower().rstrip(".")
    labels = hostname.split(".")
    if not hostname or not all(_HOST_LABEL_RE.match(label) for label in labels):
        raise ValidationError(
            _(
                "Tên miền “%(host)s” không hợp lệ: chỉ dùng chữ thường không dấu, chữ số, dấu gạch ngang và dấu chấm."
            )
            % {"host": hostname}
        )
    if Site.objects.filter(hostname=hostname).exists():
        raise ValidationError(_("Tên miền “%(host)s” đã được dùng cho một cổng khác.") % {"host": hostname})
    return hostname


def group_name(agency: Agency, role) -> str:
    return f"{agency.code} – {role.group_name}"


def member_groups(agency: Agency) -> dict[str, Group]:
    return {role.key: Group.objects.filter(name=group_name(agency, role)).first() for role in MEMBER_ROLES}


@transaction.atomic
def create_member_portal(agency: Agency, *, hostname: str | None = None, port: int = 80, user=None) -> Site:
    """Tạo cổng thành viên: site, home page, settings, collection, groups and workflow for ``agency``.

    Running it again for an agency that has a portal changes nothing and returns its site.
    """
    if agency.site_id:
        return agency.site
    hostname = validate_hostname(hostname or member_portal_hostname(agency))
    term = get_profile()["member_portals.term"]
    root = Page.get_first_root_node()
    slug = agency.code
    if root.get_children().filter(slug=slug).exists():
        slug = f"cong-{agency.code}"
    home = HomePage(title=f"{term} {agency.name}", slug=slug, intro=agency.name)
    root.add_child(instance=home)
    # The empty home page is part of the set-up, not content: no one holds the publish permission
    # (cong.editorial.roles.grant), and only administrators reach this function.
    home.save_revision(user=user, log_action=False).publish(
        user=user, log_action=False, skip_permission_checks=True
    )
    site = Site.objects.create(hostname=hostname, port=port, root_page=home, site_name=agency.name)

    provincial = provincial_site()
    settings = PortalSettings.for_site(site)
    settings.portal_name = f"{term} {agency.name}"
    settings.agency_name = agency.name
    settings.operator = agency.name
    settings.person_responsible = agency.head
    settings.address, settings.phone, settings.email = agency.address, agency.phone, agency.email
    settings.attribution_notice = _("Ghi rõ nguồn “Theo %(portal)s” khi phát hành lại thông tin.") % {
        "portal": settings.portal_name
    }
    if provincial:
        parent = PortalSettings.for_site(provincial)
        settings.online_services_url = parent.online_services_url
        settings.logo_id = parent.logo_id
    settings.save()

    root_collection = Collection.get_first_root_node()
    collection = root_collection.get_children().filter(name=agency.name).first() or root_collection.add_child(
        name=agency.name
    )
    groups = {}
    for role in MEMBER_ROLES:
        group, _created = Group.objects.get_or_create(name=group_name(agency, role))
        # The portal's administrators manage its editors' and moderators' accounts, nothing wider.
        grant(group, role, home, collection, PORTAL_ACCOUNT_PERMISSIONS if role is ADMINISTER else ())
        groups[role.key] = group
    install_member_workflow(home)
    agency.site = site
    agency.has_member_portal = True
    agency.save(update_fields=["site", "has_member_portal"])
    log(agency, "cong.member_portal.create", user=user, data={"hostname": hostname})
    return site
