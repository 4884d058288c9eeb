"""A provincial newsroom for editorial tests: the board's groups, two member portals and their staff.

Every role is built by the real setup code (``setup_editorial``, ``create_member_portal``): the board's
updater, secretary, leader and deputy; the provincial administrator and data controller; for each member
portal its editor, moderator and administrator; for agency A also its head (who is a portal moderator
too) and a question clerk, who has no web role."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from cong.accounts.scope import DATA_CONTROLLER_GROUP
from cong.agencies.models import Agency, AgencyStaff
from cong.agencies.portals import create_member_portal, group_name, member_groups
from cong.editorial.roles import ADMINISTER, BOARD_DEPUTY, BOARD_LEADER, BOARD_SECRETARY, UPDATE
from cong.editorial.setup import setup_editorial


@dataclass
class Newsroom:
    portal: object
    agency_a: Agency
    agency_b: Agency
    users: dict

    def user(self, key):
        return self.users[key]

    def submit_form(self, client, **fields):
        """editor_a (Sở Tài chính) sends the information-provision form (phiếu cung cấp thông tin) to the
        section "Tin từ các sở, ngành"; ``fields`` replace or add to a filled-in form (attachments:
        ``documents=[…]``, ``photos=[…]``). Returns the response."""
        section = self.portal.section("Tin từ các sở, ngành", slug="tin-tu-so-nganh")
        client.force_login(self.user("editor_a"))
        form = {
            "sender_name": "Nguyễn Thị Hoa",
            "title": "Hội nghị tập huấn",
            "lead": "Sở Tài chính tổ chức tập huấn.",
            "content": "Ngày 20/11, Sở Tài chính tổ chức hội nghị.",
            "proposed_section": section.pk,
        }
        return client.post("/quan-tri/phieu/moi/", {**form, **fields})


def make_user(username, groups=(), agency=None, is_head=False, handles_questions=False, admin_access=False):
    user = get_user_model().objects.create_user(
        username=username,
        password="Mat-khau-dai-2026",
        email=f"{username}@thunghiem.gov.vn",
        first_name=username,
    )
    for group in groups:
        user.groups.add(group)
    if admin_access:  # staff with an agency role only reach the admin by a permission of their own
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    if agency is not None:
        AgencyStaff.objects.create(
            user=user, agency=agency, is_head=is_head, handles_questions=handles_questions
        )
    return user


def build_newsroom(portal, settings):
    settings.WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, ".thunghiem.gov.vn", "testserver"]
    setup_editorial()
    agency_a = Agency.objects.create(name="Sở Tài chính", code="sotc", kind=Agency.Kind.DEPARTMENT)
    agency_b = Agency.objects.create(name="UBND huyện Tân Lập", code="ubndtanlap", kind=Agency.Kind.DISTRICT)
    create_member_portal(agency_a, hostname="sotc.thunghiem.gov.vn")
    create_member_portal(agency_b, hostname="ubndtanlap.thunghiem.gov.vn")
    groups_a, groups_b = member_groups(agency_a), member_groups(agency_b)
    province = lambda role: Group.objects.get(name=role.group_name)  # noqa: E731
    users = {
        "updater": make_user("capnhat", [province(UPDATE)]),
        "secretary": make_user("thuky", [province(BOARD_SECRETARY)]),
        "leader": make_user("truongban", [province(BOARD_LEADER)]),
        "deputy": make_user("photruongban", [province(BOARD_DEPUTY)]),
        "admin": make_user("quantri_tinh", [province(ADMINISTER)]),
        "controller": make_user("kiemsoat_dlcn", [Group.objects.get(name=DATA_CONTROLLER_GROUP)]),
        "admin_a": make_user("quantri_sotc", [groups_a["administer"]], agency=agency_a),
        "editor_a": make_user("bientap_sotc", [groups_a["update"]], agency=agency_a),
        "moderator_a": make_user("kiemduyet_sotc", [groups_a["moderate"]], agency=agency_a),
        "head_a": make_user("giamdoc_sotc", [groups_a["moderate"]], agency=agency_a, is_head=True),
        "editor_b": make_user("bientap_tanlap", [groups_b["update"]], agency=agency_b),
        "moderator_b": make_user("kiemduyet_tanlap", [groups_b["moderate"]], agency=agency_b),
        "admin_b": make_user("quantri_tanlap", [groups_b["administer"]], agency=agency_b),
        "clerk_a": make_user("chuyenvien_sotc", agency=agency_a, handles_questions=True, admin_access=True),
    }
    assert Group.objects.filter(name=group_name(agency_a, UPDATE)).exists()
    return Newsroom(portal=portal, agency_a=agency_a, agency_b=agency_b, users=users)
