"""Member portals (Cổng/Trang TTĐT thành viên): one Wagtail Site per agency, on its own sub-domain.

Each member portal has its own home page (rendered by the same templates as the provincial portal), its
own settings (contact block), a collection for its pictures and documents, and its own groups whose
permissions reach only that site (ST-3.2, LC-3.2, LC-7, HG-4.1). Its items go through its own moderator
before publication, under the same workflow engine as the provincial portal.

This module makes the site, its home page, settings and collection, and names the portal's three access
levels (ST-8.3: quản trị, kiểm duyệt, cập nhật) and their groups. What those groups may do, and the
moderation workflow, belong to the editorial chain: it receives ``member_portal_created`` and gives the new
portal its groups and workflow (``cong.editorial.roles.setup_member_groups``).
"""

import re
from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.dispatch import Signal
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Collection, Page, Site

from cong.core.profiles import get_profile
from cong.core.text import fold
from cong.portal.models import HomePage, PortalSettings

from .models import Agency


@dataclass(frozen=True)
class AccessLevel:
    """Cấp truy cập of a member portal (ST-8.3): its group's name and the ``agencies`` permission it holds."""

    key: str
    group_name: str
    permission: str  # codename of a permission declared on Agency


ADMINISTER_LEVEL = AccessLevel("administer", "Quản trị Cổng", "administer_portal")  # i18n: data
MODERATE_LEVEL = AccessLevel("moderate", "Kiểm duyệt", "moderate_content")  # i18n: data
UPDATE_LEVEL = AccessLevel("update", "Cập nhật", "update_content")  # i18n: data
MEMBER_LEVELS = (UPDATE_LEVEL, MODERATE_LEVEL, ADMINISTER_LEVEL)
# Who admits a member portal where the regulation gives the decision to the provincial board (LC-19.2¶2).
ADMIT_PORTALS = "agencies.admit_member_portal"

# Sent inside create_member_portal's transaction once the site, home page and collection exist; the
# editorial chain gives the portal its groups and workflow (cong.editorial.apps).
member_portal_created = Signal()  # kwargs: agency, site, collection, user

_HOST_LABEL_RE = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")


def provincial_site() -> Site | None:
    return Site.objects.filter(is_default_site=True).select_related("root_page").first()


def province_label() -> str:
    """The province's label in domain names ("laichau" of laichau.gov.vn)."""
    primary = get_profile()["site.domain.primary"] or ""
    if not primary:
        site = provincial_site()
        primary = site.hostname if site else ""
    return _without_www(primary).split(".")[0]


def _without_www(host: str) -> str:
    return host[4:] if host.startswith("www.") else host


# "UBND huyện Tam Đường", "Ủy ban nhân dân thành phố Lai Châu", "UBND xã Bản Giang": the unit's own name
# is what follows the administrative words.
_LOCAL_PREFIX_RE = re.compile(
    r"^(ubnd|uy ban nhan dan)?\s*(huyen|thi xa|thanh pho|quan|xa|phuong|thi tran|dac khu)\s+", re.IGNORECASE
)
LOCAL_KINDS = (Agency.Kind.DISTRICT, Agency.Kind.COMMUNE)


def full_name_label(agency: Agency) -> str:
    """The unit's full name without diacritics: "UBND huyện Tam Đường" → "tamduong" (LC-7.2)."""
    name = _LOCAL_PREFIX_RE.sub("", fold(agency.name).lower().strip())
    return re.sub(r"[^a-z0-9]", "", name)


def _needs_full_name(agency: Agency | None) -> bool:
    return (
        agency is not None
        and agency.kind in LOCAL_KINDS
        and get_profile()["member_portals.local_label"] == "full_name"
    )


def member_portal_label(agency: Agency) -> str:
    """The label in front of the province domain: the agency's code, or for a district or commune under a
    profile that asks for it, its full name without diacritics."""
    if _needs_full_name(agency):
        return full_name_label(agency)
    return re.sub(r"[^a-z0-9-]", "", fold(agency.code).lower().replace(" ", "-"))


def member_portal_hostname(agency: Agency) -> str:
    """Host name from the profile's pattern, Vietnamese without diacritics (LC-7.2: fourth level)."""
    return get_profile()["member_portals.domain_pattern"].format(
        unit=member_portal_label(agency), province=province_label()
    )


def _pattern_regex() -> re.Pattern:
    """The profile's pattern as a regular expression: ``{unit}`` is exactly one label; ``{province}`` is
    the province's label, or any one label where the profile names no domain (the national defaults)."""
    label = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
    primary = get_profile()["site.domain.primary"] or ""
    province = re.escape(_without_www(primary).split(".")[0]) if primary else label
    parts = re.split(r"(\{unit\}|\{province\})", get_profile()["member_portals.domain_pattern"])
    regex = "".join(
        f"(?P<unit>{label})" if part == "{unit}" else province if part == "{province}" else re.escape(part)
        for part in parts
    )
    return re.compile(f"^{regex}$")


# Host names under .localhost always reach this machine (RFC 6761) and can never be published: the demo
# and a developer's machine serve member portals there (``sotc.localhost``).
_LOCAL_HOST_RE = re.compile(r"^(?P<unit>[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.localhost$")


def refuse_if_disabled() -> None:
    """A profile without member portals (KT-1.1: one office website) creates none, by any path."""
    profile = get_profile()
    if not profile["member_portals.enabled"]:
        param = profile.param("member_portals.enabled")
        raise ValidationError(
            _("Quy chế %(instrument)s không có cổng thành viên (%(source)s): không tạo được cổng thành viên.")
            % {"instrument": profile["meta.instrument"], "source": param.source}
        )


def refuse_unit_type(agency: Agency) -> None:
    """Only the kinds of unit the regulation names may run a member portal (LC-3.2, ST-3.2, HG-4.1…)."""
    param = get_profile().param("member_portals.unit_types")
    if agency.kind not in param.value:
        allowed = "; ".join(str(Agency.Kind(kind).label) for kind in param.value) or "—"
        raise ValidationError(
            _(
                "Theo %(source)s, cổng thành viên chỉ dành cho: %(allowed)s. "
                "%(agency)s (%(kind)s) không thuộc các loại này."
            )
            % {
                "source": param.source,
                "allowed": allowed,
                "agency": agency.name,
                "kind": agency.get_kind_display(),
            }
        )


def creation_refusal(agency: Agency) -> str:
    """Why the profile refuses a member portal to this agency ("" when it does not)."""
    try:
        refuse_if_disabled()
        refuse_unit_type(agency)
    except ValidationError as error:
        return " ".join(error.messages)
    return ""


def may_approve_portals(user) -> bool:
    """Who creates (and so admits) a member portal: the portal's administrators, or where the regulation
    gives the decision to the provincial board (LC-19.2¶2), only its head or deputy (the roles that hold
    ``agencies.admit_member_portal``)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if get_profile()["member_portals.approval"] == "provincial_board":
        return user.has_perm(ADMIT_PORTALS)
    return user.is_superuser or user.has_perm("agencies.administer_portal")


def refuse_approver(user) -> None:
    if user is not None and not may_approve_portals(user):
        param = get_profile().param("member_portals.approval")
        if param.value == "provincial_board":
            message = _(
                "Theo %(source)s, cổng thành viên chỉ được tích hợp vào Cổng tỉnh khi Ban Biên tập tỉnh "
                "chấp thuận: chỉ Trưởng ban hoặc Phó Trưởng Ban Biên tập tạo cổng thành viên."
            )
        else:
            message = _("Chỉ quản trị Cổng tạo được cổng thành viên (%(source)s).")
        raise PermissionDenied(message % {"source": param.source})


def validate_hostname(hostname: str, agency: Agency | None = None) -> str:
    """Check a member portal's host name against the profile: one label in front of the province domain
    (``member_portals.domain_pattern``), and for a district or commune its full name without diacritics
    where the profile asks for it (``member_portals.local_label``, LC-7.2)."""
    hostname = hostname.strip().lower().rstrip(".")
    labels = hostname.split(".")
    if not hostname or not all(_HOST_LABEL_RE.match(label) for label in labels):
        raise ValidationError(
            _(
                "Tên miền “%(host)s” không hợp lệ: chỉ dùng chữ thường không dấu, chữ số, dấu gạch ngang và dấu chấm."
            )
            % {"host": hostname}
        )
    profile = get_profile()
    pattern = profile.param("member_portals.domain_pattern")
    match = _pattern_regex().match(hostname) or _LOCAL_HOST_RE.match(hostname)
    if match is None:
        example = pattern.value.format(unit="tendonvi", province=province_label() or "tentinh")
        raise ValidationError(
            _(
                "Tên miền “%(host)s” không đúng mẫu “%(example)s” (%(source)s): phải có đúng một nhãn tên "
                "đơn vị, viết không dấu, đứng trước tên miền của tỉnh."
            )
            % {"host": hostname, "example": example, "source": pattern.source}
        )
    if _needs_full_name(agency):
        wanted = full_name_label(agency)
        if match.group("unit").replace("-", "") != wanted:
            raise ValidationError(
                _(
                    "Cổng thành viên của %(agency)s dùng tên đầy đủ bằng tiếng Việt không dấu “%(wanted)s”, "
                    "không dùng “%(label)s” (%(source)s)."
                )
                % {
                    "agency": agency.name,
                    "wanted": wanted,
                    "label": match.group("unit"),
                    "source": profile.param("member_portals.local_label").source,
                }
            )
    if Site.objects.filter(hostname=hostname).exists():
        raise ValidationError(_("Tên miền “%(host)s” đã được dùng cho một cổng khác.") % {"host": hostname})
    return hostname


def group_name(agency: Agency, level: AccessLevel) -> str:
    """ "<mã> – Kiểm duyệt": the name of one access level's group of the agency's member portal."""
    return f"{agency.code} – {level.group_name}"


def member_groups(agency: Agency) -> dict[str, Group | None]:
    """The member portal's groups by access level ("update", "moderate", "administer")."""
    return {
        level.key: Group.objects.filter(name=group_name(agency, level)).first() for level in MEMBER_LEVELS
    }


def member_portal_agency(administrators_group_names) -> Agency | None:
    """The agency whose member portal's administrators' group is among ``administrators_group_names``."""
    suffix = f" – {ADMINISTER_LEVEL.group_name}"
    codes = [name[: -len(suffix)] for name in administrators_group_names if name.endswith(suffix)]
    return Agency.objects.filter(code__in=codes, site__isnull=False).select_related("site__root_page").first()


@transaction.atomic
def create_member_portal(
    agency: Agency, *, hostname: str | None = None, port: int = 80, acting_user=None
) -> Site:
    """Tạo cổng thành viên: site, home page, settings and collection for ``agency``; the receivers of
    ``member_portal_created`` add the groups and the workflow, in the same transaction.

    Running it again for an agency that has a portal changes nothing and returns its site. Refused with a
    Vietnamese message when the profile has no member portals, the agency's kind is not one the regulation
    names, ``acting_user`` may not admit portals, or the host name breaks the profile's pattern. ``acting_user`` is None
    only for set-up code that no person runs (test fixtures); the demo acts as the board's head.
    """
    if agency.site_id:
        return agency.site
    refuse_if_disabled()
    refuse_unit_type(agency)
    refuse_approver(acting_user)
    hostname = validate_hostname(hostname or member_portal_hostname(agency), agency)
    term = get_profile()["member_portals.term"]
    root = Page.get_first_root_node()
    slug = agency.code
    if root.get_children().filter(slug=slug).exists():
        slug = f"cong-{agency.code}"
    home = HomePage(title=f"{term} {agency.name}", slug=slug, intro=agency.name)
    root.add_child(instance=home)
    # The empty home page is part of the set-up, not content: no one holds the publish permission
    # (cong.editorial.roles.grant), and only administrators reach this function.
    home.save_revision(user=acting_user, log_action=False).publish(
        user=acting_user, log_action=False, skip_permission_checks=True
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
    agency.site = site
    agency.has_member_portal = True
    agency.save(update_fields=["site", "has_member_portal"])
    member_portal_created.send(
        sender=Agency, agency=agency, site=site, collection=collection, user=acting_user
    )
    log(agency, "cong.member_portal.create", user=acting_user, data={"hostname": hostname})
    return site


def portal_agency(request) -> Agency | None:
    """The agency whose member portal serves this request (None on the provincial portal)."""
    site = Site.find_for_request(request)
    return Agency.objects.filter(site=site).first() if site is not None else None
